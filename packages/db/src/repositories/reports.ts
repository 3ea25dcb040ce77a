// Reports (báo cáo sơ kết 6 tháng / tổng kết năm): the report rows, the officer's prose per key, and the
// set-based reads a report is generated from — organisation facts, plan tasks, movements and their results,
// commendations received (decisions) and pending (proposals). SQL only; sentences are built by the API.
import { sql } from 'kysely';
import type { Db } from './scope.ts';

export type ReportKind = 'so-ket-6-thang' | 'tong-ket-nam';

const REPORT_COLUMNS = [
  'r.id',
  'r.agency_id',
  'r.year',
  'r.kind',
  'r.period_from',
  'r.period_to',
  'r.title',
  'r.status',
  'r.data_snapshot',
  'r.generated_at',
  'r.created_at',
  'r.updated_at',
  'r.version',
] as const;

export async function listReports(db: Db, agencyIds: readonly number[] | 'all', year?: number) {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select([...REPORT_COLUMNS, 'a.name as agency_name'])
    .where('r.group_id', 'is', null)
    .orderBy('r.year', 'desc')
    .orderBy('r.period_to', 'desc')
    .orderBy('r.id', 'desc');
  if (agencyIds !== 'all') {
    if (agencyIds.length === 0) return [];
    q = q.where('r.agency_id', 'in', agencyIds);
  }
  if (year !== undefined) q = q.where('r.year', '=', year);
  return q.execute();
}

export type ReportListRow = Awaited<ReturnType<typeof listReports>>[number];

