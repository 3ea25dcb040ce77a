// Cluster scoring (chấm điểm thi đua cụm, khối): the yearly settings, the criteria with their versions and
// the members' comments, the cluster's covenant, score sheets with their points and steps, declared
// conflicts, the meeting's votes on the ranking, the stored ranking (cluster_results) and the proposals it
// leads to. Set-based SQL only; the service decides who may read and write what.
import { sql } from 'kysely';
import { inList, type Db } from './scope.ts';

export type SheetStatus = 'draft' | 'submitted' | 'returned' | 'scored' | 'confirmed' | 'published';
export type ScorerKind = 'self' | 'leader' | 'cross';
export type CriterionKind = 'standard' | 'bonus' | 'penalty';

// ── settings ──

export interface SettingsRow {
  id: number | null;
  group_id: number;
  year: number;
  tie_break: string[];
  flag_count: number;
  certificate_count: number;
  flag_code: 'co-thi-dua-cap-tinh' | 'co-thi-dua-chinh-phu';
  certificate_code: 'bang-khen-cap-tinh' | 'bang-khen-thu-tuong';
  cross_scoring: boolean;
  cross_per_member: number;
  score_basis: 'leader' | 'leader-and-cross';
  guidance: string | null;
  version: number;
}

/** The settings of the year, or the defaults of the migration when none were saved (id null, version 0). */
export async function settingsOf(db: Db, groupId: number, year: number): Promise<SettingsRow> {
  const r = await db
    .selectFrom('cluster_scoring_settings')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!r)
    return {
      id: null,
      group_id: groupId,
      year,
      tie_break: ['total', 'group:I', 'bonus', 'vote'],
      flag_count: 1,
      certificate_count: 2,
      flag_code: 'co-thi-dua-cap-tinh',
      certificate_code: 'bang-khen-cap-tinh',
      cross_scoring: false,
      cross_per_member: 1,
      score_basis: 'leader',
      guidance: null,
      version: 0,
    };
  return {
    id: r.id,
    group_id: r.group_id,
    year: r.year,
    tie_break: (typeof r.tie_break === 'string' ? JSON.parse(r.tie_break) : r.tie_break) as string[],
    flag_count: r.flag_count,
    certificate_count: r.certificate_count,
    flag_code: r.flag_code,
    certificate_code: r.certificate_code,
    cross_scoring: r.cross_scoring,
    cross_per_member: r.cross_per_member,
    score_basis: r.score_basis,
    guidance: r.guidance,
    version: r.version,
  };
}

export type SettingsValues = Omit<SettingsRow, 'id' | 'group_id' | 'year' | 'version'>;

