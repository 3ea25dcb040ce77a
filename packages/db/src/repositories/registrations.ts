// Emulation registrations (đăng ký thi đua) of persons and units, their items, and the agency's cycle
// settings this feature reads (deadlines, "unregistered ⇒ not considered") kept in agency_settings.
import { sql, type SqlBool } from 'kysely';
import type { AwardCodeOrOther } from '../schema-cycle.ts';
import { inList, type Db, type OrgScope } from './scope.ts';

// ---------------------------------------------------------------- agency settings

export const SETTING_REGISTRATION_REQUIRED = 'registration.required';
export const settingRegistrationDeadline = (year: number): string => `registration.deadline.${year}`;
export const settingInitiativeDeadline = (year: number): string => `initiative.deadline.${year}`;

export async function readSettings(
  db: Db,
  agencyId: number,
  keys: readonly string[],
): Promise<Map<string, unknown>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('agency_settings')
    .select(['key', 'value'])
    .where('agency_id', '=', agencyId)
    .where('key', 'in', [...keys])
    .execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function writeSetting(db: Db, agencyId: number, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('agency_settings')
    .values({ agency_id: agencyId, key, value: json })
    .onConflict((oc) => oc.columns(['agency_id', 'key']).doUpdateSet({ value: json, updated_at: sql`now()` }))
    .execute();
}

// ---------------------------------------------------------------- registrations

export type RegistrationStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

const COLUMNS = [
  'r.id',
  'r.agency_id',
  'r.year',
  'r.movement_id',
  'r.subject_kind',
  'r.person_id',
  'r.unit_id',
  'p.full_name as person_name',
  'u.name as unit_name',
  'r.status',
  'r.deadline_on',
  'r.submitted_at',
  'r.late',
  'r.returned_at',
  'r.returned_reason',
  'r.accepted_at',
  'r.commitments',
  'r.updated_at',
  'r.version',
] as const;

function base(db: Db) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('units as u', (j) => j.on(sql<SqlBool>`u.id = COALESCE(r.unit_id, p.unit_id)`))
    .leftJoin('movements as m', 'm.id', 'r.movement_id')
    .select([...COLUMNS, 'm.name as movement_name']);
}

