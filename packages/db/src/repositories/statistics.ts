// Statistics over records the other modules keep (award_history, people, person_unit_history, plan_tasks,
// proposals, ratings, registrations, movement_targets). Read-only and set-based: every figure is one GROUP BY
// over the scope (an agency, optionally narrowed to some units), and every figure has a drill-down filter
// (AwardFilter, TaskFilter) that lists exactly the rows it counted.
//
// Definitions used throughout:
//  - an award row counts when it is granted (annulled rows stay in the history but never count);
//  - its year is award_history.year (the achievement year, else the decision's year);
//  - its unit is the collective itself for unit recipients, else the unit the person belonged to in that
//    year (the last person_unit_history row overlapping the year), else the person's current unit;
//  - "leader" is the person's leader flag in that year (person_unit_history.is_leader), else today's flag;
//  - timeliness = decided_on − 31/12 of the achievement period's last year, in days.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { inList, type Db } from './scope.ts';

/** An agency, or some of its units (a unit head sees their unit). */
export interface StatScope {
  agencyId: number;
  /** null: the whole agency. */
  unitIds: number[] | null;
}

export interface AwardFilter {
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  code?: string | undefined;
  category?: 'title' | 'form' | undefined;
  authority?: string | undefined;
  /** A unit id; 0 = recipients outside any unit (the agency as a collective). */
  unitId?: number | undefined;
  subjectKind?: 'person' | 'unit' | 'agency' | undefined;
  personId?: number | undefined;
  gender?: 'nam' | 'nu' | undefined;
  leader?: boolean | undefined;
  /** The person received the same title/form the year before (rotation). */
  repeated?: boolean | undefined;
  /** Timeliness window (days from the achievement period's end to the decision), inclusive. */
  daysFrom?: number | undefined;
  daysTo?: number | undefined;
  /** Only rows whose timeliness is known (a decision date and an achievement period). */
  timed?: boolean | undefined;
  /** Include annulled rows (the drill-down of the history shows them; no figure counts them). */
  includeAnnulled?: boolean | undefined;
}

/** The award rows of the scope with the derived columns every statistic uses. */
function awardRows(
  scope: StatScope,
  pre: {
    from?: number | undefined;
    to?: number | undefined;
    personId?: number | undefined;
    /** The caller needs neither the unit nor the leader flag of the year (whole-agency timeliness). */
    light?: boolean;
  } = {},
): RawBuilder<unknown> {
  // Year bounds and a person go inside too, so the per-row unit/leader lookup runs only for the rows asked for.
  const from = pre.from === undefined ? sql`` : sql` AND ah.year >= ${pre.from}`;
  const to = pre.to === undefined ? sql`` : sql` AND ah.year <= ${pre.to}`;
  const person = pre.personId === undefined ? sql`` : sql` AND ah.person_id = ${pre.personId}`;
  const history =
    pre.light && scope.unitIds === null
      ? sql`SELECT NULL::bigint AS unit_id, NULL::boolean AS is_leader`
      : sql`SELECT puh.unit_id, puh.is_leader FROM person_unit_history puh
            WHERE puh.person_id = ah.person_id
              AND puh.from_date <= make_date(ah.year, 12, 31)
              AND (puh.to_date IS NULL OR puh.to_date >= make_date(ah.year, 1, 1))
            ORDER BY puh.from_date DESC, puh.id DESC LIMIT 1`;
  return sql`
    SELECT ah.*,
           CASE WHEN ah.subject_kind = 'unit' THEN ah.unit_id
                WHEN ah.subject_kind = 'person' THEN COALESCE(h.unit_id, p.unit_id) END AS eff_unit_id,
           p.gender,
           COALESCE(h.is_leader, p.is_leader) AS is_leader,
           CASE WHEN ah.decided_on IS NOT NULL AND ah.period_to IS NOT NULL
                THEN ah.decided_on - make_date(ah.period_to, 12, 31) END AS days_to_decision
    FROM award_history ah
    LEFT JOIN people p ON p.id = ah.person_id
    LEFT JOIN LATERAL (${history}) h ON ah.person_id IS NOT NULL
    WHERE ah.recorded_by_agency_id = ${scope.agencyId}${from}${to}${person}`;
}

