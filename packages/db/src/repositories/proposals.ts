// Proposals (đề nghị khen thưởng): the proposal, its candidates with their verdict snapshots, the dossier
// checklist with its files, the dated workflow steps and the comments of the public-disclosure window.
// Scope is applied in SQL: `agencyIds` is the list of agencies the caller may see ('all' for admins).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';
import type {
  Authority,
  AwardCodeOrOther,
  CommendationKind,
  DossierItemKind,
  ProposalStatus,
  Regime,
  SubjectKind,
} from '../schema-cycle.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type AgencyScope = readonly number[] | 'all';

export interface ProposalValues {
  agency_id: number;
  year: number;
  kind: CommendationKind;
  code: AwardCodeOrOther;
  other_name: string | null;
  authority: Authority;
  procedure: 'normal' | 'simplified';
  regime: Regime | null;
  title: string;
  achievement_from: number | null;
  achievement_to: number | null;
  group_id: number | null;
  movement_id: number | null;
  session_id: number | null;
  publication_url: string | null;
  publication_from: string | null;
  publication_to: string | null;
}

export interface ProposalFilter {
  year?: number | undefined;
  status?: ProposalStatus | undefined;
  authority?: Authority | undefined;
  code?: AwardCodeOrOther | undefined;
}

function base(db: Db) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('emulation_groups as g', 'g.id', 'p.group_id')
    .select([
      'p.id',
      'p.agency_id',
      'a.name as agency_name',
      'p.year',
      'p.kind',
      'p.code',
      'p.other_name',
      'p.authority',
      'p.procedure',
      'p.regime',
      'p.title',
      'p.achievement_from',
      'p.achievement_to',
      'p.status',
      'p.status_since',
      'p.returned_reason',
      'p.sent_on',
      'p.sent_to',
      'p.group_id',
      'g.name as group_name',
      'p.movement_id',
      'p.session_id',
      'p.publication_url',
      'p.publication_from',
      'p.publication_to',
      'p.created_by',
      'p.created_at',
      'p.updated_at',
      'p.version',
      (eb) =>
        eb
          .selectFrom('proposal_candidates as c')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('c.proposal_id', '=', 'p.id')
          .as('candidate_count'),
      (eb) =>
        eb
          .selectFrom('dossier_items as d')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('d.proposal_id', '=', 'p.id')
          .where('d.required', '=', true)
          .where('d.status', '=', 'missing')
          .as('missing_count'),
      (eb) =>
        eb
          .selectFrom('proposal_candidates as c')
          .select(sql<string>`string_agg(c.display_name, '; ' ORDER BY c.position)`.as('names'))
          .whereRef('c.proposal_id', '=', 'p.id')
          .as('candidate_names'),
    ]);
}

/**
 * Who sees a proposal: the agency's officers, council members and reviewers (agencyIds), a cluster leader the
 * cluster's (groupIds), a unit head those naming their unit or one of its people (unitIds), and its author.
 */
export type ProposalScope =
  | 'all'
  | {
      agencyIds: readonly number[];
      groupIds: readonly number[];
      unitIds: readonly number[];
      userId: number;
    };

function scoped(q: ReturnType<typeof base>, s: ProposalScope): ReturnType<typeof base> {
  if (s === 'all') return q;
  return q.where((eb) =>
    eb.or([
      eb('p.created_by', '=', s.userId),
      ...(s.agencyIds.length ? [eb('p.agency_id', 'in', s.agencyIds)] : []),
      ...(s.groupIds.length ? [eb('p.group_id', 'in', s.groupIds)] : []),
      ...(s.unitIds.length
        ? [
            eb.exists(
              eb
                .selectFrom('proposal_candidates as sc')
                .leftJoin('people as sp', 'sp.id', 'sc.person_id')
                .select(sql<number>`1`.as('one'))
                .whereRef('sc.proposal_id', '=', 'p.id')
                .where((e) => e.or([e('sc.unit_id', 'in', s.unitIds), e('sp.unit_id', 'in', s.unitIds)])),
            ),
          ]
        : []),
    ]),
  );
}

export async function listProposals(db: Db, scope: ProposalScope, f: ProposalFilter) {
  let q = scoped(base(db), scope);
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  if (f.status !== undefined) q = q.where('p.status', '=', f.status);
  if (f.authority !== undefined) q = q.where('p.authority', '=', f.authority);
  if (f.code !== undefined) q = q.where('p.code', '=', f.code);
  const rows = await q.orderBy('p.year', 'desc').orderBy('p.id', 'desc').execute();
  return rows.map(normalise);
}

function normalise<T extends { candidate_count: unknown; missing_count: unknown }>(r: T) {
  return {
    ...r,
    candidate_count: Number(r.candidate_count ?? 0),
    missing_count: Number(r.missing_count ?? 0),
  };
}

