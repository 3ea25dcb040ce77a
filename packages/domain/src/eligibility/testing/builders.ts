// Test builders with defaults (style rule 9): each test states only the facts that matter.
import { evaluate } from '../engine.ts';
import type {
  AgencyOptions,
  AwardRecord,
  CollectiveSubject,
  EligibilityOutput,
  EligibilityResult,
  HistoryInput,
  IndividualSubject,
  Initiative,
  Rating,
  Subject,
  TargetCode,
  TitleRecord,
  YearFacts,
} from '../types.ts';

/** A normal year: rated HTTNV, 12 months, registered. */
export function yr(year: number, overrides: Partial<YearFacts> = {}): YearFacts {
  return { year, rating: 'httnv', monthsWorked: 12, registered: true, ...overrides };
}

/** Years [from, to] with one rating. */
export function years(from: number, to: number, rating: Rating = 'httnv'): YearFacts[] {
  const out: YearFacts[] = [];
  for (let y = from; y <= to; y++) out.push(yr(y, { rating }));
  return out;
}

export function titles(code: TargetCode, ...ys: number[]): TitleRecord[] {
  return ys.map((year) => ({ code, year }));
}

export function award(code: TargetCode, year: number, extra: Partial<AwardRecord> = {}): AwardRecord {
  return { code, year, ...extra };
}

export function init(
  year: number,
  scope: Initiative['scope'] = 'co-so',
  status: Initiative['status'] = 'recognized',
): Initiative {
  return { year, scope, status };
}

let counter = 0;
export function person(overrides: Partial<Omit<IndividualSubject, 'kind'>> = {}): IndividualSubject {
  counter++;
  return {
    id: `P${String(counter).padStart(4, '0')}`,
    kind: 'individual',
    years: [],
    disciplines: [],
    titles: [],
    awards: [],
    initiatives: [],
    ...overrides,
  };
}

export function unit(
  members: string[],
  overrides: Partial<Omit<CollectiveSubject, 'kind' | 'members'>> = {},
): CollectiveSubject {
  counter++;
  return {
    id: `U${String(counter).padStart(4, '0')}`,
    kind: 'collective',
    members,
    years: [],
    titles: [],
    awards: [],
    disciplines: [],
    initiatives: [],
    ...overrides,
  };
}

export interface JudgeOptions {
  evaluatedOn?: string;
  options?: AgencyOptions;
  targets?: TargetCode[];
  agencyId?: string;
}

export function input(year: number, subjects: Subject[], o: JudgeOptions = {}): HistoryInput {
  const h: HistoryInput = {
    format: 'tdkt-history/1',
    year,
    subjects,
    agency: { id: o.agencyId ?? 'SCT', options: o.options ?? {} },
  };
  if (o.evaluatedOn) h.evaluatedOn = o.evaluatedOn;
  if (o.targets) h.targets = o.targets;
  return h;
}

export function run(year: number, subjects: Subject[], o: JudgeOptions = {}): EligibilityOutput {
  return evaluate(input(year, subjects, o));
}

/** The result for one subject and target (the first subject by default). */
export function judge(
  year: number,
  subjects: Subject | Subject[],
  target: TargetCode,
  o: JudgeOptions = {},
): EligibilityResult {
  const list = Array.isArray(subjects) ? subjects : [subjects];
  const out = run(year, list, o);
  const id = list[0]?.id;
  const r = out.results.find((x) => x.subject === id && x.target === target);
  if (!r) throw new Error(`no result for ${id} / ${target}`);
  return r;
}

export function check(r: EligibilityResult, criterion: string) {
  const c = r.checks.find((x) => x.criterion === criterion);
  if (!c)
    throw new Error(`no check ${criterion} in ${r.target}: ${r.checks.map((x) => x.criterion).join(', ')}`);
  return c;
}

export function warningCodes(r: EligibilityResult): string[] {
  return (r.warnings ?? []).map((w) => w.code);
}