function unitCondition(scope: StatScope): RawBuilder<SqlBool> {
  if (scope.unitIds === null) return sql<SqlBool>`true`;
  return sql<SqlBool>`${inList(sql.ref('a.eff_unit_id'), scope.unitIds)}`;
}

/** The WHERE clause of a filter over the `a` rows (awardRows). */
function awardWhere(scope: StatScope, f: AwardFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [unitCondition(scope)];
  if (!f.includeAnnulled) parts.push(sql<SqlBool>`a.status = 'granted'`);
  if (f.yearFrom !== undefined) parts.push(sql<SqlBool>`a.year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined) parts.push(sql<SqlBool>`a.year <= ${f.yearTo}`);
  if (f.code !== undefined) parts.push(sql<SqlBool>`a.code = ${f.code}`);
  if (f.category !== undefined) parts.push(sql<SqlBool>`a.category = ${f.category}`);
  if (f.authority !== undefined) parts.push(sql<SqlBool>`a.authority = ${f.authority}`);
  if (f.unitId !== undefined)
    parts.push(
      f.unitId === 0 ? sql<SqlBool>`a.eff_unit_id IS NULL` : sql<SqlBool>`a.eff_unit_id = ${f.unitId}`,
    );
  if (f.subjectKind !== undefined) parts.push(sql<SqlBool>`a.subject_kind = ${f.subjectKind}`);
  if (f.personId !== undefined) parts.push(sql<SqlBool>`a.person_id = ${f.personId}`);
  if (f.gender !== undefined) parts.push(sql<SqlBool>`a.subject_kind = 'person' AND a.gender = ${f.gender}`);
  if (f.leader !== undefined)
    parts.push(sql<SqlBool>`a.subject_kind = 'person' AND a.is_leader = ${f.leader}`);
  if (f.repeated !== undefined) {
    const prev = sql<SqlBool>`EXISTS (
      SELECT 1 FROM award_history b
      WHERE b.person_id = a.person_id AND b.code = a.code AND b.status = 'granted' AND b.year = a.year - 1)`;
    parts.push(
      f.repeated
        ? sql<SqlBool>`a.subject_kind = 'person' AND ${prev}`
        : sql<SqlBool>`a.subject_kind = 'person' AND NOT ${prev}`,
    );
  }
  if (f.daysFrom !== undefined) parts.push(sql<SqlBool>`a.days_to_decision >= ${f.daysFrom}`);
  if (f.daysTo !== undefined) parts.push(sql<SqlBool>`a.days_to_decision <= ${f.daysTo}`);
  if (f.timed) parts.push(sql<SqlBool>`a.days_to_decision IS NOT NULL`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

export interface AwardGroupRow {
  grouping: 'year' | 'authority' | 'code' | 'unit';
  year: number | null;
  category: 'title' | 'form' | null;
  authority: string | null;
  code: string | null;
  unit_id: number | null;
  unit_name: string | null;
  unit_sort: number | null;
  count: number;
}

/** Awards by year (and category), by level (deciding authority), by title/form and by unit, in one pass. */
export async function awardGroups(db: Db, scope: StatScope, f: AwardFilter): Promise<AwardGroupRow[]> {
  const r = await sql<AwardGroupRow>`
    WITH a AS (${awardRows(scope, { from: f.yearFrom, to: f.yearTo })})
    SELECT CASE WHEN GROUPING(a.year) = 0 THEN 'year'
                WHEN GROUPING(a.authority) = 0 THEN 'authority'
                WHEN GROUPING(a.code) = 0 THEN 'code'
                ELSE 'unit' END AS grouping,
           a.year, a.category, a.authority, a.code, a.eff_unit_id AS unit_id,
           max(u.name) AS unit_name, max(u.sort_order) AS unit_sort,
           count(*)::int AS count
    FROM a LEFT JOIN units u ON u.id = a.eff_unit_id
    WHERE ${awardWhere(scope, f)}
    GROUP BY GROUPING SETS ((a.year, a.category), (a.authority), (a.code), (a.eff_unit_id))
    ORDER BY 1, a.year, a.category, a.authority, a.code, max(u.sort_order), a.eff_unit_id`.execute(db);
  return r.rows;
}

export interface AwardRecord {
  recipient_id: number;
  decision_id: number;
  subject_kind: 'person' | 'unit' | 'agency';
  person_id: number | null;
  unit_id: number | null;
  display_name: string;
  code: string;
  other_name: string | null;
  category: 'title' | 'form';
  kind: string;
  authority: string;
  issuer_name: string | null;
  source: string;
  number: string | null;
  symbol: string | null;
  decided_on: string | null;
  period_from: number | null;
  period_to: number | null;
  year: number;
  status: 'granted' | 'annulled';
  annulled_reason: string | null;
  eff_unit_id: number | null;
  unit_name: string | null;
  gender: 'nam' | 'nu' | null;
  is_leader: boolean | null;
  days_to_decision: number | null;
}

/** The rows behind a figure: award history with its decisions, newest first. */
export async function awardRecords(
  db: Db,
  scope: StatScope,
  f: AwardFilter,
  page: { limit: number; offset: number } | null,
): Promise<{ rows: AwardRecord[]; total: number }> {
  const where = awardWhere(scope, f);
  const years = { from: f.yearFrom, to: f.yearTo, personId: f.personId };
  const total = await sql<{ n: number }>`
    WITH a AS (${awardRows(scope, years)}) SELECT count(*)::int AS n FROM a WHERE ${where}`.execute(db);
  const limit = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``;
  const rows = await sql<AwardRecord>`
    WITH a AS (${awardRows(scope, years)})
    SELECT a.recipient_id, a.decision_id, a.subject_kind, a.person_id, a.unit_id, a.display_name, a.code,
           a.other_name, a.category, a.kind, a.authority, a.issuer_name, a.source, a.number, a.symbol,
           a.decided_on, a.period_from, a.period_to, a.year, a.status, a.annulled_reason, a.eff_unit_id,
           u.name AS unit_name, a.gender, a.is_leader, a.days_to_decision
    FROM a LEFT JOIN units u ON u.id = a.eff_unit_id
    LEFT JOIN people p ON p.id = a.person_id
    WHERE ${where}
    ORDER BY a.year DESC, a.decided_on DESC NULLS LAST, a.decision_id DESC, a.code,
             p.sort_key NULLS LAST, a.display_name, a.recipient_id
    ${limit}`.execute(db);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export interface UnitTitleRow {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  sort_order: number;
  headcount: number;
  leaders: number;
  ldtt: number;
  cstdcs: number;
  collective: string | null;
}

/**
 * Per unit of the agency for one year: the people who belonged to it in the year (last unit of the year,
 * active in it), how many of them were granted LĐTT and CSTĐCS, and the unit's own collective title.
 */
export async function unitTitles(db: Db, scope: StatScope, year: number): Promise<UnitTitleRow[]> {
  const unitFilter =
    scope.unitIds === null ? sql<SqlBool>`true` : sql<SqlBool>`${inList(sql.ref('u.id'), scope.unitIds)}`;
  const r = await sql<UnitTitleRow>`
    WITH staff AS (
      SELECT p.id AS person_id, COALESCE(h.unit_id, p.unit_id) AS unit_id, COALESCE(h.is_leader, p.is_leader) AS is_leader
      FROM people p
      LEFT JOIN LATERAL (
        SELECT puh.unit_id, puh.is_leader FROM person_unit_history puh
        WHERE puh.person_id = p.id AND puh.from_date <= make_date(${year}, 12, 31)
          AND (puh.to_date IS NULL OR puh.to_date >= make_date(${year}, 1, 1))
        ORDER BY puh.from_date DESC, puh.id DESC LIMIT 1
      ) h ON true
      WHERE p.agency_id = ${scope.agencyId}
        AND (p.start_date IS NULL OR p.start_date <= make_date(${year}, 12, 31))
        AND (p.end_date IS NULL OR p.end_date >= make_date(${year}, 1, 1))
    ),
    a AS (${awardRows(scope, { from: year, to: year })}),
    titles AS (
      SELECT a.eff_unit_id AS unit_id,
             count(*) FILTER (WHERE a.code = 'lao-dong-tien-tien')::int AS ldtt,
             count(*) FILTER (WHERE a.code = 'chien-si-thi-dua-co-so')::int AS cstdcs
      FROM a WHERE a.status = 'granted' AND a.year = ${year} AND a.subject_kind = 'person'
      GROUP BY a.eff_unit_id
    ),
    coll AS (
      SELECT a.unit_id,
             CASE WHEN bool_or(a.code = 'tap-the-lao-dong-xuat-sac') THEN 'tap-the-lao-dong-xuat-sac'
                  WHEN bool_or(a.code = 'tap-the-lao-dong-tien-tien') THEN 'tap-the-lao-dong-tien-tien' END AS collective
      FROM a WHERE a.status = 'granted' AND a.year = ${year} AND a.subject_kind = 'unit'
        AND a.code IN ('tap-the-lao-dong-xuat-sac', 'tap-the-lao-dong-tien-tien')
      GROUP BY a.unit_id
    ),
    heads AS (
      SELECT unit_id, count(*)::int AS headcount, count(*) FILTER (WHERE is_leader)::int AS leaders
      FROM staff GROUP BY unit_id
    )
    SELECT u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.sort_order,
           COALESCE(hd.headcount, 0) AS headcount, COALESCE(hd.leaders, 0) AS leaders,
           COALESCE(t.ldtt, 0) AS ldtt, COALESCE(t.cstdcs, 0) AS cstdcs, c.collective
    FROM units u
    LEFT JOIN heads hd ON hd.unit_id = u.id
    LEFT JOIN titles t ON t.unit_id = u.id
    LEFT JOIN coll c ON c.unit_id = u.id
    WHERE u.agency_id = ${scope.agencyId} AND ${unitFilter}
      AND (COALESCE(hd.headcount, 0) > 0 OR t.unit_id IS NOT NULL OR c.unit_id IS NOT NULL)
    ORDER BY u.sort_order, u.name, u.id`.execute(db);
  return r.rows;
}

export interface PercentTarget {
  title_code: string;
  target_value: number;
  comparison: string | null;
  content: string;
  movement_id: number;
  movement_name: string;
}

/**
 * The agency's own percentage targets for titles in a year ("90% LĐTT" → 90, '%', lao-dong-tien-tien), from
 * the movements it runs that year; the newest movement's target wins when several set one.
 */
export async function percentTargets(db: Db, agencyId: number, year: number): Promise<PercentTarget[]> {
  const r = await sql<PercentTarget>`
    SELECT DISTINCT ON (t.title_code) t.title_code, t.target_value, t.comparison, t.content,
           m.id AS movement_id, m.name AS movement_name
    FROM movement_targets t JOIN movements m ON m.id = t.movement_id
    WHERE m.agency_id = ${agencyId} AND m.year = ${year} AND t.kind = 'quantitative'
      AND t.title_code IS NOT NULL AND t.unit = '%' AND t.target_value IS NOT NULL
    ORDER BY t.title_code, m.id DESC, t.position`.execute(db);
  return r.rows;
}

export interface GroupShareRow {
  key: string;
  people: number;
  awards: number;
  recipients: number;
}

/**
 * Fairness for a year: person awards (granted) and headcount split by `by` (leader flag or gender).
 * `recipients` counts distinct people awarded.
 */
export async function fairnessSplit(
  db: Db,
  scope: StatScope,
  year: number,
  by: 'leader' | 'gender',
): Promise<GroupShareRow[]> {
  const keyOfAward =
    by === 'leader' ? sql`CASE WHEN a.is_leader THEN 'leader' ELSE 'staff' END` : sql`a.gender`;
  const keyOfStaff =
    by === 'leader' ? sql`CASE WHEN s.is_leader THEN 'leader' ELSE 'staff' END` : sql`s.gender`;
  const unitFilter =
    scope.unitIds === null
      ? sql<SqlBool>`true`
      : sql<SqlBool>`${inList(sql.ref('s.unit_id'), scope.unitIds)}`;
  const r = await sql<GroupShareRow>`
    WITH a AS (${awardRows(scope, { from: year, to: year })}),
    s AS (
      SELECT p.id, p.gender, COALESCE(h.unit_id, p.unit_id) AS unit_id, COALESCE(h.is_leader, p.is_leader) AS is_leader
      FROM people p
      LEFT JOIN LATERAL (
        SELECT puh.unit_id, puh.is_leader FROM person_unit_history puh
        WHERE puh.person_id = p.id AND puh.from_date <= make_date(${year}, 12, 31)
          AND (puh.to_date IS NULL OR puh.to_date >= make_date(${year}, 1, 1))
        ORDER BY puh.from_date DESC, puh.id DESC LIMIT 1
      ) h ON true
      WHERE p.agency_id = ${scope.agencyId}
        AND (p.start_date IS NULL OR p.start_date <= make_date(${year}, 12, 31))
        AND (p.end_date IS NULL OR p.end_date >= make_date(${year}, 1, 1))
    ),
    heads AS (SELECT ${keyOfStaff} AS key, count(*)::int AS people FROM s WHERE ${unitFilter} GROUP BY 1),
    aw AS (
      SELECT ${keyOfAward} AS key, count(*)::int AS awards, count(DISTINCT a.person_id)::int AS recipients
      FROM a WHERE ${awardWhere(scope, { yearFrom: year, yearTo: year, subjectKind: 'person' })}
      GROUP BY 1
    )
    SELECT COALESCE(heads.key, aw.key) AS key, COALESCE(heads.people, 0) AS people,
           COALESCE(aw.awards, 0) AS awards, COALESCE(aw.recipients, 0) AS recipients
    FROM heads FULL JOIN aw ON aw.key = heads.key
    ORDER BY 1`.execute(db);
  return r.rows.filter((x) => x.key !== null);
}

export interface RotationRow {
  code: string;
  recipients: number;
  repeated: number;
}

/** Per title/form given to people in `year`: how many recipients, and how many had it the year before too. */
export async function rotation(db: Db, scope: StatScope, year: number): Promise<RotationRow[]> {
  const r = await sql<RotationRow>`
    WITH a AS (${awardRows(scope, { from: year, to: year })})
    SELECT a.code, count(DISTINCT a.person_id)::int AS recipients,
           count(DISTINCT a.person_id) FILTER (WHERE EXISTS (
             SELECT 1 FROM award_history b
             WHERE b.person_id = a.person_id AND b.code = a.code AND b.status = 'granted' AND b.year = a.year - 1
           ))::int AS repeated
    FROM a WHERE ${awardWhere(scope, { yearFrom: year, yearTo: year, subjectKind: 'person' })}
    GROUP BY a.code ORDER BY 2 DESC, 1`.execute(db);
  return r.rows;
}

export interface TimelinessRow {
  authority: string;
  decisions: number;
  awards: number;
  avg_days: number;
  min_days: number;
  max_days: number;
}

/** Days from the end of the achievement period to the decision, per deciding authority, over years. */
export async function timeliness(
  db: Db,
  scope: StatScope,
  yearFrom: number,
  yearTo: number,
): Promise<TimelinessRow[]> {
  const r = await sql<TimelinessRow>`
    WITH a AS (${awardRows(scope, { from: yearFrom, to: yearTo, light: true })})
    SELECT a.authority, count(DISTINCT a.decision_id)::int AS decisions, count(*)::int AS awards,
           round(avg(a.days_to_decision), 1)::float8 AS avg_days, min(a.days_to_decision)::int AS min_days,
           max(a.days_to_decision)::int AS max_days
    FROM a WHERE ${awardWhere(scope, { yearFrom, yearTo })} AND a.days_to_decision IS NOT NULL
    GROUP BY a.authority ORDER BY 1`.execute(db);
  return r.rows;
}

export interface TimelinessBucketRow {
  bucket: number;
  awards: number;
}

/** Counts of awards per timeliness bucket: bucket i holds days in (bounds[i-1], bounds[i]], the last is open. */
export async function timelinessBuckets(
  db: Db,
  scope: StatScope,
  yearFrom: number,
  yearTo: number,
  bounds: readonly number[],
): Promise<TimelinessBucketRow[]> {
  const r = await sql<TimelinessBucketRow>`
    WITH a AS (${awardRows(scope, { from: yearFrom, to: yearTo, light: true })})
    SELECT width_bucket(a.days_to_decision, ${sql.val([...bounds])}::int[]) AS bucket, count(*)::int AS awards
    FROM a WHERE ${awardWhere(scope, { yearFrom, yearTo })} AND a.days_to_decision IS NOT NULL
    GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows;
}

// ───────────────────────────── plan tasks ─────────────────────────────

export type TaskState = 'not-started' | 'in-progress' | 'done' | 'late' | 'cancelled';

export interface TaskFilter {
  year: number;
  state?: TaskState | undefined;
  /** Due on or before this day and still open (deadlines card). */
  dueBy?: string | undefined;
}

/**
 * The status shown, as the plans module shows it (apps/api/src/modules/plans/deadlines.ts taskFlags): an open
 * task past its due date is 'late' even before the reminder sweep has marked it; a task marked late whose
 * deadline was since moved is in progress again.
 */
function taskState(today: string): RawBuilder<TaskState> {
  return sql<TaskState>`CASE WHEN t.status NOT IN ('done', 'cancelled') AND t.due_on < ${today}::date THEN 'late'
                             WHEN t.status = 'late' THEN 'in-progress'
                             ELSE t.status END`;
}

function taskWhere(scope: StatScope, f: TaskFilter, today: string): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`pl.agency_id = ${scope.agencyId}`,
    sql<SqlBool>`pl.kind = 'agency'`,
    sql<SqlBool>`pl.year = ${f.year}`,
  ];
  if (scope.unitIds !== null)
    parts.push(sql<SqlBool>`EXISTS (SELECT 1 FROM plan_task_units tu
      WHERE tu.task_id = t.id AND ${inList(sql.ref('tu.unit_id'), scope.unitIds)})`);
  if (f.state !== undefined) parts.push(sql<SqlBool>`${taskState(today)} = ${f.state}`);
  if (f.dueBy !== undefined)
    parts.push(
      sql<SqlBool>`t.status IN ('not-started', 'in-progress', 'late') AND t.due_on <= ${f.dueBy}::date`,
    );
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