export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

export async function findProposal(
  db: Db,
  id: number,
  scope: ProposalScope = 'all',
): Promise<ProposalRow | undefined> {
  const r = await scoped(base(db), scope).where('p.id', '=', id).executeTakeFirst();
  return r ? normalise(r) : undefined;
}

/** Proposals sent to a higher level and not yet decided, oldest first (the pending board). */
export async function pendingProposals(db: Db, scope: ProposalScope) {
  const q = scoped(base(db), scope).where('p.status', '=', 'sent');
  return (await q.orderBy('p.sent_on').orderBy('p.id').execute()).map(normalise);
}

export async function insertProposal(db: Db, v: ProposalValues & { created_by: number | null }) {
  return (await db.insertInto('proposals').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Update with the optimistic version check; false when the row moved on (or is gone). */
export async function updateProposal(
  db: Db,
  id: number,
  version: number,
  v: Partial<ProposalValues> & {
    status?: ProposalStatus;
    status_since?: Date;
    returned_reason?: string | null;
    sent_on?: string | null;
    sent_to?: string | null;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('proposals')
    .set({ ...v, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------------------------------------------------------------- candidates

export interface CandidateValues {
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  display_name: string;
  position_title: string | null;
  achievement_summary: string | null;
  eligibility: unknown;
  vote: unknown;
  council_candidate_id: number | null;
  note: string | null;
}

export async function candidatesOf(db: Db, proposalIds: readonly number[]) {
  if (proposalIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposal_candidates as c')
    .leftJoin('people as pe', 'pe.id', 'c.person_id')
    .leftJoin('units as u', (j) => j.on(sql<boolean>`u.id = coalesce(c.unit_id, pe.unit_id)`))
    .select([
      'c.id',
      'c.proposal_id',
      'c.position',
      'c.subject_kind',
      'c.person_id',
      'c.unit_id',
      'c.agency_id',
      'c.display_name',
      'c.position_title',
      'c.achievement_summary',
      'c.eligibility',
      'c.vote',
      'c.council_candidate_id',
      'c.status',
      'c.note',
      'u.name as unit_name',
    ])
    .where('c.proposal_id', 'in', proposalIds)
    .orderBy('c.proposal_id')
    .orderBy('c.position')
    .execute();
  return rows;
}
export type CandidateRow = Awaited<ReturnType<typeof candidatesOf>>[number];

export async function replaceCandidates(db: Db, proposalId: number, cs: readonly CandidateValues[]) {
  await db.deleteFrom('proposal_candidates').where('proposal_id', '=', proposalId).execute();
  if (cs.length === 0) return;
  await db
    .insertInto('proposal_candidates')
    .values(
      cs.map((c, i) => ({
        ...c,
        proposal_id: proposalId,
        position: i + 1,
        eligibility:
          c.eligibility === null || c.eligibility === undefined ? null : JSON.stringify(c.eligibility),
        vote: c.vote === null || c.vote === undefined ? null : JSON.stringify(c.vote),
      })),
    )
    .execute();
}

/** People of the given ids with their unit and position (for candidate names and titles). */
export async function peopleForCandidates(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('people as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.full_name',
      'p.gender',
      'p.position',
      'p.agency_id',
      'p.unit_id',
      'u.name as unit_name',
    ])
    .where('p.id', 'in', ids)
    .execute();
}

export async function unitsForCandidates(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('units').select(['id', 'name', 'agency_id']).where('id', 'in', ids).execute();
}

export async function agenciesForCandidates(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', ids).execute();
}

/**
 * The candidates a council session elected (passed, in any round) for one title: what a proposal imports
 * from "Hội đồng đã bình xét". Read directly from council_candidates/council_rounds.
 */
export async function electedInSession(db: Db, sessionId: number, code: AwardCodeOrOther) {
  return db
    .selectFrom('council_candidates as cc')
    .innerJoin('council_rounds as r', 'r.id', 'cc.round_id')
    .innerJoin('council_sessions as s', 's.id', 'r.session_id')
    .select([
      'cc.id',
      'cc.subject_kind',
      'cc.person_id',
      'cc.unit_id',
      'cc.agency_id',
      'cc.yes_count',
      'cc.no_count',
      'cc.abstain_count',
      'cc.threshold_base',
      'cc.threshold_share',
      'cc.result',
      'r.round_no',
      's.agency_id as session_agency_id',
    ])
    .where('r.session_id', '=', sessionId)
    .where('cc.code', '=', code)
    .where('cc.result', '=', 'passed')
    .orderBy('cc.position')
    .execute();
}

/** Council sessions of the agencies with the number of candidates passed per form (the wizard's import). */
export async function sessionsWithElected(db: Db, agencies: AgencyScope, year?: number) {
  if (agencies !== 'all' && agencies.length === 0) return [];
  let q = db
    .selectFrom('council_sessions as s')
    .innerJoin('councils as c', 'c.id', 's.council_id')
    .innerJoin('council_rounds as r', 'r.session_id', 's.id')
    .innerJoin('council_candidates as cc', 'cc.round_id', 'r.id')
    .select([
      's.id',
      's.year',
      's.held_on',
      'c.name as council_name',
      'cc.code',
      (eb) => eb.fn.countAll<number>().as('passed'),
    ])
    .where('cc.result', '=', 'passed')
    .where('s.purpose', '=', 'binh-xet')
    .groupBy(['s.id', 's.year', 's.held_on', 'c.name', 'cc.code'])
    .orderBy('s.year', 'desc')
    .orderBy('s.id', 'desc');
  if (agencies !== 'all') q = q.where('s.agency_id', 'in', agencies);
  if (year !== undefined) q = q.where('s.year', '=', year);
  return (await q.execute()).map((r) => ({ ...r, passed: Number(r.passed) }));
}

export async function sessionAgency(db: Db, sessionId: number) {
  return db
    .selectFrom('council_sessions')
    .select(['id', 'agency_id', 'held_on'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- dossier

export async function dossierOf(db: Db, proposalId: number) {
  return db
    .selectFrom('dossier_items as d')
    .leftJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.kind',
      'd.label',
      'd.required',
      'd.copies',
      'd.status',
      'd.file_id',
      'f.name as file_name',
      'f.size as file_size',
      'd.note',
      'd.updated_at',
      'd.version',
    ])
    .where('d.proposal_id', '=', proposalId)
    .orderBy('d.id')
    .execute();
}
export type DossierRow = Awaited<ReturnType<typeof dossierOf>>[number];

export async function insertDossierItems(
  db: Db,
  proposalId: number,
  items: readonly { kind: DossierItemKind; label: string; copies: number; required: boolean }[],
) {
  if (items.length === 0) return;
  await db
    .insertInto('dossier_items')
    .values(items.map((i) => ({ ...i, proposal_id: proposalId })))
    .execute();
}

export async function deleteDossierItems(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('dossier_items').where('id', 'in', ids).execute();
}

export async function setDossierFile(
  db: Db,
  itemId: number,
  v: { status: 'uploaded' | 'generated' | 'waived' | 'missing'; file_id: number | null; note: string | null },
) {
  await db
    .updateTable('dossier_items')
    .set({ ...v, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', itemId)
    .execute();
}

export async function dossierFile(db: Db, proposalId: number, itemId: number) {
  return db
    .selectFrom('dossier_items as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['f.name', 'f.mime', 'f.content'])
    .where('d.proposal_id', '=', proposalId)
    .where('d.id', '=', itemId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- steps and comments

export async function insertStep(
  db: Db,
  v: {
    proposal_id: number;
    from_status: ProposalStatus | null;
    to_status: ProposalStatus;
    on_date: string;
    user_id: number | null;
    reason: string | null;
  },
) {
  await db.insertInto('proposal_steps').values(v).execute();
}

export async function stepsOf(db: Db, proposalId: number) {
  return db
    .selectFrom('proposal_steps as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.from_status',
      's.to_status',
      's.at',
      's.on_date',
      's.reason',
      'u.display_name as user_name',
    ])
    .where('s.proposal_id', '=', proposalId)
    .orderBy('s.at')
    .orderBy('s.id')
    .execute();
}

export async function commentsOf(db: Db, proposalId: number) {
  return db
    .selectFrom('proposal_comments as c')
    .leftJoin('proposal_candidates as pc', 'pc.id', 'c.candidate_id')
    .select([
      'c.id',
      'c.candidate_id',
      'pc.display_name as candidate_name',
      'c.received_on',
      'c.author',
      'c.content',
      'c.response',
      'c.version',
    ])
    .where('c.proposal_id', '=', proposalId)
    .orderBy('c.received_on')
    .orderBy('c.id')
    .execute();
}

export async function insertComment(
  db: Db,
  v: {
    proposal_id: number;
    candidate_id: number | null;
    received_on: string;
    author: string | null;
    content: string;
    response: string | null;
  },
) {
  return (await db.insertInto('proposal_comments').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function agencyHeader(db: Db, agencyId: number) {
  return db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'parent_name', 'place_name', 'symbol'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
}

/** The agency's director and deputies (for the tờ trình signature). */
export async function agencyLeaders(db: Db, agencyId: number) {
  return db
    .selectFrom('people')
    .select(['id', 'full_name', 'position'])
    .where('agency_id', '=', agencyId)
    .where('is_leader', '=', true)
    .where('end_date', 'is', null)
    .orderBy('id')
    .execute();
}
