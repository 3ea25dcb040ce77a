// History logic over one subject's facts: titles and awards as granted (annulled never count, R-ANN-1;
// campaign/topic awards are not prerequisites for State-level forms, R-KIND-1), ratings per year,
// disciplines, initiatives, consecutive streaks and next-award windows (R-WIN-1).
import {
  DISCIPLINE_LEVELS,
  INITIATIVE_SCOPES,
  RATINGS,
  type AwardKind,
  type Discipline,
  type Initiative,
  type InitiativeScope,
  type Rating,
  type Subject,
  type TargetCode,
  type YearFacts,
} from './types.ts';

export interface GrantRecord {
  code: TargetCode;
  year: number;
  decidedOn?: string | undefined;
  kind: AwardKind;
  period?: { from: number; to: number } | undefined;
  annulled: boolean;
}

export function ratingRank(r: Rating | undefined): number {
  return r === undefined ? -1 : RATINGS.indexOf(r);
}
export function disciplineRank(level: string): number {
  return DISCIPLINE_LEVELS.indexOf(level as (typeof DISCIPLINE_LEVELS)[number]);
}
export function scopeRank(s: InitiativeScope): number {
  return INITIATIVE_SCOPES.indexOf(s);
}

/**
 * R-WIN-1 (ND 98/2023 Art. 30(9)): the last achievement year a decision "covers" for the next award of
 * the same form: the end of the achievement period written in it; else (no period) the window runs from
 * the decision date, so every year before the decision's year is covered; else the achievement year.
 */
export function windowEnd(g: GrantRecord): number {
  if (g.period) return g.period.to;
  if (g.decidedOn) return Math.max(g.year, Number(g.decidedOn.slice(0, 4)) - 1);
  return g.year;
}

export class History {
  readonly subject: Subject;
  readonly year: number;
  private readonly grants = new Map<TargetCode, GrantRecord[]>();
  private readonly facts = new Map<number, YearFacts>();

  constructor(subject: Subject, judgedYear: number) {
    this.subject = subject;
    this.year = judgedYear;
    for (const y of subject.years) this.facts.set(y.year, y);
    // History is fact only for years before the judged one: the engine works out the judged year itself.
    for (const t of subject.titles)
      if (t.year < judgedYear)
        this.addGrant(t.code, t.year, t.decidedOn, 'cong-trang', undefined, t.status === 'annulled');
    for (const a of subject.awards)
      if (a.year < judgedYear)
        this.addGrant(a.code, a.year, a.decidedOn, a.kind ?? 'cong-trang', a.period, a.status === 'annulled');
  }

  private addGrant(
    code: TargetCode,
    year: number,
    decidedOn: string | undefined,
    kind: AwardKind,
    period: { from: number; to: number } | undefined,
    annulled: boolean,
  ): void {
    // Built with a fixed shape (no `delete`, which would push V8 into slow dictionary objects).
    const g: GrantRecord = { code, year, decidedOn, kind, period, annulled };
    let list = this.grants.get(g.code);
    if (!list) this.grants.set(g.code, (list = []));
    list.push(g);
  }

  /** Grants of a code that count: never annulled; for State-level prerequisites, never đợt/chuyên đề. */
  private readonly validCache = new Map<string, GrantRecord[]>();

  valid(code: TargetCode, opts: { meritOnly?: boolean } = {}): GrantRecord[] {
    const list = this.grants.get(code);
    if (!list) return [];
    const key = opts.meritOnly ? `${code}|m` : code;
    let v = this.validCache.get(key);
    if (!v) {
      v = list
        .filter((g) => !g.annulled && !(opts.meritOnly && g.kind === 'chuyen-de'))
        .sort((a, b) => a.year - b.year || windowEnd(a) - windowEnd(b));
      this.validCache.set(key, v);
    }
    return v;
  }

  /** Grants that were set aside (annulled, or chuyên đề where merit-only), for the warnings. */
  setAside(code: TargetCode, opts: { meritOnly?: boolean } = {}): GrantRecord[] {
    const list = this.grants.get(code) ?? [];
    return list.filter((g) => g.annulled || (opts.meritOnly === true && g.kind === 'chuyen-de'));
  }

  has(code: TargetCode, year: number): boolean {
    const list = this.grants.get(code);
    if (!list) return false;
    for (const g of list) if (g.year === year && !g.annulled) return true;
    return false;
  }

  /** The last year covered by the latest valid grant of `code` (streak consumption, next-award windows). */
  lastCovered(
    code: TargetCode,
    opts: { meritOnly?: boolean } = {},
  ): { end: number; grant: GrantRecord } | undefined {
    let best: { end: number; grant: GrantRecord } | undefined;
    for (const g of this.valid(code, opts)) {
      const end = windowEnd(g);
      if (!best || end > best.end) best = { end, grant: g };
    }
    return best;
  }

  facts_(year: number): YearFacts | undefined {
    return this.facts.get(year);
  }

  rating(year: number): Rating | undefined {
    return this.facts.get(year)?.rating;
  }

  /**
   * Strongest discipline in force during `year` (recorded for that year, or whose from/to covers it);
   * `exclude` sets some aside (the regime-B violation-year rule, discipline-rating.ts).
   */
  discipline(year: number, exclude?: (d: Discipline) => boolean): Discipline | undefined {
    let best: Discipline | undefined;
    for (const d of this.subject.disciplines) {
      if (exclude !== undefined && exclude(d)) continue;
      const fromY = d.from ? Number(d.from.slice(0, 4)) : d.year;
      const toY = d.to ? Number(d.to.slice(0, 4)) : d.year;
      if (d.year === year || (fromY <= year && year <= toY)) {
        if (!best || disciplineRank(d.level) > disciplineRank(best.level)) best = d;
      }
    }
    return best;
  }

  /** Initiatives of years [from, to] with scope >= `scope`, split into recognised and still pending. */
  initiatives(
    from: number,
    to: number,
    scope: InitiativeScope,
  ): { recognized: Initiative[]; pending: Initiative[] } {
    const recognized: Initiative[] = [];
    const pending: Initiative[] = [];
    const min = scopeRank(scope);
    for (const i of this.subject.initiatives) {
      if (i.year < from || i.year > to || scopeRank(i.scope) < min) continue;
      if (i.status === 'recognized') recognized.push(i);
      else if (i.status === 'registered') pending.push(i);
    }
    return { recognized, pending };
  }
}

/** Full months from a recruitment date to 31/12 of `year` (12 when recruited before the year). */
export function monthsSinceRecruitment(recruitedOn: string, year: number): number {
  const ry = Number(recruitedOn.slice(0, 4));
  if (ry < year) return 12;
  if (ry > year) return 0;
  const month = Number(recruitedOn.slice(5, 7));
  const day = Number(recruitedOn.slice(8, 10));
  return 12 - month + (day === 1 ? 1 : 0);
}
