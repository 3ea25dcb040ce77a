// In-app notifications of a user, and the bookkeeping of deadline reminders and escalations already sent
// (task_reminders), so a sweep run twice — or by two app processes at once — sends nothing twice.
import { sql } from 'kysely';
import { inList, type Db } from './scope.ts';

export interface NotificationRecord {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export async function listNotifications(
  db: Db,
  userId: number,
  f: { unreadOnly?: boolean | undefined; limit: number },
): Promise<NotificationRecord[]> {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (f.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export async function unreadCount(db: Db, userId: number): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Marks the user's notifications read (all of them when `ids` is undefined); returns how many changed. */
export async function markRead(db: Db, userId: number, ids: number[] | undefined): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== undefined) q = q.where(inList(sql.ref('id'), ids));
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Inserts unless the user already has a notification with this dedupe key; true when inserted. */
export async function insertNotification(
  db: Db,
  v: {
    user_id: number;
    kind: string;
    title: string;
    body: string | null;
    link: string | null;
    dedupe_key: string;
  },
): Promise<boolean> {
  const r = await db
    .insertInto('notifications')
    .values(v)
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Records a reminder as sent; false when this (task, kind, user, channel, deadline) was already sent. */
export async function claimReminder(
  db: Db,
  v: {
    task_id: number;
    kind: 'reminder' | 'escalation';
    user_id: number;
    channel: 'in-app' | 'email';
    due_on: string;
  },
): Promise<boolean> {
  const r = await db
    .insertInto('task_reminders')
    .values(v)
    .onConflict((oc) => oc.columns(['task_id', 'kind', 'user_id', 'channel', 'due_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

export interface DueTask {
  id: number;
  plan_id: number;
  agency_id: number;
  plan_year: number;
  number: string | null;
  content: string;
  due_on: string;
  status: string;
}

/** Open tasks of agency plans (draft or issued) whose date deadline lies in [from, to]. */
export async function openTasksDueBetween(db: Db, from: string, to: string): Promise<DueTask[]> {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id',
      't.plan_id',
      'p.agency_id',
      'p.year as plan_year',
      't.number',
      't.content',
      sql<string>`t.due_on`.as('due_on'),
      't.status',
    ])
    .where('p.status', '<>', 'closed')
    .where('t.status', 'not in', ['done', 'cancelled'])
    .where('t.due_on', '>=', from)
    .where('t.due_on', '<=', to)
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}

/** Open tasks whose deadline has passed (due before `today`). */
export async function openTasksOverdue(db: Db, today: string): Promise<DueTask[]> {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id',
      't.plan_id',
      'p.agency_id',
      'p.year as plan_year',
      't.number',
      't.content',
      sql<string>`t.due_on`.as('due_on'),
      't.status',
    ])
    .where('p.status', '<>', 'closed')
    .where('t.status', 'not in', ['done', 'cancelled'])
    .where('t.due_on', '<', today)
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}

/** Marks open overdue tasks 'late'; returns their ids. */
export async function markLate(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('plan_tasks')
    .set({ status: 'late', version: sql`version + 1`, updated_at: sql`now()` })
    .where(inList(sql.ref('id'), ids))
    .where('status', 'in', ['not-started', 'in-progress'])
    .execute();
}

export interface Recipient {
  user_id: number;
  display_name: string;
  email: string | null;
}

/** Lead unit ids of tasks. */
export async function leadUnitsOf(
  db: Db,
  taskIds: number[],
): Promise<{ task_id: number; unit_id: number }[]> {
  const rows = await db
    .selectFrom('plan_task_units')
    .select(['task_id', 'unit_id'])
    .where(inList(sql.ref('task_id'), taskIds))
    .where('role', '=', 'lead')
    .where('unit_id', 'is not', null)
    .execute();
  return rows.map((r) => ({ task_id: r.task_id, unit_id: r.unit_id as number }));
}

/** Active users heading one of `unitIds` (unit-head role). */
export async function unitHeads(db: Db, unitIds: number[]): Promise<(Recipient & { unit_id: number })[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('people as pe', 'pe.id', 'u.person_id')
    .select(['u.id as user_id', 'u.display_name', 'pe.email', 'r.unit_id'])
    .where('r.role', '=', 'unit-head')
    .where(inList(sql.ref('r.unit_id'), unitIds))
    .where('u.active', '=', true)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    user_id: r.user_id,
    display_name: r.display_name,
    email: r.email,
    unit_id: r.unit_id as number,
  }));
}

/** Active accounts of staff working in one of `unitIds` (their person's current unit). */
export async function unitMembers(db: Db, unitIds: number[]): Promise<(Recipient & { unit_id: number })[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('people as pe', 'pe.id', 'u.person_id')
    .select(['u.id as user_id', 'u.display_name', 'pe.email', 'pe.unit_id'])
    .where(inList(sql.ref('pe.unit_id'), unitIds))
    .where('u.active', '=', true)
    .where('pe.end_date', 'is', null)
    .orderBy('u.id')
    .execute();
  return rows;
}

/** Active emulation officers of an agency (officer role scoped to it, or homed there without a scope). */
export async function officersOf(db: Db, agencyId: number): Promise<Recipient[]> {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('people as pe', 'pe.id', 'u.person_id')
    .select(['u.id as user_id', 'u.display_name', 'pe.email'])
    .distinct()
    .where('r.role', '=', 'officer')
    .where((eb) =>
      eb.or([
        eb('r.agency_id', '=', agencyId),
        eb.and([eb('r.agency_id', 'is', null), eb('u.agency_id', '=', agencyId)]),
      ]),
    )
    .where('u.active', '=', true)
    .orderBy('u.id')
    .execute();
}

// ── agency settings (reminder days, SMTP) ──

export async function getSetting(db: Db, agencyId: number, key: string): Promise<unknown> {
  const r = await db
    .selectFrom('agency_settings')
    .select('value')
    .where('agency_id', '=', agencyId)
    .where('key', '=', key)
    .executeTakeFirst();
  return r?.value;
}

export async function putSetting(db: Db, agencyId: number, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('agency_settings')
    .values({ agency_id: agencyId, key, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'key']).doUpdateSet({ value: JSON.stringify(value), updated_at: sql`now()` }),
    )
    .execute();
}
