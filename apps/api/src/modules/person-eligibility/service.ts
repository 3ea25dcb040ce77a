// Eligibility from what the database holds: the facts are assembled into a tdkt-history/1 input
// (ratings, leave and transfers, registration, disciplines, award history, initiatives they co-authored,
// the agency's options) and the domain's engine judges it — the API adds no rule of its own. Facts are
// loaded set-based (person-facts.eligibilityFactsOfPeople: one query per fact kind for every person
// asked), so a unit of 60 people costs the same 8 queries as one person.
import {
  evaluate,
  forecast,
  type CollectiveSubject,
  type EligibilityResult,
  type ForecastEntry,
  type HistoryInput,
  type IndividualSubject,
  type TargetCode,
  type YearFacts,
} from '../../../../../packages/domain/src/eligibility/index.ts';
import { formatCitation } from '../../../../../packages/domain/src/eligibility/citation.ts';
import { TARGET_LABELS, TARGET_SHORT } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import * as facts from '../../../../../packages/db/src/repositories/person-facts.ts';
import {
  readSettings,
  SETTING_REGISTRATION_REQUIRED,
} from '../../../../../packages/db/src/repositories/registrations.ts';
import { gridPeople } from '../../../../../packages/db/src/repositories/ratings.ts';
import { findPerson, personExists } from '../../../../../packages/db/src/repositories/people.ts';
import type { Ctx } from '../../context.ts';
import { peopleReadScope, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';
import { assertReadUnit } from '../ratings/access.ts';
import { unitOrThrow } from '../ratings/service.ts';
import { leaveYearFacts } from './leave-facts.ts';

/** How far back the facts go: the longest look-back of a form (Huân chương: 5 years) plus one. */
const LOOK_BACK = 6;

/** The individual subjects of the people whose facts were loaded (pure: facts in, subjects out). */
export function subjectsFromFacts(f: facts.PeopleFacts, year: number): IndividualSubject[] {
  return f.people.map((p) => {
    const ratings = f.ratings.get(p.id) ?? [];
    const registered = f.registered.get(p.id) ?? new Set<number>();
    const leaves = f.leaves.get(p.id) ?? [];
    const transfers = f.transfers.get(p.id) ?? [];
    const years: YearFacts[] = [];
    for (let y = year - LOOK_BACK; y <= year; y++) {
      const r = ratings.find((x) => x.year === y);
      const lf = leaveYearFacts(leaves, transfers, y);
      if (!r && !lf && y !== year && !registered.has(y)) continue;
      // Leave and transfers give the months and absences; what the officer entered on the grid wins.
      const yf: YearFacts = { year: y, ...(lf ?? {}) };
      if (r?.final_rating) yf.rating = r.final_rating;
      if (r?.months_worked !== null && r?.months_worked !== undefined)
        yf.monthsWorked = Number(r.months_worked);
      if (r?.recruited_on) yf.recruitedOn = r.recruited_on;
      if (r?.absence_days !== null && r?.absence_days !== undefined) yf.absenceDays = Number(r.absence_days);
      if (r?.maternity_leave) yf.maternityLeave = true;
      if (r?.injury_treatment) yf.injuryTreatment = true;
      // The judged year's registration is a fact either way; for earlier years only a registration on
      // record is stated (years before tdkt was used are "not known", not "not registered").
      if (y === year) yf.registered = registered.has(y);
      else if (registered.has(y)) yf.registered = true;
      years.push(yf);
    }
    const history = f.history.get(p.id) ?? [];
    return {
      id: `P${p.id}`,
      kind: 'individual',
      name: p.full_name,
      unitId: `U${p.unit_id}`,
      isLeader: p.is_leader,
      gender: p.gender,
      ...(p.sector_since ? { sectorSince: p.sector_since } : {}),
      hazardousWork: p.hazardous_work,
      years,
      disciplines: (f.disciplines.get(p.id) ?? []).map((d) => ({
        year: d.year,
        level: d.level,
        ...(d.from_date ? { from: d.from_date } : {}),
        ...(d.to_date ? { to: d.to_date } : {}),
      })),
      titles: history
        .filter((h) => h.category === 'title')
        .map((h) => ({
          code: h.code as TargetCode,
          year: h.year,
          ...(h.decided_on ? { decidedOn: h.decided_on } : {}),
          status: h.status,
        })),
      awards: history
        .filter((h) => h.category === 'form')
        .map((h) => ({
          code: h.code as TargetCode,
          year: h.year,
          kind: h.kind,
          status: h.status,
          ...(h.decided_on ? { decidedOn: h.decided_on } : {}),
          ...(h.period_from !== null && h.period_to !== null
            ? { period: { from: h.period_from, to: h.period_to } }
            : {}),
        })),
      // What the engine reads of an initiative: its year, its recognised scope and status (interchange.md).
      initiatives: (f.initiatives.get(p.id) ?? [])
        .filter((i) => i.status !== 'recognized' || i.scope !== null)
        .map((i) => ({
          year: i.year,
          scope: (i.scope ?? i.proposed_scope ?? 'co-so') as 'co-so' | 'cap-tinh' | 'toan-quoc',
          status:
            i.status === 'recognized' ? 'recognized' : i.status === 'rejected' ? 'rejected' : 'registered',
        })),
    };
  });
}

async function agencyOptions(ctx: Ctx, agencyId: number | null) {
  const options: { registrationRequired?: boolean } = {};
  if (agencyId !== null) {
    const v = (await readSettings(ctx.db, agencyId, [SETTING_REGISTRATION_REQUIRED])).get(
      SETTING_REGISTRATION_REQUIRED,
    );
    if (typeof v === 'boolean') options.registrationRequired = v;
  }
  return options;
}

/** The engine's input for people and a year (set-based; exported for the officer's bulk runs). */
export async function buildEligibilityInput(
  ctx: Ctx,
  personIds: readonly number[],
  year: number,
  evaluatedOn?: string,
): Promise<HistoryInput> {
  const f = await facts.eligibilityFactsOfPeople(ctx.db, personIds, year - LOOK_BACK);
  const subjects = subjectsFromFacts(f, year);
  const agencyId = f.people[0]?.agency_id ?? null;
  return {
    format: 'tdkt-history/1',
    year,
    ...(evaluatedOn ? { evaluatedOn } : {}),
    agency: {
      id: agencyId === null ? 'agency' : `A${agencyId}`,
      options: await agencyOptions(ctx, agencyId),
    },
    subjects,
  };
}

export async function personEligibility(
  ctx: Ctx,
  actor: Actor,
  personId: number,
  year: number,
  evaluatedOn?: string,
) {
  const p = await findPerson(ctx.db, personId, peopleReadScope(actor));
  if (!p) {
    if (await personExists(ctx.db, personId))
      throw errors.forbidden('xem điều kiện khen thưởng của cán bộ này');
    throw errors.notFound('cán bộ');
  }
  const input = await buildEligibilityInput(ctx, [personId], year, evaluatedOn);
  const output = evaluate(input);
  const { subjects, ...header } = input;
  const individuals = subjects.filter((s): s is IndividualSubject => s.kind === 'individual');
  return {
    person: { id: p.id, fullName: p.full_name },
    input,
    output: { ...output, forecasts: forecast(header, individuals, output.results) },
  };
}

// ---------------------------------------------------------------- a unit in context

/** What the grid, the person tab and the unit page show of one verdict: status, reasons, citations. */
export function presentVerdict(r: EligibilityResult) {
  return {
    target: r.target,
    label: TARGET_LABELS[r.target],
    short: TARGET_SHORT[r.target],
    status: r.status,
    checks: r.checks.map((c) => ({
      criterion: c.criterion,
      outcome: c.outcome,
      text: c.text,
      citation: formatCitation(c.citation),
    })),
    warnings: (r.warnings ?? []).map((w) => ({ code: w.code, text: w.text })),
  };
}
export function presentForecast(f: ForecastEntry) {
  return {
    target: f.target,
    label: TARGET_LABELS[f.target],
    earliestYear: f.earliestYear,
    text: f.text,
    missing: f.missing.map((m) => ({ code: m.code, text: m.text })),
  };
}
export type Verdict = ReturnType<typeof presentVerdict>;

/** The collective titles shown for a unit (TT LĐTT, TT LĐXS) and the individual ones for its people. */
const UNIT_TARGETS: TargetCode[] = ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'];
const PERSON_TARGETS: TargetCode[] = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'giay-khen',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-cap-tinh',
];