/** Insert (expected version 0) or update with the version check; false on a stale version. */
export async function saveSettings(
  db: Db,
  groupId: number,
  year: number,
  expectedVersion: number,
  v: SettingsValues,
): Promise<boolean> {
  const values = { ...v, tie_break: JSON.stringify(v.tie_break) };
  if (expectedVersion === 0) {
    const r = await db
      .insertInto('cluster_scoring_settings')
      .values({ group_id: groupId, year, ...values })
      .onConflict((oc) => oc.columns(['group_id', 'year']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return r !== undefined;
  }
  const r = await db
    .updateTable('cluster_scoring_settings')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ── criteria ──

export interface CriteriaGroupRow {
  id: number;
  group_id: number;
  year: number;
  covenant_id: number | null;
  position: number;
  code: string | null;
  name: string;
  max_points: number | null;
  version: number;
}

export interface CriterionRow {
  id: number;
  criteria_group_id: number;
  position: number;
  code: string | null;
  name: string;
  kind: CriterionKind;
  min_points: number;
  max_points: number;
  evidence_required: string | null;
  indicator_code: string | null;
  version: number;
}

export async function criteriaOf(
  db: Db,
  groupId: number,
  year: number,
): Promise<{ groups: CriteriaGroupRow[]; criteria: CriterionRow[] }> {
  const groups = await db
    .selectFrom('cluster_criteria_groups')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .orderBy('position')
    .execute();
  const criteria =
    groups.length === 0
      ? []
      : await db
          .selectFrom('cluster_criteria as c')
          .innerJoin('cluster_criteria_groups as g', 'g.id', 'c.criteria_group_id')
          .selectAll('c')
          .where('g.group_id', '=', groupId)
          .where('g.year', '=', year)
          .orderBy('g.position')
          .orderBy('c.position')
          .execute();
  return {
    groups: groups.map((g) => ({ ...g, max_points: g.max_points === null ? null : Number(g.max_points) })),
    criteria: criteria.map((c) => ({
      ...c,
      kind: c.kind,
      min_points: Number(c.min_points),
      max_points: Number(c.max_points),
    })),
  };
}

export async function findCriteriaGroup(db: Db, id: number): Promise<CriteriaGroupRow | undefined> {
  const g = await db
    .selectFrom('cluster_criteria_groups')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return g && { ...g, max_points: g.max_points === null ? null : Number(g.max_points) };
}

export async function findCriterion(
  db: Db,
  id: number,
): Promise<(CriterionRow & { group_id: number; year: number }) | undefined> {
  const c = await db
    .selectFrom('cluster_criteria as c')
    .innerJoin('cluster_criteria_groups as g', 'g.id', 'c.criteria_group_id')
    .selectAll('c')
    .select(['g.group_id', 'g.year'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  return c && { ...c, min_points: Number(c.min_points), max_points: Number(c.max_points) };
}

export async function insertCriteriaGroup(
  db: Db,
  v: { group_id: number; year: number; code: string | null; name: string; max_points: number | null },
): Promise<number> {
  const r = await db
    .insertInto('cluster_criteria_groups')
    .values({
      ...v,
      position: sql<number>`(SELECT COALESCE(max(position), 0) + 1 FROM cluster_criteria_groups WHERE group_id = ${v.group_id} AND year = ${v.year})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateCriteriaGroup(
  db: Db,
  id: number,
  version: number,
  v: { code: string | null; name: string; max_points: number | null },
): Promise<boolean> {
  const r = await db
    .updateTable('cluster_criteria_groups')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteCriteriaGroup(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('cluster_criteria_groups')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export interface CriterionValues {
  code: string | null;
  name: string;
  kind: CriterionKind;
  min_points: number;
  max_points: number;
  evidence_required: string | null;
  indicator_code: string | null;
}

export async function insertCriterion(db: Db, criteriaGroupId: number, v: CriterionValues): Promise<number> {
  const r = await db
    .insertInto('cluster_criteria')
    .values({
      ...v,
      criteria_group_id: criteriaGroupId,
      position: sql<number>`(SELECT COALESCE(max(position), 0) + 1 FROM cluster_criteria WHERE criteria_group_id = ${criteriaGroupId})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Scores already given on a criterion that a new range [min, max] would leave outside. */
export async function scoresOutside(db: Db, criterionId: number, min: number, max: number): Promise<number> {
  const r = await db
    .selectFrom('cluster_scores')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('criterion_id', '=', criterionId)
    .where((eb) => eb.or([eb('points', '<', min), eb('points', '>', max)]))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function updateCriterion(
  db: Db,
  id: number,
  version: number,
  v: CriterionValues,
): Promise<boolean> {
  // The scores' copy of [min, max] follows through the composite foreign key (ON UPDATE CASCADE).
  const r = await db
    .updateTable('cluster_criteria')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteCriterion(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('cluster_criteria')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function commentsOf(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('cluster_criteria_comments as cc')
    .innerJoin('cluster_criteria_groups as g', 'g.id', 'cc.criteria_group_id')
    .innerJoin('agencies as a', 'a.id', 'cc.agency_id')
    .leftJoin('users as u', 'u.id', 'cc.user_id')
    .select([
      'cc.id',
      'cc.criteria_group_id',
      'cc.criterion_id',
      'cc.agency_id',
      'a.name as agency_name',
      'u.display_name as user_name',
      'cc.content',
      'cc.created_at',
    ])
    .where('g.group_id', '=', groupId)
    .where('g.year', '=', year)
    .orderBy('cc.created_at')
    .orderBy('cc.id')
    .execute();
}

export async function insertComment(
  db: Db,
  v: {
    criteria_group_id: number;
    criterion_id: number | null;
    agency_id: number;
    user_id: number;
    content: string;
  },
): Promise<number> {
  return (
    await db.insertInto('cluster_criteria_comments').values(v).returning('id').executeTakeFirstOrThrow()
  ).id;
}

// ── covenant and criteria versions ──

export async function covenantOf(db: Db, groupId: number, year: number) {
  const c = await db
    .selectFrom('covenants')
    .select([
      'id',
      'agency_id',
      'title',
      'content',
      'status',
      sql<string | null>`to_char(signed_on, 'YYYY-MM-DD')`.as('signed_on'),
      'place_name',
      'version',
    ])
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('status', '<>', 'superseded')
    .orderBy(sql`CASE status WHEN 'signed' THEN 0 ELSE 1 END`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!c) return undefined;
  const signatories = await db
    .selectFrom('covenant_signatories as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select([
      's.id',
      's.agency_id',
      'a.name as agency_name',
      's.signer_name',
      's.signer_title',
      's.signed',
      's.position',
    ])
    .where('s.covenant_id', '=', c.id)
    .orderBy('s.position')
    .execute();
  return { ...c, signatories: signatories.map((s) => ({ ...s, agency_id: s.agency_id as number })) };
}
export type ClusterCovenant = NonNullable<Awaited<ReturnType<typeof covenantOf>>>;

export async function insertCovenant(
  db: Db,
  v: {
    agency_id: number;
    group_id: number;
    year: number;
    title: string;
    content: string;
    place_name: string | null;
  },
  signatories: { agency_id: number; signer_name: string | null; signer_title: string | null }[],
): Promise<number> {
  const id = (
    await db
      .insertInto('covenants')
      .values({ ...v, status: 'draft' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  if (signatories.length)
    await db
      .insertInto('covenant_signatories')
      .values(signatories.map((s, i) => ({ covenant_id: id, ...s, position: i + 1 })))
      .execute();
  return id;
}

/** Marks the covenant signed by every signatory on `signedOn` and fixes the criteria groups to it. */
export async function signCovenant(
  db: Db,
  id: number,
  version: number,
  groupId: number,
  year: number,
  signedOn: string,
  signers: { agency_id: number; signer_name: string | null; signer_title: string | null }[],
): Promise<boolean> {
  const r = await db
    .updateTable('covenants')
    .set({ status: 'signed', signed_on: signedOn, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  for (const s of signers)
    await db
      .updateTable('covenant_signatories')
      .set({
        signed: true,
        signer_name: s.signer_name,
        signer_title: s.signer_title,
        version: sql`version + 1`,
      })
      .where('covenant_id', '=', id)
      .where('agency_id', '=', s.agency_id)
      .execute();
  await db.updateTable('covenant_signatories').set({ signed: true }).where('covenant_id', '=', id).execute();
  await db
    .updateTable('cluster_criteria_groups')
    .set({ covenant_id: id })
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .execute();
  return true;
}

export async function setCovenantDocument(db: Db, id: number, fileId: number): Promise<void> {
  await db.updateTable('covenants').set({ file_id: fileId }).where('id', '=', id).execute();
}

export async function criteriaVersions(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('cluster_criteria_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select([
      'v.id',
      'v.version_no',
      'v.reason',
      'v.covenant_id',
      'u.display_name as created_by_name',
      'v.created_at',
    ])
    .where('v.group_id', '=', groupId)
    .where('v.year', '=', year)
    .orderBy('v.version_no')
    .execute();
}

export async function insertCriteriaVersion(
  db: Db,
  v: {
    group_id: number;
    year: number;
    covenant_id: number | null;
    reason: string;
    snapshot: unknown;
    created_by: number;
  },
): Promise<number> {
  const r = await db
    .insertInto('cluster_criteria_versions')
    .values({
      ...v,
      snapshot: JSON.stringify(v.snapshot),
      version_no: sql<number>`(SELECT COALESCE(max(version_no), 0) + 1 FROM cluster_criteria_versions WHERE group_id = ${v.group_id} AND year = ${v.year})`,
    })
    .returning('version_no')
    .executeTakeFirstOrThrow();
  return r.version_no;
}

// ── members, conflicts ──

export async function membersOfYear(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('emulation_group_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.agency_id', 'a.name', 'a.short_name', 'm.role'])
    .where('m.group_id', '=', groupId)
    .where('m.year', '=', year)
    .orderBy(sql`CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END`)
    .orderBy('a.name')
    .orderBy('m.agency_id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOfYear>>[number];

export async function conflictsOf(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('cluster_conflicts as c')
    .innerJoin('agencies as a', 'a.id', 'c.scorer_agency_id')
    .innerJoin('agencies as b', 'b.id', 'c.scored_agency_id')
    .select([
      'c.id',
      'c.scorer_agency_id',
      'a.name as scorer_name',
      'c.scored_agency_id',
      'b.name as scored_name',
      'c.reason',
    ])
    .where('c.group_id', '=', groupId)
    .where('c.year', '=', year)
    .orderBy('c.id')
    .execute();
}

export async function insertConflict(
  db: Db,
  v: { group_id: number; year: number; scorer_agency_id: number; scored_agency_id: number; reason: string },
): Promise<number | null> {
  const r = await db
    .insertInto('cluster_conflicts')
    .values(v)
    .onConflict((oc) => oc.columns(['group_id', 'year', 'scorer_agency_id', 'scored_agency_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

// ── sheets and scores ──

const sheetColumns = [
  's.id',
  's.group_id',
  's.year',
  's.scored_agency_id',
  'sa.name as scored_name',
  's.scorer_kind',
  's.scorer_agency_id',
  'ra.name as scorer_name',
  's.status',
  's.total',
  's.submitted_at',
  's.returned_reason',
  's.published_at',
  's.updated_at',
  's.version',
] as const;

export interface SheetFilter {
  /** Every sheet (the system administrator). */
  all: boolean;
  /** Agencies the reader acts for: the sheets they write are visible in every state. */
  writerIds: readonly number[];
  /** Leader, deputy, reviewer: every sheet once it left its scorer's drafting; members: those about them. */
  readSubmitted: boolean;
  scoredAgencyId?: number | undefined;
  scorerKind?: ScorerKind | undefined;
}

export async function listSheets(db: Db, groupId: number, year: number, f: SheetFilter) {
  let q = db
    .selectFrom('cluster_score_sheets as s')
    .innerJoin('agencies as sa', 'sa.id', 's.scored_agency_id')
    .innerJoin('agencies as ra', 'ra.id', 's.scorer_agency_id')
    .select([...sheetColumns])
    .where('s.group_id', '=', groupId)
    .where('s.year', '=', year);
  if (!f.all) {
    // A member reads the sheets it writes, in every state, and the sheets about itself once they left
    // their scorer's drafting (submitted or later) — never another member's draft. Leader, deputy and
    // reviewer read every sheet but drafts (a returned sheet included).
    const ids = f.writerIds;
    const submitted = f.readSubmitted;
    q = q.where((eb) =>
      eb.or([
        inList(sql.ref('s.scorer_agency_id'), ids),
        submitted
          ? eb('s.status', '<>', 'draft')
          : eb.and([
              inList(sql.ref('s.scored_agency_id'), ids),
              eb('s.status', 'not in', ['draft', 'returned']),
            ]),
      ]),
    );
  }
  if (f.scoredAgencyId !== undefined) q = q.where('s.scored_agency_id', '=', f.scoredAgencyId);
  if (f.scorerKind !== undefined) q = q.where('s.scorer_kind', '=', f.scorerKind);
  const rows = await q
    .orderBy(sql`CASE s.scorer_kind WHEN 'self' THEN 0 WHEN 'leader' THEN 1 ELSE 2 END`)
    .orderBy('sa.name')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ ...r, total: r.total === null ? null : Number(r.total) }));
}
export type SheetRow = Awaited<ReturnType<typeof listSheets>>[number];

export async function findSheet(db: Db, id: number): Promise<SheetRow | undefined> {
  const r = await db
    .selectFrom('cluster_score_sheets as s')
    .innerJoin('agencies as sa', 'sa.id', 's.scored_agency_id')
    .innerJoin('agencies as ra', 'ra.id', 's.scorer_agency_id')
    .select([...sheetColumns])
    .where('s.id', '=', id)
    .executeTakeFirst();
  return r && { ...r, total: r.total === null ? null : Number(r.total) };
}

/** Creates the sheets that do not exist yet (one statement); existing sheets are left as they are. */
export async function ensureSheets(
  db: Db,
  groupId: number,
  year: number,
  sheets: { scored_agency_id: number; scorer_kind: ScorerKind; scorer_agency_id: number }[],
): Promise<number> {
  if (sheets.length === 0) return 0;
  const r = await db
    .insertInto('cluster_score_sheets')
    .values(sheets.map((s) => ({ group_id: groupId, year, ...s })))
    .onConflict((oc) =>
      oc.columns(['group_id', 'year', 'scored_agency_id', 'scorer_kind', 'scorer_agency_id']).doNothing(),
    )
    .returning('id')
    .execute();
  return r.length;
}

/** Removes a cross sheet not yet submitted (a conflict declared after the sheets were opened). */
export async function deleteDraftCrossSheet(
  db: Db,
  groupId: number,
  year: number,
  scorerAgencyId: number,
  scoredAgencyId: number,
): Promise<number> {
  const r = await db
    .deleteFrom('cluster_score_sheets')
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('scorer_kind', '=', 'cross')
    .where('scorer_agency_id', '=', scorerAgencyId)
    .where('scored_agency_id', '=', scoredAgencyId)
    .where('status', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function scoresOf(db: Db, sheetIds: readonly number[]) {
  if (sheetIds.length === 0) return [];
  const rows = await db
    .selectFrom('cluster_scores as sc')
    .leftJoin('files as f', 'f.id', 'sc.evidence_file_id')
    .select([
      'sc.id',
      'sc.sheet_id',
      'sc.criterion_id',
      'sc.points',
      'sc.evidence',
      'sc.evidence_url',
      'sc.evidence_file_id',
      'f.name as evidence_file_name',
      'sc.evidence_indicator_id',
      'sc.note',
      'sc.version',
    ])
    .where(inList(sql.ref('sc.sheet_id'), sheetIds))
    .orderBy('sc.sheet_id')
    .orderBy('sc.criterion_id')
    .execute();
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}
export type ScoreRow = Awaited<ReturnType<typeof scoresOf>>[number];

export interface ScoreValues {
  criterion_id: number;
  min_points: number;
  max_points: number;
  points: number;
  evidence: string | null;
  evidence_url: string | null;
  evidence_indicator_id: number | null;
  note: string | null;
}

/** Writes the scores of a sheet (insert or update each criterion's row) in one statement. */
export async function upsertScores(db: Db, sheetId: number, scores: ScoreValues[]): Promise<void> {
  if (scores.length === 0) return;
  await db
    .insertInto('cluster_scores')
    .values(scores.map((s) => ({ sheet_id: sheetId, ...s })))
    .onConflict((oc) =>
      oc.columns(['sheet_id', 'criterion_id']).doUpdateSet((eb) => ({
        points: eb.ref('excluded.points'),
        evidence: eb.ref('excluded.evidence'),
        evidence_url: eb.ref('excluded.evidence_url'),
        evidence_indicator_id: eb.ref('excluded.evidence_indicator_id'),
        note: eb.ref('excluded.note'),
        updated_at: new Date(),
        version: sql`cluster_scores.version + 1`,
      })),
    )
    .execute();
}

export async function setScoreFile(
  db: Db,
  sheetId: number,
  criterionId: number,
  fileId: number,
): Promise<boolean> {
  const r = await db
    .updateTable('cluster_scores')
    .set({ evidence_file_id: fileId, updated_at: new Date(), version: sql`version + 1` })
    .where('sheet_id', '=', sheetId)
    .where('criterion_id', '=', criterionId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function scoreFile(db: Db, sheetId: number, criterionId: number) {
  return db
    .selectFrom('cluster_scores as sc')
    .innerJoin('files as f', 'f.id', 'sc.evidence_file_id')
    .select(['f.name', 'f.mime', 'f.content'])
    .where('sc.sheet_id', '=', sheetId)
    .where('sc.criterion_id', '=', criterionId)
    .executeTakeFirst();
}

/** Recomputes the stored total of a sheet from its scores and bumps its version (optimistic check). */
export async function touchSheet(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .updateTable('cluster_score_sheets')
    .set({
      total: sql`(SELECT COALESCE(sum(points), 0) FROM cluster_scores WHERE sheet_id = ${id})`,
      updated_at: new Date(),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves the given sheets from one of `from` to `to` (with their step rows); returns the ids moved. */
export async function moveSheets(
  db: Db,
  ids: readonly number[],
  from: readonly SheetStatus[],
  to: SheetStatus,
  step: {
    action: 'submit' | 'return' | 'score' | 'confirm' | 'publish';
    reason: string | null;
    user_id: number;
    at: Date;
  },
): Promise<number[]> {
  if (ids.length === 0) return [];
  const before = await db
    .selectFrom('cluster_score_sheets')
    .select(['id', 'status'])
    .where(inList(sql.ref('id'), ids))
    .where('status', 'in', [...from])
    .execute();
  if (before.length === 0) return [];
  const moved = before.map((b) => b.id);
  await db
    .updateTable('cluster_score_sheets')
    .set({
      status: to,
      updated_at: step.at,
      version: sql`version + 1`,
      total: sql`(SELECT COALESCE(sum(points), 0) FROM cluster_scores WHERE sheet_id = cluster_score_sheets.id)`,
      ...(to === 'submitted' ? { submitted_at: step.at, returned_reason: null } : {}),
      ...(to === 'returned' ? { returned_reason: step.reason } : {}),
      ...(to === 'published' ? { published_at: step.at } : {}),
    })
    .where(inList(sql.ref('id'), moved))
    .execute();
  await db
    .insertInto('cluster_score_sheet_events')
    .values(
      before.map((b) => ({
        sheet_id: b.id,
        action: step.action,
        from_status: b.status,
        to_status: to,
        reason: step.reason,
        user_id: step.user_id,
        at: step.at,
      })),
    )
    .execute();
  return moved;
}

export async function eventsOf(db: Db, sheetIds: readonly number[]) {
  if (sheetIds.length === 0) return [];
  return db
    .selectFrom('cluster_score_sheet_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.id',
      'e.sheet_id',
      'e.action',
      'e.from_status',
      'e.to_status',
      'e.reason',
      'u.display_name as user_name',
      'e.at',
    ])
    .where(inList(sql.ref('e.sheet_id'), sheetIds))
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** The last published moment of the year, if any (every write after it is refused). */
export async function publishedAt(db: Db, groupId: number, year: number): Promise<Date | null> {
  const r = await db
    .selectFrom('cluster_results')
    .select(sql<Date | null>`max(published_at)`.as('at'))
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return r?.at ?? null;
}

/** Indicator figures of the scored agencies for the criteria that reference an indicator code. */
export async function indicatorEvidence(
  db: Db,
  agencyIds: readonly number[],
  year: number,
  codes: readonly string[],
) {
  if (agencyIds.length === 0 || codes.length === 0) return [];
  const rows = await db
    .selectFrom('indicators as i')
    .select([
      'i.id',
      'i.agency_id',
      'i.code',
      'i.name',
      'i.unit',
      'i.plan_value',
      'i.precision',
      sql<number | null>`(
        SELECT CASE WHEN i.aggregation = 'sum' THEN sum(x.v) ELSE (array_agg(x.v ORDER BY x.month DESC))[1] END
        FROM (
          SELECT DISTINCT ON (iv.month) iv.month, COALESCE(iv.value, iv.reported_cumulative) AS v
          FROM indicator_values iv WHERE iv.indicator_id = i.id
          ORDER BY iv.month, CASE iv.kind WHEN 'actual' THEN 0 ELSE 1 END
        ) x)`.as('value'),
      sql<number | null>`(SELECT max(iv.month) FROM indicator_values iv WHERE iv.indicator_id = i.id)`.as(
        'last_month',
      ),
    ])
    .where(inList(sql.ref('i.agency_id'), agencyIds))
    .where('i.year', '=', year)
    .where('i.code', 'in', [...codes])
    .execute();
  return rows.map((r) => ({
    ...r,
    plan_value: r.plan_value === null ? null : Number(r.plan_value),
    value: r.value === null ? null : Number(r.value),
  }));
}

// ── meeting votes on the ranking ──

export async function rankingVotes(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('cluster_meeting_votes as v')
    .innerJoin('cluster_meetings as m', 'm.id', 'v.meeting_id')
    .leftJoin('agencies as a', 'a.id', 'v.agency_id')
    .select([
      'v.id',
      'v.meeting_id',
      sql<string | null>`to_char(m.held_on, 'YYYY-MM-DD')`.as('held_on'),
      'v.subject',
      'v.agency_id',
      'a.name as agency_name',
      'v.votes_for',
      'v.votes_against',
      'v.votes_total',
      'v.passed',
    ])
    .where('m.group_id', '=', groupId)
    .where('m.year', '=', year)
    .where('v.subject', 'in', ['ranking', 'flag'])
    .orderBy('m.held_on')
    .orderBy('v.id')
    .execute();
}

export async function insertRankingMeeting(
  db: Db,
  m: {
    group_id: number;
    year: number;
    held_on: string;
    host_agency_id: number | null;
    form: 'truc-tiep' | 'truc-tuyen' | 'van-ban';
    present_count: number;
    minutes: string | null;
  },
  votes: {
    subject: 'ranking' | 'flag';
    agency_id: number | null;
    votes_for: number;
    votes_against: number;
    votes_total: number;
    passed: boolean;
  }[],
): Promise<number> {
  const id = (
    await db
      .insertInto('cluster_meetings')
      .values({ ...m, kind: 'tong-ket' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  if (votes.length)
    await db
      .insertInto('cluster_meeting_votes')
      .values(votes.map((v) => ({ meeting_id: id, ...v })))
      .execute();
  return id;
}

// ── results and proposals ──

export async function resultsOf(db: Db, groupId: number, year: number) {
  const rows = await db
    .selectFrom('cluster_results as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .leftJoin('proposals as p', 'p.id', 'r.proposal_id')
    .select([
      'r.id',
      'r.agency_id',
      'a.name as agency_name',
      'r.total',
      'r.rank',
      'r.tie_break',
      'r.proposed_code',
      'r.proposal_id',
      'p.status as proposal_status',
      'r.status',
      'r.published_at',
      'r.version',
    ])
    .where('r.group_id', '=', groupId)
    .where('r.year', '=', year)
    .orderBy('r.rank')
    .execute();
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}
export type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];

export async function replaceResults(
  db: Db,
  groupId: number,
  year: number,
  rows: {
    agency_id: number;
    total: number;
    rank: number;
    tie_break: string | null;
    proposed_code:
      'co-thi-dua-cap-tinh' | 'co-thi-dua-chinh-phu' | 'bang-khen-cap-tinh' | 'bang-khen-thu-tuong' | null;
    status: 'draft' | 'confirmed' | 'published';
  }[],
): Promise<void> {
  await db.deleteFrom('cluster_results').where('group_id', '=', groupId).where('year', '=', year).execute();
  if (rows.length)
    await db
      .insertInto('cluster_results')
      .values(rows.map((r) => ({ group_id: groupId, year, ...r })))
      .execute();
}

export async function publishResults(db: Db, groupId: number, year: number, at: Date): Promise<number> {
  const r = await db
    .updateTable('cluster_results')
    .set({ status: 'published', published_at: at, version: sql`version + 1` })
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function linkProposal(db: Db, resultIds: readonly number[], proposalId: number): Promise<void> {
  if (resultIds.length === 0) return;
  await db
    .updateTable('cluster_results')
    .set({ proposal_id: proposalId, version: sql`version + 1` })
    .where(inList(sql.ref('id'), resultIds))
    .execute();
}

/**
 * The deciding authority of a proposal made for a Ministry cluster: the Minister (Cờ thi đua, Bằng khen of the
 * Ministry — rules.md §9.2), where the proposals module maps the cấp-tỉnh forms to the provincial chairman.
 */
export async function setProposalAuthority(db: Db, id: number, authority: 'bo-truong'): Promise<void> {
  await db.updateTable('proposals').set({ authority }).where('id', '=', id).execute();
}

export async function proposalsOf(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('proposals as p')
    .select(['p.id', 'p.code', 'p.title', 'p.status', 'p.authority'])
    .where(inList(sql.ref('p.id'), ids))
    .orderBy('p.id')
    .execute();
}
