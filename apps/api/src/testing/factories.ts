// Test factories: buildX(db, overrides) inserts a row with sensible defaults and creates any missing
// parent (a unit gets an agency, a person a unit, a user a person when it is a staff account), so a test
// states only the facts that matter.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../../../packages/db/src/schema.ts';
import { hashPassword } from '../../../../packages/auth/src/password.ts';
import {
  foldDiacritics,
  nameSortKey,
  normaliseName,
  splitVietnameseName,
} from '../../../../packages/domain/src/text/vietnamese.ts';

let seq = 0;
const next = (): number => ++seq;

export async function buildAgency(
  db: Kysely<DB>,
  o: {
    name?: string;
    code?: string;
    parentId?: number | null;
    kind?: 'ministry' | 'province' | 'department' | 'other';
  } = {},
) {
  const n = next();
  return db
    .insertInto('agencies')
    .values({
      kind: o.kind ?? 'department',
      code: o.code ?? `CQ${n}`,
      name: o.name ?? `Sở Thử nghiệm ${n}`,
      short_name: null,
      parent_id: o.parentId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUnit(
  db: Kysely<DB>,
  o: {
    agencyId?: number;
    code?: string;
    name?: string;
    kind?: 'lanh-dao' | 'van-phong' | 'phong' | 'chi-cuc' | 'trung-tam' | 'khac';
  } = {},
) {
  const n = next();
  const agencyId = o.agencyId ?? (await buildAgency(db)).id;
  return db
    .insertInto('units')
    .values({
      agency_id: agencyId,
      code: o.code ?? `DV${n}`,
      name: o.name ?? `Phòng Thử nghiệm ${n}`,
      kind: o.kind ?? 'phong',
      sort_order: n,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface PersonOverrides {
  unitId?: number;
  agencyId?: number;
  fullName?: string;
  code?: string;
  gender?: 'nam' | 'nu';
  category?: 'cong-chuc' | 'vien-chuc' | 'hop-dong';
  isLeader?: boolean;
  birthDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  partyMember?: boolean;
  position?: string | null;
}

export async function buildPerson(db: Kysely<DB>, o: PersonOverrides = {}) {
  const n = next();
  let unitId = o.unitId;
  let agencyId = o.agencyId;
  if (unitId === undefined) {
    const u = await buildUnit(db, agencyId !== undefined ? { agencyId } : {});
    unitId = u.id;
    agencyId = u.agency_id;
  } else if (agencyId === undefined) {
    agencyId = (
      await db.selectFrom('units').select('agency_id').where('id', '=', unitId).executeTakeFirstOrThrow()
    ).agency_id;
  }
  const full = normaliseName(o.fullName ?? `Trần Văn Thử ${String.fromCharCode(65 + (n % 26))}`);
  const { family, given } = splitVietnameseName(full);
  const person = await db
    .insertInto('people')
    .values({
      agency_id: agencyId,
      unit_id: unitId,
      code: o.code ?? `CB${String(n).padStart(4, '0')}`,
      full_name: full,
      family_name: family,
      given_name: given,
      sort_key: nameSortKey(full),
      search_text: foldDiacritics(full),
      gender: o.gender ?? 'nam',
      birth_date: o.birthDate === undefined ? '1985-05-20' : o.birthDate,
      category: o.category ?? 'cong-chuc',
      position: o.position ?? null,
      is_leader: o.isLeader ?? false,
      start_date: o.startDate === undefined ? '2010-09-01' : o.startDate,
      end_date: o.endDate ?? null,
      party_member: o.partyMember ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('person_unit_history')
    .values({
      person_id: person.id,
      unit_id: unitId,
      position: person.position,
      is_leader: person.is_leader,
      from_date: person.start_date ?? '2020-01-01',
    })
    .execute();
  return person;
}

export interface UserOverrides {
  username?: string;
  password?: string;
  displayName?: string;
  role?: Role;
  agencyId?: number | null;
  unitId?: number;
  groupId?: number;
  personId?: number | null;
  mustChangePassword?: boolean;
  active?: boolean;
}

export const TEST_PASSWORD = 'MatKhau-Thu-2024';
let cachedHash: Promise<string> | null = null;

/** A user with one role; the scope parents it needs (agency, unit, person) are created when missing. */
export async function buildUser(db: Kysely<DB>, o: UserOverrides = {}) {
  const n = next();
  const role: Role = o.role ?? 'officer';
  let agencyId = o.agencyId === undefined ? null : o.agencyId;
  let unitId = o.unitId ?? null;
  let personId = o.personId ?? null;
  if (role === 'unit-head' && unitId === null) {
    const u = await buildUnit(db, agencyId !== null ? { agencyId } : {});
    unitId = u.id;
    agencyId = u.agency_id;
  }
  if (role === 'unit-head' && agencyId === null && unitId !== null) {
    agencyId = (
      await db.selectFrom('units').select('agency_id').where('id', '=', unitId).executeTakeFirstOrThrow()
    ).agency_id;
  }
  if (role === 'staff' && personId === null) {
    const p = await buildPerson(db, agencyId !== null ? { agencyId } : {});
    personId = p.id;
    agencyId = p.agency_id;
  }
  if (['officer', 'council', 'reviewer'].includes(role) && agencyId === null)
    agencyId = (await buildAgency(db)).id;
  const hash = o.password
    ? await hashPassword(o.password)
    : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const user = await db
    .insertInto('users')
    .values({
      username: o.username ?? `nguoidung${n}`,
      password_hash: hash,
      display_name: o.displayName ?? `Người dùng ${n}`,
      person_id: personId,
      agency_id: role === 'admin' ? (o.agencyId ?? null) : agencyId,
      must_change_password: o.mustChangePassword ?? false,
      active: o.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('user_roles')
    .values({
      user_id: user.id,
      role,
      agency_id: role === 'admin' || role === 'unit-head' || role === 'cluster-leader' ? null : agencyId,
      unit_id: unitId,
      group_id: o.groupId ?? null,
    })
    .execute();
  return { ...user, password: o.password ?? TEST_PASSWORD, role, unitId, personId };
}