/**
 * Verdicts and forecasts for every person of a unit's grid in a year and the unit's collective titles
 * (its members' verdicts feed TT LĐTT / TT LĐXS): one facts load for all, one engine run.
 */
export async function unitEligibility(ctx: Ctx, actor: Actor, unitId: number, year: number) {
  const unit = await unitOrThrow(ctx.db, unitId);
  assertReadUnit(actor, unit);
  const people = await gridPeople(ctx.db, unit.agency_id, unit.id, year);
  const ids = people.map((p) => p.person_id);
  const [f, unitFacts, options] = await Promise.all([
    facts.eligibilityFactsOfPeople(ctx.db, ids, year - LOOK_BACK),
    facts.collectiveFactsOfUnit(ctx.db, unit.id, year - LOOK_BACK),
    agencyOptions(ctx, unit.agency_id),
  ]);
  const individuals = subjectsFromFacts(f, year);
  const collective: CollectiveSubject = {
    id: `U${unit.id}`,
    kind: 'collective',
    name: unit.name,
    members: individuals.map((s) => s.id),
    years: [...new Set([...unitFacts.ratings.map((r) => r.year), ...unitFacts.registered, year])]
      .sort((a, b) => a - b)
      .map((y) => {
        const r = unitFacts.ratings.find((x) => x.year === y);
        const yf: YearFacts = { year: y };
        if (r?.rating) yf.rating = r.rating;
        if (y === year) yf.registered = unitFacts.registered.has(y);
        else if (unitFacts.registered.has(y)) yf.registered = true;
        return yf;
      }),
    titles: unitFacts.history
      .filter((h) => h.category === 'title')
      .map((h) => ({ code: h.code as TargetCode, year: h.year, status: h.status })),
    awards: unitFacts.history
      .filter((h) => h.category === 'form')
      .map((h) => ({ code: h.code as TargetCode, year: h.year, kind: h.kind, status: h.status })),
    disciplines: [],
    initiatives: [],
  };
  const header = {
    format: 'tdkt-history/1' as const,
    year,
    agency: { id: `A${unit.agency_id}`, options },
    targets: [...PERSON_TARGETS, ...UNIT_TARGETS],
  };
  const output = evaluate({ ...header, subjects: [...individuals, collective] });
  const forecasts = forecast(header, individuals, output.results);
  const resultsOf = (id: string) => output.results.filter((r) => r.subject === id).map(presentVerdict);
  const current = unitFacts.ratings.find((r) => r.year === year);
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    regime: output.regime,
    collective: {
      rating: current?.rating ?? null,
      ratingId: current?.id ?? null,
      ratingNote: current?.note ?? null,
      ratingVersion: current?.version ?? null,
      results: resultsOf(collective.id).filter((r) => UNIT_TARGETS.includes(r.target)),
    },
    people: people.map((p) => ({
      personId: p.person_id,
      fullName: p.full_name,
      results: resultsOf(`P${p.person_id}`),
      forecasts: forecasts.filter((x) => x.subject === `P${p.person_id}`).map(presentForecast),
    })),
  };
}

/** The person tab: verdicts, the forecast and what is still lacking, in the same shape as the grid's. */
export async function personEligibilitySummary(ctx: Ctx, actor: Actor, personId: number, year: number) {
  const r = await personEligibility(ctx, actor, personId, year);
  return {
    person: r.person,
    year,
    regime: r.output.regime,
    results: r.output.results.filter((x) => x.subject === `P${personId}`).map(presentVerdict),
    forecasts: r.output.forecasts.map(presentForecast),
  };
}
