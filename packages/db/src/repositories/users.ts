// Accounts, their roles, login bookkeeping (failures, locks, attempts) and sessions.
import { sql, type SqlBool } from 'kysely';
import type { Role } from '../schema.ts';
import { inList, type Db } from './scope.ts';

const userColumns = [
  'id',
  'username',
  'password_hash',
  'display_name',
  'person_id',
  'agency_id',
  'active',
  'must_change_password',
  'failed_logins',
  'locked_until',
  'last_login_at',
  'version',
] as const;

export async function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where(sql<SqlBool>`lower(username) = lower(${username})`)
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: number) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export type UserRecord = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export interface RoleRecord {
  user_id: number;
  role: Role;
  agency_id: number | null;
  unit_id: number | null;
  group_id: number | null;
  scope_name: string | null;
}

/** Roles of several users with the name of their scope (agency, unit or group), one query. */
export async function rolesOf(db: Db, userIds: number[]): Promise<RoleRecord[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_roles as r')
    .leftJoin('agencies as a', 'a.id', 'r.agency_id')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('emulation_groups as g', 'g.id', 'r.group_id')
    .select([
      'r.user_id',
      'r.role',
      'r.agency_id',
      'r.unit_id',
      'r.group_id',
      sql<string | null>`COALESCE(u.name, g.name, a.name)`.as('scope_name'),
    ])
    .where(inList(sql.ref('r.user_id'), userIds))
    .orderBy('r.user_id')
    .orderBy('r.id')
    .execute();
}

export async function recordLoginAttempt(
  db: Db,
  a: { username: string; ip: string | null; success: boolean },
): Promise<void> {
  await db.insertInto('login_attempts').values(a).execute();
}

/**
 * Login attempts from one IP within the last `seconds` (every process writes them to login_attempts, so
 * the limit holds across processes) and when the oldest of them leaves the window.
 */
export async function recentLoginAttempts(
  db: Db,
  ip: string,
  seconds: number,
): Promise<{ count: number; oldest: Date | null }> {
  const r = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('ip', '=', ip)
    .where('at', '>', sql<Date>`now() - make_interval(secs => ${seconds})`)
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), oldest: r?.oldest ? new Date(r.oldest as Date) : null };
}

/** Counts one more failure atomically and locks the account when it reaches `max`. */
export async function registerLoginFailure(db: Db, userId: number, max: number, lockMinutes: number) {
  return db
    .updateTable('users')
    .set({
      failed_logins: sql`CASE WHEN failed_logins + 1 >= ${max} THEN 0 ELSE failed_logins + 1 END`,
      locked_until: sql`CASE WHEN failed_logins + 1 >= ${max} THEN now() + make_interval(mins => ${lockMinutes}::int) ELSE locked_until END`,
    })
    .where('id', '=', userId)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function registerLoginSuccess(db: Db, userId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: sql`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function setPassword(db: Db, userId: number, hash: string, mustChange: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      must_change_password: mustChange,
      password_changed_at: sql`now()`,
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('id', '=', userId)
    .execute();
}

export interface UserFilter {
  agencyIds?: number[] | undefined; // undefined = all
  q?: string | undefined;
}

export async function listUsers(db: Db, f: UserFilter) {
  let q = db.selectFrom('users').select(userColumns);
  if (f.agencyIds) q = q.where(inList(sql.ref('agency_id'), f.agencyIds));
  if (f.q)
    q = q.where(
      sql<SqlBool>`(lower(username) LIKE ${'%' + f.q.toLowerCase() + '%'} OR lower(display_name) LIKE ${'%' + f.q.toLowerCase() + '%'})`,
    );
  return q.orderBy('username').execute();
}

export async function usernameTaken(db: Db, username: string, exceptId?: number): Promise<boolean> {
  let q = db
    .selectFrom('users')
    .select('id')
    .where(sql<SqlBool>`lower(username) = lower(${username})`);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertUser(
  db: Db,
  v: {
    username: string;
    password_hash: string;
    display_name: string;
    person_id: number | null;
    agency_id: number | null;
    must_change_password: boolean;
    active: boolean;
  },
): Promise<number> {
  return (await db.insertInto('users').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUser(
  db: Db,
  id: number,
  version: number,
  v: {
    display_name?: string;
    person_id?: number | null;
    agency_id?: number | null;
    active?: boolean;
    must_change_password?: boolean;
    password_hash?: string;
    failed_logins?: number;
    locked_until?: null;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceRoles(
  db: Db,
  userId: number,
  roles: { role: Role; agency_id: number | null; unit_id: number | null; group_id: number | null }[],
): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_roles')
      .values(roles.map((r) => ({ ...r, user_id: userId })))
      .execute();
}

// Sessions ---------------------------------------------------------------------------------------------

export async function insertSession(
  db: Db,
  s: {
    id: string;
    user_id: number;
    csrf_token: string;
    expires_at: Date;
    ip: string | null;
    user_agent: string | null;
  },
): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

/** A live session (not expired) with its active user. */
export async function findLiveSession(db: Db, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.csrf_token', 's.last_seen_at', 's.expires_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** Sliding expiry: each use pushes the end forward. */
export async function touchSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()`, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, userId: number, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
}