/** Registrations in scope: the agency's (officer), a unit's and its people's (unit head), one's own (staff). */
function regInScope(s: OrgScope) {
  if (s.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${inList(sql.ref('r.agency_id'), s.agencyIds)} OR ${inList(sql.ref('r.unit_id'), s.unitIds)} OR ${inList(sql.ref('p.unit_id'), s.unitIds)} OR ${inList(sql.ref('r.person_id'), s.personIds)})`;
}

export async function listRegistrations(
  db: Db,
  scope: OrgScope,
  f: {
    agencyId?: number | undefined;
    year?: number | undefined;
    status?: RegistrationStatus | undefined;
    subjectKind?: 'person' | 'unit' | undefined;
    personId?: number | undefined;
    /** A movement's registrations; undefined: the yearly ones (movement_id null). */
    movementId?: number | undefined;
  },
) {
  let q = base(db).where(regInScope(scope));
  q =
    f.movementId === undefined
      ? q.where('r.movement_id', 'is', null)
      : q.where('r.movement_id', '=', f.movementId);
  if (f.agencyId !== undefined) q = q.where('r.agency_id', '=', f.agencyId);
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  if (f.status !== undefined) q = q.where('r.status', '=', f.status);
  if (f.subjectKind !== undefined) q = q.where('r.subject_kind', '=', f.subjectKind);
  if (f.personId !== undefined) q = q.where('r.person_id', '=', f.personId);
  return q.orderBy('r.year', 'desc').orderBy('u.sort_order').orderBy('p.sort_key').orderBy('r.id').execute();
}

export type RegistrationRow = Awaited<ReturnType<typeof listRegistrations>>[number];

export async function findRegistration(
  db: Db,
  id: number,
  scope: OrgScope,
): Promise<RegistrationRow | undefined> {
  return base(db).where('r.id', '=', id).where(regInScope(scope)).executeTakeFirst();
}

export async function registrationExists(db: Db, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('registrations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function findRegistrationOf(
  db: Db,
  year: number,
  subject: { personId?: number; unitId?: number },
  movementId: number | null,
) {
  let q = db.selectFrom('registrations').select(['id', 'status', 'version']).where('year', '=', year);
  q = movementId === null ? q.where('movement_id', 'is', null) : q.where('movement_id', '=', movementId);
  q =
    subject.personId !== undefined
      ? q.where('person_id', '=', subject.personId)
      : q.where('unit_id', '=', subject.unitId!);
  return q.executeTakeFirst();
}

export async function insertRegistration(
  db: Db,
  v: {
    agency_id: number;
    year: number;
    movement_id: number | null;
    subject_kind: 'person' | 'unit';
    person_id: number | null;
    unit_id: number | null;
    deadline_on: string | null;
    commitments: string | null;
  },
): Promise<number> {
  return (await db.insertInto('registrations').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRegistration(
  db: Db,
  id: number,
  version: number,
  v: {
    status?: RegistrationStatus;
    commitments?: string | null;
    deadline_on?: string | null;
    submitted_at?: Date | null;
    late?: boolean;
    returned_at?: Date | null;
    returned_by?: number | null;
    returned_reason?: string | null;
    accepted_at?: Date | null;
    accepted_by?: number | null;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('registrations')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function itemsOf(db: Db, registrationIds: readonly number[]) {
  if (registrationIds.length === 0) return [];
  return db
    .selectFrom('registration_items')
    .select(['registration_id', 'code', 'other_name', 'note'])
    .where('registration_id', 'in', [...registrationIds])
    .orderBy('registration_id')
    .orderBy('id')
    .execute();
}

export async function replaceItems(
  db: Db,
  registrationId: number,
  items: { code: AwardCodeOrOther; otherName: string | null; note: string | null }[],
): Promise<void> {
  await db.deleteFrom('registration_items').where('registration_id', '=', registrationId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('registration_items')
    .values(
      items.map((i) => ({
        registration_id: registrationId,
        code: i.code,
        other_name: i.otherName,
        note: i.note,
      })),
    )
    .execute();
}

/** Every active unit of an agency with its own (unit) registration of the year, for the officer's board. */
export async function unitBoard(db: Db, agencyId: number, year: number) {
  return db
    .selectFrom('units as u')
    .leftJoin('registrations as r', (j) =>
      j.onRef('r.unit_id', '=', 'u.id').on('r.year', '=', year).on('r.movement_id', 'is', null),
    )
    .select([
      'u.id as unit_id',
      'u.name as unit_name',
      'r.id as registration_id',
      'r.status',
      'r.late',
      'r.submitted_at',
      'r.returned_reason',
      (eb) =>
        eb
          .selectFrom('people as p')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p.unit_id', '=', 'u.id')
          .where(sql<SqlBool>`(p.end_date IS NULL OR p.end_date >= CURRENT_DATE)`)
          .as('headcount'),
      (eb) =>
        eb
          .selectFrom('registrations as rp')
          .innerJoin('people as p2', 'p2.id', 'rp.person_id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p2.unit_id', '=', 'u.id')
          .where('rp.year', '=', year)
          .where('rp.movement_id', 'is', null)
          .where('rp.status', 'in', ['submitted', 'accepted'])
          .as('people_registered'),
    ])
    .where('u.agency_id', '=', agencyId)
    .where('u.active', '=', true)
    .orderBy('u.sort_order')
    .orderBy('u.id')
    .execute();
}

/** Years in which a person had a submitted or accepted yearly registration (the engine's `registered`). */
export async function registeredYearsOfPerson(db: Db, personId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('registrations')
    .select('year')
    .where('person_id', '=', personId)
    .where('movement_id', 'is', null)
    .where('status', 'in', ['submitted', 'accepted'])
    .execute();
  return new Set(rows.map((r) => r.year));
}
