// A person's eligibility from what the database holds: the facts are assembled into a tdkt-history/1
// input (ratings, registration, disciplines, award history, initiatives they co-authored, the agency's
// options) and the domain's engine judges it — the API adds no rule of its own.
import {
  evaluate,
  forecast,
  type HistoryInput,
  type IndividualSubject,
  type TargetCode,
  type YearFacts,
} from '../../../../../packages/domain/src/eligibility/index.ts';
import * as facts from '../../../../../packages/db/src/repositories/person-facts.ts';
import { initiativesOfPerson } from '../../../../../packages/db/src/repositories/initiatives.ts';
import {
  readSettings,
  registeredYearsOfPerson,
  SETTING_REGISTRATION_REQUIRED,
} from '../../../../../packages/db/src/repositories/registrations.ts';
import { findPerson, personExists } from '../../../../../packages/db/src/repositories/people.ts';
import type { Ctx } from '../../context.ts';
import { peopleReadScope, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

/** How far back the facts go: the longest look-back of a form (Huân chương: 5 years) plus one. */
const LOOK_BACK = 6;

export async function buildSubject(
  ctx: Ctx,
  personId: number,
  year: number,
): Promise<{ subject: IndividualSubject; agencyId: number } | null> {
  const p = await facts.personForEligibility(ctx.db, personId);
  if (!p) return null;
  const [ratings, registered, disciplines, history, initiatives] = await Promise.all([
    facts.ratingsOfPerson(ctx.db, personId),
    registeredYearsOfPerson(ctx.db, personId),
    facts.disciplinesOfPerson(ctx.db, personId),
    facts.awardHistoryOfPerson(ctx.db, personId),
    initiativesOfPerson(ctx.db, personId),
  ]);
  const years: YearFacts[] = [];
  for (let y = year - LOOK_BACK; y <= year; y++) {
    const r = ratings.find((x) => x.year === y);
    if (!r && y !== year && !registered.has(y)) continue;
    const f: YearFacts = { year: y };
    if (r?.final_rating) f.rating = r.final_rating;
    if (r?.months_worked !== null && r?.months_worked !== undefined) f.monthsWorked = Number(r.months_worked);
    if (r?.recruited_on) f.recruitedOn = r.recruited_on;
    if (r?.absence_days !== null && r?.absence_days !== undefined) f.absenceDays = Number(r.absence_days);
    if (r?.maternity_leave) f.maternityLeave = true;
    if (r?.injury_treatment) f.injuryTreatment = true;
    // The judged year's registration is a fact either way; for earlier years only a registration on
    // record is stated (years before tdkt was used are "not known", not "not registered").
    if (y === year) f.registered = registered.has(y);
    else if (registered.has(y)) f.registered = true;
    years.push(f);
  }
  const subject: IndividualSubject = {
    id: `P${p.id}`,
    kind: 'individual',
    name: p.full_name,
    unitId: `U${p.unit_id}`,
    isLeader: p.is_leader,
    gender: p.gender,
    ...(p.sector_since ? { sectorSince: p.sector_since } : {}),
    hazardousWork: p.hazardous_work,
    years,
    disciplines: disciplines.map((d) => ({
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
    initiatives: initiatives
      .filter((i) => i.status !== 'recognized' || i.scope !== null)
      .map((i) => ({
        year: i.year,
        scope: i.scope ?? i.proposed_scope ?? 'co-so',
        status:
          i.status === 'recognized' ? 'recognized' : i.status === 'rejected' ? 'rejected' : 'registered',
      })),
  };
  return { subject, agencyId: p.agency_id };
}

/** The engine's input for a person and year (exported for the officer's bulk runs of later issues). */
export async function buildEligibilityInput(
  ctx: Ctx,
  personIds: readonly number[],
  year: number,
  evaluatedOn?: string,
): Promise<HistoryInput> {
  const subjects: IndividualSubject[] = [];
  let agencyId: number | null = null;
  for (const id of personIds) {
    const s = await buildSubject(ctx, id, year);
    if (!s) continue;
    subjects.push(s.subject);
    agencyId ??= s.agencyId;
  }
  const options: { registrationRequired?: boolean } = {};
  if (agencyId !== null) {
    const v = (await readSettings(ctx.db, agencyId, [SETTING_REGISTRATION_REQUIRED])).get(
      SETTING_REGISTRATION_REQUIRED,
    );
    if (typeof v === 'boolean') options.registrationRequired = v;
  }
  return {
    format: 'tdkt-history/1',
    year,
    ...(evaluatedOn ? { evaluatedOn } : {}),
    agency: { id: agencyId === null ? 'agency' : `A${agencyId}`, options },
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
