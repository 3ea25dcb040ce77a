// The only path from cluster-scoring rows to JSON (camelCase, numbers as numbers, dates 'YYYY-MM-DD').
import { z } from 'zod';
import type * as repo from '../../../../../packages/db/src/repositories/cluster-scoring.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import {
  isTieBreakKey,
  tieBreakLabel,
  tieBreakText,
  PROPOSAL_LABELS,
  type ProposalCode,
  type TieBreakKey,
} from '../../../../../packages/domain/src/clusters/index.ts';
import { CLUSTER_ROLE_LABELS } from '../clusters/access.ts';
import type * as service from './service.ts';
import { SHEET_STATUS_LABELS } from './service.ts';

const SheetStatusEnum = z.enum(['draft', 'submitted', 'returned', 'scored', 'confirmed', 'published']);
const iso = (d: Date | string | null): string | null =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();

export const SettingsSchema = z
  .object({
    tieBreak: z.array(z.string()),
    tieBreakText: z.string(),
    tieBreakOptions: z.array(z.object({ key: z.string(), label: z.string() })),
    flagCount: z.number().int(),
    certificateCount: z.number().int(),
    flagCode: z.string(),
    certificateCode: z.string(),
    flagLabel: z.string(),
    certificateLabel: z.string(),
    crossScoring: z.boolean(),
    crossPerMember: z.number().int(),
    scoreBasis: z.enum(['leader', 'leader-and-cross']),
    guidance: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ClusterScoringSettings' });

export function presentSettings(s: repo.SettingsRow, groupCodes: string[]): z.infer<typeof SettingsSchema> {
  const keys = s.tie_break.filter(isTieBreakKey) as TieBreakKey[];
  const options: TieBreakKey[] = [
    'total',
    ...groupCodes.map((c) => `group:${c}` as TieBreakKey),
    'bonus',
    'penalty',
    'vote',
  ];
  return {
    tieBreak: keys,
    tieBreakText: tieBreakText(keys),
    tieBreakOptions: options.map((k) => ({ key: k, label: tieBreakLabel(k) })),
    flagCount: s.flag_count,
    certificateCount: s.certificate_count,
    flagCode: s.flag_code,
    certificateCode: s.certificate_code,
    flagLabel: PROPOSAL_LABELS[s.flag_code],
    certificateLabel: PROPOSAL_LABELS[s.certificate_code],
    crossScoring: s.cross_scoring,
    crossPerMember: s.cross_per_member,
    scoreBasis: s.score_basis,
    guidance: s.guidance,
    version: s.version,
  };
}

const CriterionSchema = z.object({
  id: z.number().int(),
  criteriaGroupId: z.number().int(),
  position: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  kind: z.enum(['standard', 'bonus', 'penalty']),
  minPoints: z.number(),
  maxPoints: z.number(),
  evidenceRequired: z.string().nullable(),
  indicatorCode: z.string().nullable(),
  version: z.number().int(),
});
const CriteriaGroupSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  maxPoints: z.number().nullable(),
  signed: z.boolean(),
  version: z.number().int(),
  criteria: z.array(CriterionSchema),
});

export function presentCriteria(c: { groups: repo.CriteriaGroupRow[]; criteria: repo.CriterionRow[] }) {
  return c.groups.map((g) => ({
    id: g.id,
    position: g.position,
    code: g.code,
    name: g.name,
    maxPoints: g.max_points,
    signed: g.covenant_id !== null,
    version: g.version,
    criteria: c.criteria
      .filter((x) => x.criteria_group_id === g.id)
      .map((x) => ({
        id: x.id,
        criteriaGroupId: x.criteria_group_id,
        position: x.position,
        code: x.code,
        name: x.name,
        kind: x.kind,
        minPoints: x.min_points,
        maxPoints: x.max_points,
        evidenceRequired: x.evidence_required,
        indicatorCode: x.indicator_code,
        version: x.version,
      })),
  }));
}

