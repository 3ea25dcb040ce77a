// Quyết định khen thưởng and their recipients (received, the agency's own, imported from the past), and the
// award history read through the award_history view. Scope is applied in SQL: a decision is visible to
// whoever may read its agency's records, or one of its recipients (a unit head: their unit's people and the
// unit; staff: themselves).
import { sql, type Expression, type SqlBool } from 'kysely';
import type { AwardCodeOrOther, Authority, CommendationKind, SubjectKind } from '../schema-cycle.ts';
import { inList, type Db, type OrgScope } from './scope.ts';

export type DecisionSource = 'own' | 'received' | 'imported';
export type DecisionStatus = 'draft' | 'in-force' | 'annulled';

export interface DecisionFilter {
  agencyIds?: number[] | undefined;
  year?: number | undefined;
  authority?: Authority | undefined;
  code?: AwardCodeOrOther | undefined;
  status?: DecisionStatus | undefined;
  source?: DecisionSource | undefined;
  q?: string | undefined;
}

/** `d` (decisions) is visible in the scope. */
function decisionInScope(s: OrgScope): Expression<SqlBool> {
  if (s.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${inList(sql.ref('d.agency_id'), s.agencyIds)} OR EXISTS (
    SELECT 1 FROM decision_recipients sr LEFT JOIN people sp ON sp.id = sr.person_id
    WHERE sr.decision_id = d.id AND (${inList(sql.ref('sr.unit_id'), s.unitIds)}
      OR ${inList(sql.ref('sp.unit_id'), s.unitIds)} OR ${inList(sql.ref('sr.person_id'), s.personIds)})))`;
}

export async function listDecisions(db: Db, scope: OrgScope, f: DecisionFilter) {
  let q = db
    .selectFrom('decisions as d')
    .select([
      'd.id',
      'd.agency_id',
      'd.source',
      'd.authority',
      'd.issuer_name',
      'd.number',
      'd.symbol',
      'd.decided_on',
      'd.year',
      'd.kind',
      'd.code',
      'd.other_name',
      'd.achievement_from',
      'd.achievement_to',
      'd.proposal_id',
      'd.document_id',
      'd.file_id',
      'd.status',
      'd.annulled_on',
      'd.annulled_reason',
      'd.annulled_by_ref',
      'd.version',
      sql<number>`(SELECT count(*) FROM decision_recipients r WHERE r.decision_id = d.id)::int`.as(
        'recipient_count',
      ),
      sql<string | null>`(SELECT string_agg(r.display_name, ', ' ORDER BY r.position, r.id)
        FROM (SELECT display_name, position, id FROM decision_recipients WHERE decision_id = d.id
              ORDER BY position, id LIMIT 4) r)`.as('recipient_names'),
    ])
    .where(decisionInScope(scope));
  if (f.agencyIds) q = q.where(inList(sql.ref('d.agency_id'), f.agencyIds));
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.authority) q = q.where('d.authority', '=', f.authority);
  if (f.code) q = q.where('d.code', '=', f.code);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.source) q = q.where('d.source', '=', f.source);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb('d.number', 'ilike', like),
        eb('d.issuer_name', 'ilike', like),
        eb.exists(
          eb
            .selectFrom('decision_recipients as qr')
            .select(sql`1`.as('x'))
            .whereRef('qr.decision_id', '=', 'd.id')
            .where('qr.display_name', 'ilike', like),
        ),
      ]),
    );
  }
  return q
    .orderBy('d.year', 'desc')
    .orderBy(sql`d.decided_on DESC NULLS LAST`)
    .orderBy('d.id', 'desc')
    .execute();
}

export async function findDecision(db: Db, id: number, scope: OrgScope) {
  return db
    .selectFrom('decisions as d')
    .selectAll('d')
    .where('d.id', '=', id)
    .where(decisionInScope(scope))
    .executeTakeFirst();
}

export async function decisionExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('decisions').select('id').where('id', '=', id).executeTakeFirst());
}

export async function recipientsOf(db: Db, decisionId: number) {
  return db
    .selectFrom('decision_recipients as r')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('units as pu', 'pu.id', 'p.unit_id')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('agencies as a', 'a.id', 'r.agency_id')
    .select([
      'r.id',
      'r.position',
      'r.subject_kind',
      'r.person_id',
      'r.unit_id',
      'r.agency_id',
      'r.display_name',
      'r.position_title',
      'r.achievement_from',
      'r.achievement_to',
      'r.reward_amount',
      'r.status',
      'r.annulled_on',
      'r.annulled_reason',
      'r.version',
      'p.code as person_code',
      sql<string | null>`COALESCE(pu.name, u.name, a.name)`.as('unit_name'),
    ])
    .where('r.decision_id', '=', decisionId)
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
}

export interface DecisionValues {
  agency_id: number;
  source: DecisionSource;
  authority: Authority;
  issuer_name: string | null;
  number: string | null;
  symbol: string | null;
  decided_on: string | null;
  year: number;
  kind: CommendationKind;
  code: AwardCodeOrOther;
  other_name: string | null;
  achievement_from: number | null;
  achievement_to: number | null;
  proposal_id: number | null;
  document_id: number | null;
  file_id: number | null;
}

export interface RecipientValues {
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  display_name: string;
  position_title: string | null;
  achievement_from: number | null;
  achievement_to: number | null;
  proposal_candidate_id: number | null;
  reward_amount: number | null;
}

export async function insertDecision(db: Db, v: DecisionValues, recipients: readonly RecipientValues[]) {
  const row = await db.insertInto('decisions').values(v).returning('id').executeTakeFirstOrThrow();
  if (recipients.length)
    await db
      .insertInto('decision_recipients')
      .values(recipients.map((r, i) => ({ ...r, decision_id: row.id, position: i + 1 })))
      .execute();
  return row.id;
}

/** Annuls a decision (optimistic: false when the version moved). */
export async function annulDecision(
  db: Db,
  id: number,
  version: number,
  v: { annulled_on: string; annulled_reason: string; annulled_by_ref: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('decisions')
    .set({ ...v, status: 'annulled', updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '<>', 'annulled')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function annulRecipient(
  db: Db,
  decisionId: number,
  recipientId: number,
  version: number,
  v: { annulled_on: string; annulled_reason: string },
): Promise<boolean> {
  const r = await db
    .updateTable('decision_recipients')
    .set({ ...v, status: 'annulled', version: sql`version + 1` })
    .where('id', '=', recipientId)
    .where('decision_id', '=', decisionId)
    .where('version', '=', version)
    .where('status', '<>', 'annulled')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setDecisionFile(db: Db, id: number, fileId: number): Promise<void> {
  await db
    .updateTable('decisions')
    .set({ file_id: fileId, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export type HistorySubject = { personId: number } | { unitId: number } | { agencyId: number };

/** The award history of one subject (every decision that names it, annulled ones included). */
export async function historyOf(db: Db, s: HistorySubject) {
  let q = db
    .selectFrom('award_history as h')
    .select([
      'h.recipient_id',
      'h.decision_id',
      'h.subject_kind',
      'h.person_id',
      'h.unit_id',
      'h.agency_id',
      'h.display_name',
      'h.code',
      'h.other_name',
      'h.category',
      'h.kind',
      'h.authority',
      'h.issuer_name',
      'h.source',
      'h.number',
      'h.symbol',
      'h.decided_on',
      'h.period_from',
      'h.period_to',
      'h.year',
      'h.status',
      'h.annulled_on',
      'h.annulled_reason',
    ]);
  if ('personId' in s) q = q.where('h.person_id', '=', s.personId);
  else if ('unitId' in s) q = q.where('h.unit_id', '=', s.unitId);
  else q = q.where('h.agency_id', '=', s.agencyId);
  return q
    .orderBy('h.year', 'desc')
    .orderBy(sql`h.decided_on DESC NULLS LAST`)
    .orderBy('h.recipient_id', 'desc')
    .execute();
}

/** People of an agency for matching an import: by code, or by folded name + birth date. */
export async function peopleForMatching(db: Db, agencyId: number) {
  return db
    .selectFrom('people as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.code',
      'p.full_name',
      'p.search_text',
      'p.birth_date',
      'p.position',
      'p.unit_id',
      'u.name as unit_name',
    ])
    .where('p.agency_id', '=', agencyId)
    .orderBy('p.sort_key')
    .execute();
}