export async function tasksByState(
  db: Db,
  scope: StatScope,
  year: number,
  today: string,
): Promise<{ state: TaskState; count: number }[]> {
  const r = await sql<{ state: TaskState; count: number }>`
    SELECT ${taskState(today)} AS state, count(*)::int AS count
    FROM plan_tasks t JOIN plans pl ON pl.id = t.plan_id
    WHERE ${taskWhere(scope, { year }, today)}
    GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows;
}

export interface TaskRecord {
  id: number;
  plan_id: number;
  plan_title: string;
  quarter: number | null;
  number: string | null;
  content: string;
  due_on: string | null;
  deadline_text: string | null;
  status: string;
  state: TaskState;
  done_on: string | null;
  lead_units: string | null;
}

export async function taskRecords(
  db: Db,
  scope: StatScope,
  f: TaskFilter,
  today: string,
  limit: number | null,
): Promise<{ rows: TaskRecord[]; total: number }> {
  const where = taskWhere(scope, f, today);
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM plan_tasks t JOIN plans pl ON pl.id = t.plan_id WHERE ${where}`.execute(
    db,
  );
  const rows = await sql<TaskRecord>`
    SELECT t.id, t.plan_id, pl.title AS plan_title, t.quarter, t.number, t.content, t.due_on, t.deadline_text,
           t.status, ${taskState(today)} AS state, t.done_on,
           (SELECT string_agg(COALESCE(u.name, tu.label, ag.name), '; ' ORDER BY tu.id)
              FROM plan_task_units tu LEFT JOIN units u ON u.id = tu.unit_id
              LEFT JOIN agencies ag ON ag.id = tu.agency_id
             WHERE tu.task_id = t.id AND tu.role = 'lead') AS lead_units
    FROM plan_tasks t JOIN plans pl ON pl.id = t.plan_id
    WHERE ${where}
    ORDER BY t.due_on NULLS LAST, t.plan_id, t.position, t.id
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`.execute(db);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

// ───────────────────────────── dashboard counters ─────────────────────────────

/** Proposals of the agency-year by workflow status (pending dossiers: everything not yet decided). */
export async function proposalsByStatus(
  db: Db,
  agencyId: number,
  year: number,
): Promise<{ status: string; count: number; oldest_sent_on: string | null }[]> {
  const r = await sql<{ status: string; count: number; oldest_sent_on: string | null }>`
    SELECT status, count(*)::int AS count, min(sent_on) AS oldest_sent_on
    FROM proposals WHERE agency_id = ${agencyId} AND year = ${year}
    GROUP BY status ORDER BY status`.execute(db);
  return r.rows;
}

/** Ratings progress of some units in a year: people in the unit that year, self/proposed/final ratings. */
export async function ratingProgress(
  db: Db,
  scope: StatScope,
  year: number,
): Promise<{ people: number; self_rated: number; proposed: number; finalised: number; htxsnv: number }> {
  const unitFilter =
    scope.unitIds === null
      ? sql<SqlBool>`true`
      : sql<SqlBool>`${inList(sql.ref('s.unit_id'), scope.unitIds)}`;
  const r = await sql<{
    people: number;
    self_rated: number;
    proposed: number;
    finalised: number;
    htxsnv: number;
  }>`
    WITH s AS (
      SELECT p.id, COALESCE(h.unit_id, p.unit_id) AS unit_id
      FROM people p
      LEFT JOIN LATERAL (
        SELECT puh.unit_id FROM person_unit_history puh
        WHERE puh.person_id = p.id AND puh.from_date <= make_date(${year}, 12, 31)
          AND (puh.to_date IS NULL OR puh.to_date >= make_date(${year}, 1, 1))
        ORDER BY puh.from_date DESC, puh.id DESC LIMIT 1
      ) h ON true
      WHERE p.agency_id = ${scope.agencyId}
        AND (p.start_date IS NULL OR p.start_date <= make_date(${year}, 12, 31))
        AND (p.end_date IS NULL OR p.end_date >= make_date(${year}, 1, 1))
    )
    SELECT count(*)::int AS people,
           count(r.self_rating)::int AS self_rated,
           count(r.proposed_rating)::int AS proposed,
           count(r.final_rating)::int AS finalised,
           count(*) FILTER (WHERE r.final_rating = 'htxsnv')::int AS htxsnv
    FROM s LEFT JOIN ratings r ON r.person_id = s.id AND r.year = ${year}
    WHERE ${unitFilter}`.execute(db);
  return r.rows[0] ?? { people: 0, self_rated: 0, proposed: 0, finalised: 0, htxsnv: 0 };
}

/** Registrations (đăng ký thi đua, the yearly one) of some units' people and of the units themselves. */
export async function registrationProgress(
  db: Db,
  scope: StatScope,
  year: number,
): Promise<{ people_registered: number; people_accepted: number; units_registered: number; late: number }> {
  const personUnits =
    scope.unitIds === null
      ? sql<SqlBool>`true`
      : sql<SqlBool>`${inList(sql.ref('p.unit_id'), scope.unitIds)}`;
  const units =
    scope.unitIds === null
      ? sql<SqlBool>`true`
      : sql<SqlBool>`${inList(sql.ref('r.unit_id'), scope.unitIds)}`;
  const r = await sql<{
    people_registered: number;
    people_accepted: number;
    units_registered: number;
    late: number;
  }>`
    SELECT
      count(*) FILTER (WHERE r.subject_kind = 'person' AND r.status IN ('submitted', 'accepted') AND ${personUnits})::int AS people_registered,
      count(*) FILTER (WHERE r.subject_kind = 'person' AND r.status = 'accepted' AND ${personUnits})::int AS people_accepted,
      count(*) FILTER (WHERE r.subject_kind = 'unit' AND r.status IN ('submitted', 'accepted') AND ${units})::int AS units_registered,
      count(*) FILTER (WHERE r.late AND r.status IN ('submitted', 'accepted')
                        AND ((r.subject_kind = 'person' AND ${personUnits}) OR (r.subject_kind = 'unit' AND ${units})))::int AS late
    FROM registrations r LEFT JOIN people p ON p.id = r.person_id
    WHERE r.agency_id = ${scope.agencyId} AND r.year = ${year} AND r.movement_id IS NULL`.execute(db);
  return r.rows[0] ?? { people_registered: 0, people_accepted: 0, units_registered: 0, late: 0 };
}

/** Years that have any granted award of the agency (the statistics' year pickers). */
export async function awardYears(db: Db, agencyId: number): Promise<number[]> {
  const r = await sql<{ year: number }>`
    SELECT DISTINCT year FROM award_history WHERE recorded_by_agency_id = ${agencyId} AND status = 'granted'
    ORDER BY year`.execute(db);
  return r.rows.map((x) => x.year);
}

/** The last month of the year with an indicator value (the indicators chart runs to it). */
export async function lastIndicatorMonth(db: Db, agencyId: number, year: number): Promise<number | null> {
  const r = await sql<{ m: number | null }>`
    SELECT max(v.month)::int AS m FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
    WHERE i.agency_id = ${agencyId} AND i.year = ${year}`.execute(db);
  return r.rows[0]?.m ?? null;
}
