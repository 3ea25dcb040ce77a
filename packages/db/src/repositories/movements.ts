// Movements (phong trào thi đua): the movement with its phases, targets, rewards, participants and
// results. Children are written by position so results keep their phase and target across edits.
import { sql } from 'kysely';
import type { AwardCodeOrOther } from '../schema-cycle.ts';
import type { Db } from './scope.ts';

export type LaunchedBy = 'thu-tuong' | 'bo' | 'tinh' | 'khoi-cum' | 'co-quan' | 'khac';

export interface MovementValues {
  agency_id: number;
  launched_by: LaunchedBy;
  launcher_name: string | null;
  kind: 'thuong-xuyen' | 'chuyen-de';
  name: string;
  theme: string | null;
  slogan: string | null;
  year: number;
  from_date: string | null;
  to_date: string | null;
  decision_ref: string | null;
  decision_on: string | null;
  status: 'draft' | 'active' | 'closed';
  description: string | null;
  launch: string | null;
}

export interface PhaseValues {
  name: string;
  from_date: string;
  to_date: string;
  description: string | null;
}
export interface TargetValues {
  kind: 'quantitative' | 'qualitative';
  content: string;
  target_value: number | null;
  unit: string | null;
  comparison: 'at-least' | 'at-most' | 'exactly' | null;
  title_code: AwardCodeOrOther | null;
}

export async function listMovements(
  db: Db,
  agencyIds: readonly number[] | 'all',
  f: { year?: number | undefined; status?: string | undefined },
) {
  let q = db.selectFrom('movements').selectAll();
  if (agencyIds !== 'all') q = q.where('agency_id', 'in', agencyIds.length ? [...agencyIds] : [-1]);
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.status !== undefined) q = q.where('status', '=', f.status as 'draft');
  return q.orderBy('year', 'desc').orderBy('id').execute();
}

export type MovementRow = Awaited<ReturnType<typeof listMovements>>[number];

export async function findMovement(db: Db, id: number): Promise<MovementRow | undefined> {
  return db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMovement(db: Db, v: MovementValues): Promise<number> {
  return (await db.insertInto('movements').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMovement(
  db: Db,
  id: number,
  version: number,
  v: Partial<MovementValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('movements')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteMovement(db: Db, id: number): Promise<void> {
  await db.deleteFrom('movements').where('id', '=', id).execute();
}

export async function childrenOf(db: Db, id: number) {
  const [phases, targets, rewards, participants, results] = await Promise.all([
    db.selectFrom('movement_phases').selectAll().where('movement_id', '=', id).orderBy('position').execute(),
    db.selectFrom('movement_targets').selectAll().where('movement_id', '=', id).orderBy('position').execute(),
    db.selectFrom('movement_rewards').selectAll().where('movement_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('movement_participants as mp')
      .leftJoin('units as u', 'u.id', 'mp.unit_id')
      .leftJoin('agencies as a', 'a.id', 'mp.agency_id')
      .select(['mp.id', 'mp.unit_id', 'mp.agency_id', sql<string>`COALESCE(u.name, a.name)`.as('name')])
      .where('mp.movement_id', '=', id)
      .orderBy('mp.id')
      .execute(),
    db
      .selectFrom('movement_results')
      .selectAll()
      .where('movement_id', '=', id)
      .orderBy('reported_on')
      .orderBy('id')
      .execute(),
  ]);
  return { phases, targets, rewards, participants, results };
}

/** Phases by position: existing positions are updated in place (results keep pointing at them). */
export async function writePhases(db: Db, movementId: number, phases: PhaseValues[]): Promise<void> {
  const existing = await db
    .selectFrom('movement_phases')
    .select(['id', 'position'])
    .where('movement_id', '=', movementId)
    .execute();
  for (const [i, p] of phases.entries()) {
    const row = existing.find((e) => e.position === i + 1);
    if (row)
      await db
        .updateTable('movement_phases')
        .set({ ...p, version: sql`version + 1` })
        .where('id', '=', row.id)
        .execute();
    else
      await db
        .insertInto('movement_phases')
        .values({ ...p, movement_id: movementId, position: i + 1 })
        .execute();
  }
  await db
    .deleteFrom('movement_phases')
    .where('movement_id', '=', movementId)
    .where('position', '>', phases.length)
    .execute();
}

export async function writeTargets(db: Db, movementId: number, targets: TargetValues[]): Promise<void> {
  const existing = await db
    .selectFrom('movement_targets')
    .select(['id', 'position'])
    .where('movement_id', '=', movementId)
    .execute();
  for (const [i, t] of targets.entries()) {
    const row = existing.find((e) => e.position === i + 1);
    if (row)
      await db
        .updateTable('movement_targets')
        .set({ ...t, version: sql`version + 1` })
        .where('id', '=', row.id)
        .execute();
    else
      await db
        .insertInto('movement_targets')
        .values({ ...t, movement_id: movementId, position: i + 1 })
        .execute();
  }
  await db
    .deleteFrom('movement_targets')
    .where('movement_id', '=', movementId)
    .where('position', '>', targets.length)
    .execute();
}

export async function replaceRewards(
  db: Db,
  movementId: number,
  rewards: { code: AwardCodeOrOther; other_name: string | null; note: string | null }[],
): Promise<void> {
  await db.deleteFrom('movement_rewards').where('movement_id', '=', movementId).execute();
  if (rewards.length)
    await db
      .insertInto('movement_rewards')
      .values(rewards.map((r) => ({ ...r, movement_id: movementId })))
      .execute();
}

export async function replaceParticipants(
  db: Db,
  movementId: number,
  p: { unitIds: number[]; agencyIds: number[] },
): Promise<void> {
  await db.deleteFrom('movement_participants').where('movement_id', '=', movementId).execute();
  const rows = [
    ...p.unitIds.map((unit_id) => ({ movement_id: movementId, unit_id, agency_id: null })),
    ...p.agencyIds.map((agency_id) => ({ movement_id: movementId, unit_id: null, agency_id })),
  ];
  if (rows.length) await db.insertInto('movement_participants').values(rows).execute();
}

export interface ResultValues {
  phase_id: number | null;
  target_id: number | null;
  unit_id: number | null;
  reported_on: string;
  content: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: string | null;
  text: string | null;
}

export async function insertResult(db: Db, movementId: number, v: ResultValues): Promise<number> {
  return (
    await db
      .insertInto('movement_results')
      .values({ ...v, movement_id: movementId })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function deleteResult(db: Db, movementId: number, resultId: number): Promise<boolean> {
  const r = await db
    .deleteFrom('movement_results')
    .where('movement_id', '=', movementId)
    .where('id', '=', resultId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
