// Plans (kế hoạch công tác TĐKT), their prose sections, tasks by quarter with lead/coordinating units and
// evidence files. The plan's Decree 30 header (number, symbol, date, legal basis, signer, Nơi nhận) lives
// in its outgoing_documents row so every document generator reads it from one place.
import { sql, type SqlBool } from 'kysely';
import type { DeadlineKind } from '../schema-cycle.ts';
import { agencyInScope, inList, type Db, type OrgScope } from './scope.ts';

export type PlanStatus = 'draft' | 'issued' | 'closed';
export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'late' | 'cancelled';

export interface PlanRecord {
  id: number;
  agency_id: number;
  agency_name: string;
  year: number;
  title: string;
  status: PlanStatus;
  copied_from_id: number | null;
  version: number;
  document_id: number | null;
  number: string | null;
  symbol: string | null;
  place_name: string | null;
  issued_on: string | null;
  legal_basis: string | null;
  signer_line: string | null;
  signer_title: string | null;
  signer_name: string | null;
  recipients: unknown;
  task_count: number;
  done_count: number;
}

export async function listPlans(
  db: Db,
  scope: OrgScope,
  f: { agencyId?: number | undefined; year?: number | undefined; ids?: number[] },
): Promise<PlanRecord[]> {
  let q = db
    .selectFrom('plans as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('outgoing_documents as d', 'd.id', 'p.document_id')
    .select([
      'p.id',
      'p.agency_id',
      'a.name as agency_name',
      'p.year',
      'p.title',
      'p.status',
      'p.copied_from_id',
      'p.version',
      'p.document_id',
      'd.number',
      'd.symbol',
      'd.place_name',
      'd.issued_on',
      'd.legal_basis',
      'd.signer_line',
      'd.signer_title',
      'd.signer_name',
      'd.recipients',
      sql<number>`(SELECT count(*) FROM plan_tasks t WHERE t.plan_id = p.id)`.as('task_count'),
      sql<number>`(SELECT count(*) FROM plan_tasks t WHERE t.plan_id = p.id AND t.status = 'done')`.as(
        'done_count',
      ),
    ])
    .where('p.kind', '=', 'agency')
    .where(agencyInScope('p.agency_id', scope));
  if (f.agencyId !== undefined) q = q.where('p.agency_id', '=', f.agencyId);
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  if (f.ids) q = q.where('p.id', 'in', f.ids.length ? f.ids : [-1]);
  const rows = await q.orderBy('p.year', 'desc').orderBy('p.id', 'desc').execute();
  return rows.map((r) => ({ ...r, task_count: Number(r.task_count), done_count: Number(r.done_count) }));
}

export async function findPlan(db: Db, id: number): Promise<PlanRecord | undefined> {
  return (
    await listPlans(db, { all: true, agencyIds: [], unitIds: [], personIds: [], groupIds: [] }, { ids: [id] })
  )[0];
}

export interface PlanDocumentValues {
  number: string | null;
  symbol: string | null;
  place_name: string | null;
  issued_on: string | null;
  title: string;
  legal_basis: string | null;
  signer_line: string | null;
  signer_title: string | null;
  signer_name: string | null;
  recipients: string[];
}

export async function insertPlan(
  db: Db,
  v: {
    agency_id: number;
    year: number;
    title: string;
    copied_from_id: number | null;
    created_by: number | null;
    doc: PlanDocumentValues;
  },
): Promise<number> {
  const doc = await db
    .insertInto('outgoing_documents')
    .values({
      agency_id: v.agency_id,
      year: v.year,
      kind: 'ke-hoach',
      created_by: v.created_by,
      ...v.doc,
      recipients: JSON.stringify(v.doc.recipients),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('plans')
    .values({
      agency_id: v.agency_id,
      year: v.year,
      title: v.title,
      document_id: doc.id,
      copied_from_id: v.copied_from_id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return plan.id;
}

export async function updatePlan(
  db: Db,
  id: number,
  version: number,
  v: { year: number; title: string; status: PlanStatus },
): Promise<boolean> {
  const r = await db
    .updateTable('plans')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updatePlanDocument(
  db: Db,
  documentId: number,
  year: number,
  doc: PlanDocumentValues,
): Promise<void> {
  await db
    .updateTable('outgoing_documents')
    .set({
      ...doc,
      year,
      recipients: JSON.stringify(doc.recipients),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', documentId)
    .execute();
}

export async function deletePlan(db: Db, id: number): Promise<void> {
  const p = await db.selectFrom('plans').select('document_id').where('id', '=', id).executeTakeFirst();
  await db.deleteFrom('plans').where('id', '=', id).execute();
  if (p?.document_id) await db.deleteFrom('outgoing_documents').where('id', '=', p.document_id).execute();
}

export async function numberTaken(
  db: Db,
  agencyId: number,
  year: number,
  symbol: string | null,
  number: string | null,
  exceptDocumentId: number | null,
): Promise<boolean> {
  if (!number || !symbol) return false;
  let q = db
    .selectFrom('outgoing_documents')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('symbol', '=', symbol)
    .where('number', '=', number);
  if (exceptDocumentId !== null) q = q.where('id', '<>', exceptDocumentId);
  return (await q.executeTakeFirst()) !== undefined;
}

// ── sections ──

export interface SectionRecord {
  id: number;
  plan_id: number;
  position: number;
  heading: string;
  body: string;
}

export async function listSections(db: Db, planId: number): Promise<SectionRecord[]> {
  return db
    .selectFrom('plan_sections')
    .select(['id', 'plan_id', 'position', 'heading', 'body'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

/** The sections as given, in order (the editor saves the whole list). */
export async function replaceSections(
  db: Db,
  planId: number,
  sections: { heading: string; body: string }[],
): Promise<void> {
  await db.deleteFrom('plan_sections').where('plan_id', '=', planId).execute();
  if (sections.length === 0) return;
  await db
    .insertInto('plan_sections')
    .values(sections.map((s, i) => ({ plan_id: planId, position: i + 1, heading: s.heading, body: s.body })))
    .execute();
}

// ── tasks ──

export interface TaskUnitRecord {
  task_id: number;
  role: 'lead' | 'coordinate';
  unit_id: number | null;
  label: string | null;
  unit_name: string | null;
  position: number;
}

export interface TaskFileRecord {
  task_id: number;
  file_id: number;
  name: string;
  mime: string;
  size: number;
  note: string | null;
}

export interface TaskRecord {
  id: number;
  plan_id: number;
  plan_year: number;
  plan_title: string;
  agency_id: number;
  quarter: number | null;
  number: string | null;
  position: number;
  content: string;
  deadline_kind: DeadlineKind;
  deadline_on: string | null;
  deadline_month: string | null;
  deadline_month_to: string | null;
  deadline_text: string | null;
  due_on: string | null;
  status: TaskStatus;
  done_on: string | null;
  evidence: string | null;
  note: string | null;
  version: number;
  units: TaskUnitRecord[];
  files: TaskFileRecord[];
}

export interface TaskFilter {
  planId?: number | undefined;
  ids?: number[];
  /** Tasks whose lead or coordinating units include one of these. */
  unitIds?: number[] | undefined;
  quarter?: number | undefined;
  status?: TaskStatus | undefined;
  year?: number | undefined;
  q?: string | undefined;
  /** Only tasks not done or cancelled. */
  openOnly?: boolean | undefined;
}

/**
 * Tasks in scope (plans of the scope's agencies) with their units and files in two more queries.
 * Order: quarter (whole-year last), position, id — or by due date (undated last) for "my deadlines".
 */
export async function listTasks(
  db: Db,
  scope: OrgScope,
  f: TaskFilter,
  order: 'plan' | 'due' = 'plan',
): Promise<TaskRecord[]> {
  let q = db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id',
      't.plan_id',
      'p.year as plan_year',
      'p.title as plan_title',
      'p.agency_id',
      't.quarter',
      't.number',
      't.position',
      't.content',
      't.deadline_kind',
      't.deadline_on',
      't.deadline_month',
      't.deadline_month_to',
      't.deadline_text',
      't.due_on',
      't.status',
      't.done_on',
      't.evidence',
      't.note',
      't.version',
    ])
    .where(agencyInScope('p.agency_id', scope));
  if (f.planId !== undefined) q = q.where('t.plan_id', '=', f.planId);
  if (f.ids) q = q.where(inList(sql.ref('t.id'), f.ids));
  if (f.quarter !== undefined) q = q.where('t.quarter', '=', f.quarter);
  if (f.status !== undefined) q = q.where('t.status', '=', f.status);
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  if (f.openOnly) q = q.where('t.status', 'not in', ['done', 'cancelled']);
  if (f.q) q = q.where(sql<SqlBool>`translate(lower(unaccent(t.content)), 'đ', 'd') LIKE ${`%${f.q}%`}`);
  if (f.unitIds !== undefined) {
    const ids = f.unitIds;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('plan_task_units as tu')
          .select('tu.id')
          .whereRef('tu.task_id', '=', 't.id')
          .where(inList(sql.ref('tu.unit_id'), ids)),
      ),
    );
  }
  q =
    order === 'due'
      ? q
          .orderBy(sql`t.due_on IS NULL`)
          .orderBy('t.due_on')
          .orderBy('p.year')
          .orderBy('t.plan_id')
          .orderBy('t.position')
          .orderBy('t.id')
      : q
          .orderBy(sql`coalesce(t.quarter, 5)`)
          .orderBy('t.position')
          .orderBy('t.id');
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const units = await db
    .selectFrom('plan_task_units as tu')
    .leftJoin('units as u', 'u.id', 'tu.unit_id')
    .select(['tu.task_id', 'tu.role', 'tu.unit_id', 'tu.label', 'u.name as unit_name', 'tu.position'])
    .where(inList(sql.ref('tu.task_id'), ids))
    .orderBy('tu.task_id')
    .orderBy('tu.role')
    .orderBy('tu.position')
    .orderBy('tu.id')
    .execute();
  const files = await db
    .selectFrom('plan_task_files as tf')
    .innerJoin('files as fl', 'fl.id', 'tf.file_id')
    .select(['tf.task_id', 'tf.file_id', 'fl.name', 'fl.mime', 'fl.size', 'tf.note'])
    .where(inList(sql.ref('tf.task_id'), ids))
    .orderBy('tf.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    units: units.filter((u) => u.task_id === r.id),
    files: files.filter((x) => x.task_id === r.id),
  }));
}

export interface TaskValues {
  quarter: number | null;
  number: string | null;
  content: string;
  deadline_kind: DeadlineKind;
  deadline_on: string | null;
  deadline_month: string | null;
  deadline_month_to: string | null;
  deadline_text: string | null;
  status: TaskStatus;
  done_on: string | null;
  evidence: string | null;
  note: string | null;
}

export interface TaskUnitValues {
  role: 'lead' | 'coordinate';
  unit_id: number | null;
  label: string | null;
}

export async function nextTaskPosition(db: Db, planId: number): Promise<number> {
  const r = await db
    .selectFrom('plan_tasks')
    .select((eb) => eb.fn.max<number | null>('position').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertTask(
  db: Db,
  planId: number,
  position: number,
  v: TaskValues,
  copiedFromId: number | null = null,
): Promise<number> {
  return (
    await db
      .insertInto('plan_tasks')
      .values({ plan_id: planId, position, copied_from_id: copiedFromId, ...v })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateTask(
  db: Db,
  id: number,
  version: number,
  v: Partial<TaskValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_tasks')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteTask(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plan_tasks').where('id', '=', id).execute();
}

export async function replaceTaskUnits(db: Db, taskId: number, units: TaskUnitValues[]): Promise<void> {
  await db.deleteFrom('plan_task_units').where('task_id', '=', taskId).execute();
  if (units.length === 0) return;
  await db
    .insertInto('plan_task_units')
    .values(
      units.map((u, i) => ({
        task_id: taskId,
        role: u.role,
        unit_id: u.unit_id,
        label: u.label,
        position: i,
      })),
    )
    .execute();
}

/** Units of `agencyId` among `ids` (a task may only name units of its plan's agency). */
export async function unitsOfAgencyAmong(db: Db, agencyId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where(inList(sql.ref('id'), ids))
    .execute();
  return rows.map((r) => r.id);
}

// ── evidence files ──

export async function insertFile(
  db: Db,
  v: {
    agency_id: number | null;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    content: Uint8Array;
    uploaded_by: number | null;
  },
): Promise<number> {
  return (await db.insertInto('files').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function linkTaskFile(
  db: Db,
  taskId: number,
  fileId: number,
  note: string | null,
): Promise<void> {
  await db.insertInto('plan_task_files').values({ task_id: taskId, file_id: fileId, note }).execute();
}

export async function findTaskFile(db: Db, taskId: number, fileId: number) {
  return db
    .selectFrom('plan_task_files as tf')
    .innerJoin('files as fl', 'fl.id', 'tf.file_id')
    .select(['fl.id', 'fl.name', 'fl.mime', 'fl.size', 'fl.content'])
    .where('tf.task_id', '=', taskId)
    .where('tf.file_id', '=', fileId)
    .executeTakeFirst();
}

export async function agencyHeader(db: Db, agencyId: number) {
  return db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'parent_name', 'place_name', 'symbol', 'code'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
}

export async function unitOfPerson(db: Db, personId: number): Promise<number | null> {
  const r = await db
    .selectFrom('people')
    .select('unit_id')
    .where('id', '=', personId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return r?.unit_id ?? null;
}