const SheetSummarySchema = z.object({
  id: z.number().int(),
  scoredAgencyId: z.number().int(),
  scoredName: z.string(),
  scorerKind: z.enum(['self', 'leader', 'cross']),
  scorerAgencyId: z.number().int(),
  scorerName: z.string(),
  status: SheetStatusEnum,
  statusText: z.string(),
  total: z.number().nullable(),
  submittedAt: z.string().nullable(),
  returnedReason: z.string().nullable(),
  version: z.number().int(),
});
function presentSheetSummary(s: repo.SheetRow): z.infer<typeof SheetSummarySchema> {
  return {
    id: s.id,
    scoredAgencyId: s.scored_agency_id,
    scoredName: s.scored_name,
    scorerKind: s.scorer_kind,
    scorerAgencyId: s.scorer_agency_id,
    scorerName: s.scorer_name,
    status: s.status,
    statusText: SHEET_STATUS_LABELS[s.status],
    total: s.total,
    submittedAt: iso(s.submitted_at),
    returnedReason: s.returned_reason,
    version: s.version,
  };
}

export const OverviewSchema = z
  .object({
    groupId: z.number().int(),
    groupName: z.string(),
    level: z.enum(['tinh', 'bo']),
    year: z.number().int(),
    role: z.enum(['leader', 'deputy', 'member', 'reviewer']),
    roleText: z.string(),
    myAgencyIds: z.array(z.number().int()),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    settings: SettingsSchema,
    criteria: z.array(CriteriaGroupSchema),
    comments: z.array(
      z.object({
        id: z.number().int(),
        criteriaGroupId: z.number().int(),
        criterionId: z.number().int().nullable(),
        agencyId: z.number().int(),
        agencyName: z.string(),
        userName: z.string().nullable(),
        content: z.string(),
        createdAt: z.string(),
      }),
    ),
    covenant: z
      .object({
        id: z.number().int(),
        title: z.string(),
        content: z.string(),
        status: z.enum(['draft', 'signed', 'superseded']),
        signedOn: z.string().nullable(),
        placeName: z.string().nullable(),
        version: z.number().int(),
        signatories: z.array(
          z.object({
            agencyId: z.number().int(),
            agencyName: z.string(),
            signerName: z.string().nullable(),
            signerTitle: z.string().nullable(),
            signed: z.boolean(),
          }),
        ),
      })
      .nullable(),
    criteriaVersions: z.array(
      z.object({
        versionNo: z.number().int(),
        reason: z.string(),
        createdByName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    members: z.array(
      z.object({
        agencyId: z.number().int(),
        name: z.string(),
        role: z.enum(['leader', 'deputy', 'member']),
      }),
    ),
    sheets: z.array(SheetSummarySchema),
    conflicts: z.array(
      z.object({
        id: z.number().int(),
        scorerAgencyId: z.number().int(),
        scorerName: z.string(),
        scoredAgencyId: z.number().int(),
        scoredName: z.string(),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: 'ClusterScoringOverview' });

export function presentOverview(
  groupId: number,
  year: number,
  o: Awaited<ReturnType<typeof service.overview>>,
): z.infer<typeof OverviewSchema> {
  return {
    groupId,
    groupName: o.standing.group.name,
    level: o.standing.group.level,
    year,
    role: o.standing.role,
    roleText: CLUSTER_ROLE_LABELS[o.standing.role],
    myAgencyIds: o.standing.agencyIds,
    published: o.published !== null,
    publishedAt: iso(o.published),
    settings: presentSettings(
      o.settings,
      o.criteria.groups.map((g) => g.code ?? String(g.position)),
    ),
    criteria: presentCriteria(o.criteria),
    comments: o.comments.map((c) => ({
      id: c.id,
      criteriaGroupId: c.criteria_group_id,
      criterionId: c.criterion_id,
      agencyId: c.agency_id,
      agencyName: c.agency_name,
      userName: c.user_name,
      content: c.content,
      createdAt: iso(c.created_at)!,
    })),
    covenant: o.covenant
      ? {
          id: o.covenant.id,
          title: o.covenant.title,
          content: o.covenant.content,
          status: o.covenant.status,
          signedOn: o.covenant.signed_on,
          placeName: o.covenant.place_name,
          version: o.covenant.version,
          signatories: o.covenant.signatories.map((s) => ({
            agencyId: s.agency_id,
            agencyName: s.agency_name,
            signerName: s.signer_name,
            signerTitle: s.signer_title,
            signed: s.signed,
          })),
        }
      : null,
    criteriaVersions: o.versions.map((v) => ({
      versionNo: v.version_no,
      reason: v.reason,
      createdByName: v.created_by_name,
      createdAt: iso(v.created_at)!,
    })),
    members: o.members.map((m) => ({ agencyId: m.agency_id, name: m.name, role: m.role })),
    sheets: o.sheets.map(presentSheetSummary),
    conflicts: o.conflicts.map((c) => ({
      id: c.id,
      scorerAgencyId: c.scorer_agency_id,
      scorerName: c.scorer_name,
      scoredAgencyId: c.scored_agency_id,
      scoredName: c.scored_name,
      reason: c.reason,
    })),
  };
}

export const SheetSchema = z
  .object({
    sheet: SheetSummarySchema,
    editable: z.boolean(),
    criteria: z.array(CriteriaGroupSchema),
    scores: z.array(
      z.object({
        criterionId: z.number().int(),
        points: z.number(),
        evidence: z.string().nullable(),
        evidenceUrl: z.string().nullable(),
        evidenceFileName: z.string().nullable(),
        evidenceIndicatorId: z.number().int().nullable(),
        note: z.string().nullable(),
      }),
    ),
    indicators: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        name: z.string(),
        unit: z.string().nullable(),
        planValue: z.number().nullable(),
        value: z.number().nullable(),
        lastMonth: z.number().int().nullable(),
        precision: z.number().int(),
      }),
    ),
    events: z.array(
      z.object({
        action: z.string(),
        fromStatus: z.string(),
        toStatus: z.string(),
        reason: z.string().nullable(),
        userName: z.string().nullable(),
        at: z.string(),
      }),
    ),
    clamped: z
      .array(z.object({ criterionId: z.number().int(), given: z.number(), stored: z.number() }))
      .optional(),
  })
  .meta({ id: 'ClusterScoreSheet' });

export function presentSheet(
  d: Awaited<ReturnType<typeof service.sheetDetail>>,
  clamped?: { criterionId: number; given: number; stored: number }[],
): z.infer<typeof SheetSchema> {
  return {
    sheet: presentSheetSummary(d.sheet),
    editable: d.editable,
    criteria: presentCriteria(d.criteria),
    scores: d.scores.map((s) => ({
      criterionId: s.criterion_id,
      points: s.points,
      evidence: s.evidence,
      evidenceUrl: s.evidence_url,
      evidenceFileName: s.evidence_file_name,
      evidenceIndicatorId: s.evidence_indicator_id,
      note: s.note,
    })),
    indicators: d.indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      planValue: i.plan_value,
      value: i.value,
      lastMonth: i.last_month,
      precision: i.precision,
    })),
    events: d.events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      userName: e.user_name,
      at: iso(e.at)!,
    })),
    ...(clamped ? { clamped } : {}),
  };
}