export async function findReport(db: Db, id: number) {
  return db
    .selectFrom('reports as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select([...REPORT_COLUMNS, 'a.name as agency_name'])
    .where('r.id', '=', id)
    .where('r.group_id', 'is', null)
    .executeTakeFirst();
}

export type ReportRecord = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export async function insertReport(
  db: Db,
  v: {
    agency_id: number;
    year: number;
    kind: ReportKind;
    period_from: string;
    period_to: string;
    title: string;
  },
): Promise<number> {
  const r = await db.insertInto('reports').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Stores the figures of a generation; false when the version is stale. */
export async function saveSnapshot(db: Db, id: number, version: number, snapshot: unknown): Promise<boolean> {
  const r = await db
    .updateTable('reports')
    .set({
      data_snapshot: JSON.stringify(snapshot),
      generated_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteReport(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('reports')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ───────────── prose sections ─────────────

export async function sectionsOf(db: Db, reportId: number) {
  return db
    .selectFrom('report_sections')
    .select(['id', 'key', 'heading', 'body', 'updated_at', 'version'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
}

export type SectionRecord = Awaited<ReturnType<typeof sectionsOf>>[number];

export async function insertSections(
  db: Db,
  reportId: number,
  rows: readonly { key: string; heading: string | null; body: string }[],
  userId: number | null,
): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('report_sections')
    .values(rows.map((r) => ({ report_id: reportId, ...r, updated_by: userId })))
    .execute();
}

export async function insertSection(
  db: Db,
  reportId: number,
  v: { key: string; heading: string | null; body: string },
  userId: number,
): Promise<number> {
  const r = await db
    .insertInto('report_sections')
    .values({ report_id: reportId, ...v, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSection(
  db: Db,
  id: number,
  version: number,
  body: string,
  userId: number,
): Promise<boolean> {
  const r = await db
    .updateTable('report_sections')
    .set({ body, updated_by: userId, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Touches the report (version + 1) when its prose changes, so a stale preview sees the change. */
export async function touchReport(db: Db, id: number): Promise<void> {
  await db
    .updateTable('reports')
    .set({ updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** The prose of the agency's latest earlier report of the same kind (what a new report starts from). */
export async function previousProse(db: Db, agencyId: number, kind: ReportKind, before: string) {
  const prev = await db
    .selectFrom('reports')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where('group_id', 'is', null)
    .where('period_to', '<', before)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return prev ? { reportId: prev.id, sections: await sectionsOf(db, prev.id) } : null;
}

// ───────────── what a report is generated from ─────────────

export async function agencyHeader(db: Db, agencyId: number) {
  return db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'short_name', 'parent_name', 'place_name', 'symbol'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
}

/** People of the agency on a date (joined by then, not yet left), counted by category and membership. */
export async function peopleFacts(db: Db, agencyId: number, onDate: string) {
  const r = await db
    .selectFrom('people')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) FILTER (WHERE category = 'cong-chuc'))::int`.as('cong_chuc'),
      sql<number>`(count(*) FILTER (WHERE category = 'vien-chuc'))::int`.as('vien_chuc'),
      sql<number>`(count(*) FILTER (WHERE category = 'hop-dong'))::int`.as('hop_dong'),
      sql<number>`(count(*) FILTER (WHERE party_member))::int`.as('party_members'),
      sql<number>`(count(*) FILTER (WHERE union_member))::int`.as('union_members'),
      sql<number>`(count(*) FILTER (WHERE youth_member))::int`.as('youth_members'),
    ])
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or([eb('start_date', 'is', null), eb('start_date', '<=', onDate)]))
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', onDate)]))
    .executeTakeFirstOrThrow();
  return r;
}

/** The leadership board (people of the 'lanh-dao' unit on the date) with their positions. */
export async function leadership(db: Db, agencyId: number, onDate: string) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.full_name', 'p.position'])
    .where('p.agency_id', '=', agencyId)
    .where('u.kind', '=', 'lanh-dao')
    .where((eb) => eb.or([eb('p.start_date', 'is', null), eb('p.start_date', '<=', onDate)]))
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>', onDate)]))
    .orderBy('p.sort_key')
    .execute();
}

/** Active units other than the leadership board (tổ chức chuyên môn, đơn vị trực thuộc). */
export async function unitCount(db: Db, agencyId: number): Promise<number> {
  const r = await db
    .selectFrom('units')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('agency_id', '=', agencyId)
    .where('active', '=', true)
    .where('kind', '<>', 'lanh-dao')
    .where('parent_unit_id', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}

export async function sideOrganisations(db: Db, agencyId: number) {
  return db
    .selectFrom('side_organisations')
    .select([
      'kind',
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`sum(member_count)::int`.as('members'),
    ])
    .where('agency_id', '=', agencyId)
    .groupBy('kind')
    .execute();
}

/** Tasks of the agency's plans of the year, counted by state on a date. */
export async function planTaskFacts(db: Db, agencyId: number, year: number, onDate: string) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) FILTER (WHERE t.status = 'done' AND t.done_on <= ${onDate}))::int`.as('done'),
      sql<number>`(count(*) FILTER (WHERE t.status = 'done' AND t.done_on <= ${onDate} AND (t.due_on IS NULL OR t.done_on <= t.due_on)))::int`.as(
        'done_on_time',
      ),
      sql<number>`(count(*) FILTER (WHERE NOT (t.status = 'done' AND t.done_on <= ${onDate}) AND t.due_on < ${onDate}))::int`.as(
        'overdue',
      ),
      sql<number>`(count(*) FILTER (WHERE t.status = 'cancelled'))::int`.as('cancelled'),
    ])
    .where('p.agency_id', '=', agencyId)
    .where('p.year', '=', year)
    .where('p.kind', '=', 'agency')
    .where('p.status', '<>', 'draft')
    .executeTakeFirstOrThrow();
}

/** Movements of the agency running in the period (not drafts), with the results reported in it. */
export async function movementsWithResults(db: Db, agencyId: number, from: string, to: string) {
  const movements = await db
    .selectFrom('movements')
    .select(['id', 'name', 'kind', 'launched_by', 'launcher_name', 'year', 'from_date', 'to_date'])
    .where('agency_id', '=', agencyId)
    .where('status', '<>', 'draft')
    .where((eb) =>
      eb.or([
        eb.and([
          eb.or([eb('from_date', 'is', null), eb('from_date', '<=', to)]),
          eb.or([eb('to_date', 'is', null), eb('to_date', '>=', from)]),
          eb.or([eb('from_date', 'is not', null), eb('to_date', 'is not', null)]),
        ]),
        eb('year', '=', Number(to.slice(0, 4))),
      ]),
    )
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  const ids = movements.map((m) => m.id);
  const results = ids.length
    ? await db
        .selectFrom('movement_results')
        .select([
          'id',
          'movement_id',
          'unit_id',
          'reported_on',
          'content',
          'text',
          'value',
          'numerator',
          'denominator',
          'unit',
        ])
        .where('movement_id', 'in', ids)
        .where('reported_on', '>=', from)
        .where('reported_on', '<=', to)
        .orderBy('reported_on')
        .orderBy('id')
        .execute()
    : [];
  return { movements, results };
}

/** Commendations the agency received in the period: in-force decisions, counted by issuer and form. */
export async function decisionsReceived(db: Db, agencyId: number, from: string, to: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('decision_recipients as r', 'r.decision_id', 'd.id')
    .select([
      'd.authority',
      'd.issuer_name',
      'd.code',
      'd.other_name',
      sql<number>`(count(*) FILTER (WHERE r.subject_kind = 'person'))::int`.as('persons'),
      sql<number>`(count(*) FILTER (WHERE r.subject_kind <> 'person'))::int`.as('collectives'),
      sql<string[]>`array_agg(r.display_name ORDER BY d.decided_on, d.id, r.position, r.id)`.as('names'),
      sql<string>`min(d.decided_on)::text`.as('first_on'),
    ])
    .where('d.agency_id', '=', agencyId)
    .where('d.status', '=', 'in-force')
    .where('d.source', 'in', ['received', 'own'])
    .where('r.status', '=', 'granted')
    .where('d.decided_on', '>=', from)
    .where('d.decided_on', '<=', to)
    .groupBy(['d.authority', 'd.issuer_name', 'd.code', 'd.other_name'])
    .orderBy(sql`min(d.decided_on)`)
    .orderBy('d.code')
    .execute();
}

/** Proposals the agency has sent up (or is signing) and that are not decided yet, with their candidates. */
export async function proposalsPending(db: Db, agencyId: number, to: string) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('proposal_candidates as c', 'c.proposal_id', 'p.id')
    .select([
      'p.id',
      'p.authority',
      'p.sent_to',
      'p.code',
      'p.other_name',
      'p.title',
      'p.status',
      'p.sent_on',
      sql<number>`(count(*) FILTER (WHERE c.subject_kind = 'person'))::int`.as('persons'),
      sql<number>`(count(*) FILTER (WHERE c.subject_kind <> 'person'))::int`.as('collectives'),
    ])
    .where('p.agency_id', '=', agencyId)
    .where('p.status', 'in', ['signing', 'sent'])
    .where('c.status', 'in', ['proposed', 'approved'])
    .where((eb) => eb.or([eb('p.sent_on', 'is', null), eb('p.sent_on', '<=', to)]))
    .groupBy('p.id')
    .orderBy('p.sent_on')
    .orderBy('p.id')
    .execute();
}
