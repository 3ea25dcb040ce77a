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