const RankRowSchema = z.object({
  agencyId: z.number().int(),
  name: z.string(),
  role: z.string(),
  rank: z.number().int(),
  total: z.number(),
  groupPoints: z.record(z.string(), z.number()),
  bonus: z.number(),
  penalty: z.number(),
  votes: z.number().int().nullable(),
  selfTotal: z.number().nullable(),
  leaderTotal: z.number().nullable(),
  crossAverage: z.number().nullable(),
  tieBreak: z.string().nullable(),
  unresolved: z.boolean(),
  proposedCode: z.string().nullable(),
  proposedLabel: z.string().nullable(),
});

export const RankingSchema = z
  .object({
    role: z.enum(['leader', 'deputy', 'member', 'reviewer']),
    status: z.enum(['draft', 'confirmed', 'published']),
    tieBreakText: z.string(),
    complete: z.boolean(),
    rows: z.array(RankRowSchema),
    undecided: z.array(z.number().int()),
    votes: z.array(
      z.object({
        meetingId: z.number().int(),
        heldOn: z.string().nullable(),
        agencyId: z.number().int().nullable(),
        agencyName: z.string().nullable(),
        votesFor: z.number().int(),
        votesAgainst: z.number().int(),
        votesTotal: z.number().int(),
        passed: z.boolean(),
      }),
    ),
    rankingPassed: z.boolean(),
    proposals: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        label: z.string(),
        title: z.string(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: 'ClusterRanking' });

export function presentRanking(
  r: Awaited<ReturnType<typeof service.ranking>>,
): z.infer<typeof RankingSchema> {
  const stored = r.results;
  const status =
    stored.length === 0 ? 'draft' : stored.some((x) => x.status === 'published') ? 'published' : 'confirmed';
  const c = r.computed;
  const label = (code: string | null) => (code ? (PROPOSAL_LABELS[code as ProposalCode] ?? code) : null);
  let rows: z.infer<typeof RankRowSchema>[] = [];
  if (stored.length > 0) {
    // The confirmed ranking as stored; the computed figures (group points, votes) alongside.
    rows = stored.map((x) => {
      const row = c?.rows.find((y) => y.input.agencyId === x.agency_id);
      return {
        agencyId: x.agency_id,
        name: x.agency_name,
        role: row?.role ?? 'member',
        rank: x.rank,
        total: x.total,
        groupPoints: row?.input.groupPoints ?? {},
        bonus: row?.input.bonus ?? 0,
        penalty: row?.input.penalty ?? 0,
        votes: row?.input.votes ?? null,
        selfTotal: row?.selfTotal ?? null,
        leaderTotal: row?.leaderTotal ?? null,
        crossAverage: row?.crossAverage ?? null,
        tieBreak: x.tie_break,
        unresolved: false,
        proposedCode: x.proposed_code,
        proposedLabel: label(x.proposed_code),
      };
    });
  } else if (c) {
    const code = new Map(c.allocation.proposals.map((p) => [p.agencyId, p.code]));
    rows = c.ranked.map((m) => {
      const row = c.rows.find((y) => y.input.agencyId === m.agencyId)!;
      return {
        agencyId: m.agencyId,
        name: m.name,
        role: row.role,
        rank: m.rank,
        total: m.total,
        groupPoints: row.input.groupPoints,
        bonus: row.input.bonus,
        penalty: row.input.penalty,
        votes: row.input.votes,
        selfTotal: row.selfTotal,
        leaderTotal: row.leaderTotal,
        crossAverage: row.crossAverage,
        tieBreak: m.tieBreak,
        unresolved: m.unresolved,
        proposedCode: code.get(m.agencyId) ?? null,
        proposedLabel: label(code.get(m.agencyId) ?? null),
      };
    });
  }
  return {
    role: r.standing.role,
    status,
    tieBreakText: c?.ruleText ?? '',
    complete: c?.complete ?? stored.length > 0,
    rows,
    undecided: c?.allocation.undecided ?? [],
    votes: (c?.votes ?? []).map((v) => ({
      meetingId: v.meeting_id,
      heldOn: v.held_on,
      agencyId: v.agency_id,
      agencyName: v.agency_name,
      votesFor: v.votes_for,
      votesAgainst: v.votes_against,
      votesTotal: v.votes_total,
      passed: v.passed,
    })),
    rankingPassed: c?.rankingVote?.passed ?? false,
    proposals: r.proposals.map((p) => ({
      id: p.id,
      code: p.code,
      label: label(p.code) ?? p.code,
      title: p.title,
      status: p.status,
    })),
  };
}

export const RANKING_EXPORT_COLUMNS: ExportColumn<z.infer<typeof RankRowSchema>>[] = [
  { header: 'Xếp hạng', width: 10, type: 'number', value: (r) => r.rank },
  { header: 'Cơ quan', width: 40, value: (r) => r.name },
  { header: 'Tự chấm', width: 12, type: 'number', value: (r) => r.selfTotal },
  { header: 'Cụm trưởng chấm', width: 16, type: 'number', value: (r) => r.leaderTotal },
  { header: 'Chấm chéo (bình quân)', width: 18, type: 'number', value: (r) => r.crossAverage },
  { header: 'Tổng điểm', width: 12, type: 'number', value: (r) => r.total },
  { header: 'Điểm thưởng', width: 12, type: 'number', value: (r) => r.bonus },
  { header: 'Phân định', width: 30, value: (r) => r.tieBreak },
  { header: 'Đề nghị', width: 30, value: (r) => r.proposedLabel },
];
