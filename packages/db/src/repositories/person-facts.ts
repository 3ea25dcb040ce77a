// A person's facts as the eligibility engine reads them: yearly ratings and leave, disciplines and award
// history (the award_history view). Registrations and initiatives come from their own repositories.
import type { Db } from './scope.ts';

export async function personForEligibility(db: Db, personId: number) {
  return db
    .selectFrom('people')
    .select([
      'id',
      'agency_id',
      'unit_id',
      'full_name',
      'gender',
      'is_leader',
      'sector_since',
      'hazardous_work',
      'start_date',
    ])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function ratingsOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('ratings')
    .select([
      'year',
      'final_rating',
      'months_worked',
      'recruited_on',
      'absence_days',
      'maternity_leave',
      'injury_treatment',
    ])
    .where('person_id', '=', personId)
    .orderBy('year')
    .execute();
}

export async function disciplinesOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('disciplines')
    .select(['year', 'level', 'from_date', 'to_date'])
    .where('person_id', '=', personId)
    .where('status', '<>', 'annulled')
    .orderBy('year')
    .execute();
}

export async function awardHistoryOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('award_history')
    .select(['code', 'category', 'kind', 'year', 'decided_on', 'period_from', 'period_to', 'status'])
    .where('person_id', '=', personId)
    .where('code', '<>', 'khac')
    .orderBy('year')
    .execute();
}

// ---------------------------------------------------------------- set-based (a whole unit at once)

/**
 * Every fact the engine reads for many people at once: one query per fact kind for all of them (never one
 * per person), grouped by person id. `fromYear` bounds the yearly facts (the longest look-back); award
 * history is read whole (niên hạn and 5-year forms look further back). Leaves and transfers come from
 * person_leaves (migration 0013 adds transfers).
 */
export async function eligibilityFactsOfPeople(db: Db, personIds: readonly number[], fromYear: number) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0)
    return {
      people: [],
      ratings: new Map<number, RatingFact[]>(),
      disciplines: new Map<number, DisciplineFact[]>(),
      history: new Map<number, HistoryFact[]>(),
      registered: new Map<number, Set<number>>(),
      initiatives: new Map<number, InitiativeFact[]>(),
      leaves: new Map<number, LeaveFact[]>(),
      transfers: new Map<number, TransferFact[]>(),
    };
  const [people, ratings, disciplines, history, registered, initiatives, leaves, transfers] =
    await Promise.all([
      db
        .selectFrom('people')
        .select([
          'id',
          'agency_id',
          'unit_id',
          'full_name',
          'gender',
          'is_leader',
          'sector_since',
          'hazardous_work',
          'start_date',
        ])
        .where('id', 'in', ids)
        .execute(),
      db
        .selectFrom('ratings')
        .select([
          'person_id',
          'year',
          'final_rating',
          'months_worked',
          'recruited_on',
          'absence_days',
          'maternity_leave',
          'injury_treatment',
        ])
        .where('person_id', 'in', ids)
        .where('year', '>=', fromYear)
        .orderBy('year')
        .execute(),
      db
        .selectFrom('disciplines')
        .select(['person_id', 'year', 'level', 'from_date', 'to_date'])
        .where('person_id', 'in', ids)
        .where('status', '<>', 'annulled')
        .orderBy('year')
        .execute(),
      db
        .selectFrom('award_history')
        .select([
          'person_id',
          'code',
          'category',
          'kind',
          'year',
          'decided_on',
          'period_from',
          'period_to',
          'status',
        ])
        .where('person_id', 'in', ids)
        .where('code', '<>', 'khac')
        .orderBy('year')
        .execute(),
      db
        .selectFrom('registrations')
        .select(['person_id', 'year'])
        .where('person_id', 'in', ids)
        .where('movement_id', 'is', null)
        .where('status', 'in', ['submitted', 'accepted'])
        .execute(),
      db
        .selectFrom('initiatives as i')
        .innerJoin('initiative_authors as a', 'a.initiative_id', 'i.id')
        .select(['a.person_id', 'i.id', 'i.year', 'i.status', 'i.scope', 'i.proposed_scope'])
        .where('a.person_id', 'in', ids)
        .where('i.status', 'in', ['registered', 'under-review', 'recognized', 'rejected'])
        .orderBy('i.year')
        .orderBy('i.id')
        .execute(),
      db
        .selectFrom('person_leaves')
        .selectAll()
        .where('person_id', 'in', ids)
        .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', `${fromYear}-01-01`)]))
        .orderBy('from_date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('person_transfers')
        .selectAll()
        .where('person_id', 'in', ids)
        .where('on_date', '>=', `${fromYear}-01-01`)
        .orderBy('on_date')
        .orderBy('id')
        .execute(),
    ]);
  const group = <T extends { person_id: number | null }>(rows: T[]): Map<number, T[]> => {
    const m = new Map<number, T[]>();
    for (const r of rows) {
      if (r.person_id === null) continue;
      const list = m.get(r.person_id);
      if (list) list.push(r);
      else m.set(r.person_id, [r]);
    }
    return m;
  };
  const reg = new Map<number, Set<number>>();
  for (const r of registered) {
    if (r.person_id === null) continue;
    const s = reg.get(r.person_id) ?? new Set<number>();
    s.add(r.year);
    reg.set(r.person_id, s);
  }
  return {
    people,
    ratings: group(ratings),
    disciplines: group(disciplines),
    history: group(history),
    registered: reg,
    initiatives: group(initiatives),
    leaves: group(leaves),
    transfers: group(transfers),
  };
}
export type PeopleFacts = Awaited<ReturnType<typeof eligibilityFactsOfPeople>>;
type RatingFact = Awaited<ReturnType<typeof ratingsOfPerson>>[number];
type DisciplineFact = Awaited<ReturnType<typeof disciplinesOfPerson>>[number];
type HistoryFact = Awaited<ReturnType<typeof awardHistoryOfPerson>>[number];
type InitiativeFact = {
  person_id: number;
  id: number;
  year: number;
  status: string;
  scope: string | null;
  proposed_scope: string | null;
};
type LeaveFact = {
  id: number;
  person_id: number;
  kind: string;
  from_date: string;
  to_date: string | null;
  days: string | number | null;
  note: string | null;
  version: number;
};

type TransferFact = {
  id: number;
  person_id: number;
  direction: 'in' | 'out';
  on_date: string;
  other_place: string;
  decision_ref: string | null;
  comments_received: boolean;
  note: string | null;
  version: number;
};

/** A unit's own facts for its collective verdicts: yearly ratings, registrations, award history. */
export async function collectiveFactsOfUnit(db: Db, unitId: number, fromYear: number) {
  const [ratings, registered, history] = await Promise.all([
    db
      .selectFrom('collective_ratings')
      .select(['year', 'rating', 'note', 'version', 'id'])
      .where('unit_id', '=', unitId)
      .where('year', '>=', fromYear)
      .orderBy('year')
      .execute(),
    db
      .selectFrom('registrations')
      .select('year')
      .where('unit_id', '=', unitId)
      .where('movement_id', 'is', null)
      .where('status', 'in', ['submitted', 'accepted'])
      .execute(),
    db
      .selectFrom('award_history')
      .select(['code', 'category', 'kind', 'year', 'decided_on', 'period_from', 'period_to', 'status'])
      .where('unit_id', '=', unitId)
      .where('subject_kind', '=', 'unit')
      .where('code', '<>', 'khac')
      .orderBy('year')
      .execute(),
  ]);
  return { ratings, registered: new Set(registered.map((r) => r.year)), history };
}
