import { z } from 'zod';
import type { InitiativeRow, MemberRow } from '../../../../../packages/db/src/repositories/initiatives.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { INITIATIVE_FIELDS, INITIATIVE_STATUSES, MEMBER_ROLES, SCOPES } from './schemas.ts';

export const FIELD_LABELS: Record<(typeof INITIATIVE_FIELDS)[number], string> = {
  'ky-thuat': 'Giải pháp kỹ thuật',
  'quan-ly': 'Giải pháp quản lý',
  'tac-nghiep': 'Giải pháp tác nghiệp',
  'ung-dung-tien-bo': 'Ứng dụng tiến bộ kỹ thuật',
  khac: 'Khác',
};
export const STATUS_LABELS: Record<(typeof INITIATIVE_STATUSES)[number], string> = {
  draft: 'Nháp',
  registered: 'Đã đăng ký',
  'under-review': 'Đang xét',
  recognized: 'Được công nhận',
  rejected: 'Không công nhận',
  withdrawn: 'Đã rút',
};
export const SCOPE_LABELS_VI: Record<(typeof SCOPES)[number], string> = {
  'co-so': 'Cấp cơ sở',
  'cap-tinh': 'Cấp tỉnh',
  'toan-quoc': 'Toàn quốc',
};
export const ROLE_LABELS: Record<(typeof MEMBER_ROLES)[number], string> = {
  chair: 'Chủ tịch Hội đồng',
  'vice-chair': 'Phó Chủ tịch Hội đồng',
  standing: 'Ủy viên thường trực',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
};

const Author = z.object({
  personId: z.number().int(),
  fullName: z.string(),
  unitId: z.number().int(),
  share: z.number(),
  isLead: z.boolean(),
});

export const InitiativeRowSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    year: z.number().int(),
    title: z.string(),
    field: z.enum(INITIATIVE_FIELDS),
    status: z.enum(INITIATIVE_STATUSES),
    registeredOn: z.string().nullable(),
    proposedScope: z.enum(SCOPES).nullable(),
    scope: z.enum(SCOPES).nullable(),
    averageScore: z.number().nullable(),
    recognizedOn: z.string().nullable(),
    sessionId: z.number().int().nullable(),
    authors: z.array(Author),
    version: z.number().int(),
  })
  .meta({ id: 'InitiativeRow' });

const Member = z.object({
  id: z.number().int(),
  personId: z.number().int().nullable(),
  userId: z.number().int().nullable(),
  fullName: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  title: z.string().nullable(),
});

export const InitiativeSchema = InitiativeRowSchema.extend({
  summary: z.string().nullable(),
  application: z.string().nullable(),
  results: z.string().nullable(),
  benefits: z.string().nullable(),
  recognizedBy: z.string().nullable(),
  decisionRef: z.string().nullable(),
  files: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      mime: z.string(),
      size: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  criteria: z.array(
    z.object({ id: z.number().int(), position: z.number().int(), name: z.string(), maxPoints: z.number() }),
  ),
  members: z.array(
    Member.extend({
      excluded: z.enum(['author', 'unit-head', 'declared']).nullable(),
      excludedReason: z.string().nullable(),
      total: z.number().nullable(),
      scores: z.array(z.object({ criterionId: z.number().int(), points: z.number() })),
    }),
  ),
  myMemberId: z.number().int().nullable(),
}).meta({ id: 'Initiative' });

type Authors = {
  initiative_id: number;
  person_id: number;
  full_name: string;
  unit_id: number;
  share: number;
  is_lead: boolean;
}[];

export function presentInitiativeRow(
  r: InitiativeRow,
  authors: Authors,
): z.infer<typeof InitiativeRowSchema> {
  return {
    id: r.id,
    agencyId: r.agency_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    year: r.year,
    title: r.title,
    field: r.field,
    status: r.status,
    registeredOn: r.registered_on,
    proposedScope: r.proposed_scope,
    scope: r.scope,
    averageScore: r.average_score === null ? null : Number(r.average_score),
    recognizedOn: r.recognized_on,
    sessionId: r.session_id,
    authors: authors.map((a) => ({
      personId: a.person_id,
      fullName: a.full_name,
      unitId: a.unit_id,
      share: Number(a.share),
      isLead: a.is_lead,
    })),
    version: r.version,
  };
}

export function presentInitiative(d: {
  row: InitiativeRow;
  authors: Authors;
  files: { id: number; name: string; mime: string; size: number; note: string | null }[];
  recusals: { member_id: number; kind: 'author' | 'unit-head' | 'declared'; reason: string | null }[];
  scores: { member_id: number; criterion_id: number; points: number }[];
  members: MemberRow[];
  criteria: { id: number; position: number; name: string; max_points: number }[];
  me: MemberRow | null;
}): z.infer<typeof InitiativeSchema> {
  const r = d.row;
  return {
    ...presentInitiativeRow(r, d.authors),
    summary: r.summary,
    application: r.application,
    results: r.results,
    benefits: r.benefits,
    recognizedBy: r.recognized_by,
    decisionRef: r.decision_ref,
    files: d.files,
    criteria: d.criteria.map((c) => ({
      id: c.id,
      position: c.position,
      name: c.name,
      maxPoints: Number(c.max_points),
    })),
    members: d.members.map((m) => {
      const rec = d.recusals.find((x) => x.member_id === m.id);
      const mine = d.scores.filter((s) => s.member_id === m.id);
      return {
        id: m.id,
        personId: m.person_id,
        userId: m.user_id,
        fullName: m.full_name,
        role: m.role,
        title: m.title,
        excluded: rec?.kind ?? null,
        excludedReason: rec?.reason ?? null,
        total: mine.length ? Math.round(mine.reduce((s, x) => s + Number(x.points), 0) * 100) / 100 : null,
        scores: mine.map((s) => ({ criterionId: s.criterion_id, points: Number(s.points) })),
      };
    }),
    myMemberId: d.me?.id ?? null,
  };
}

export const CouncilSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    name: z.string(),
    establishedBy: z.string().nullable(),
    fromDate: z.string().nullable(),
    members: z.array(Member),
    sessions: z.array(
      z.object({
        id: z.number().int(),
        year: z.number().int(),
        heldOn: z.string().nullable(),
        place: z.string().nullable(),
        status: z.string(),
        minutes: z.string().nullable(),
      }),
    ),
    criteria: z.array(
      z.object({ id: z.number().int(), position: z.number().int(), name: z.string(), maxPoints: z.number() }),
    ),
    year: z.number().int().nullable(),
  })
  .meta({ id: 'InitiativeCouncil' });

export const SessionSchema = z.object({
  id: z.number().int(),
  councilId: z.number().int(),
  year: z.number().int(),
  heldOn: z.string().nullable(),
  place: z.string().nullable(),
  status: z.string(),
  minutes: z.string().nullable(),
});

type SessionRowT = {
  id: number;
  council_id: number;
  year: number;
  held_on: string | null;
  place: string | null;
  status: string;
  minutes: string | null;
};
export function presentSession(s: SessionRowT): z.infer<typeof SessionSchema> {
  return {
    id: s.id,
    councilId: s.council_id,
    year: s.year,
    heldOn: s.held_on,
    place: s.place,
    status: s.status,
    minutes: s.minutes,
  };
}

export function presentCouncil(d: {
  council: {
    id: number;
    agency_id: number;
    name: string;
    established_by: string | null;
    from_date: string | null;
  };
  members: MemberRow[];
  sessions: SessionRowT[];
  criteria?: { id: number; position: number; name: string; max_points: number }[];
  year?: number | null;
}): z.infer<typeof CouncilSchema> {
  return {
    id: d.council.id,
    agencyId: d.council.agency_id,
    name: d.council.name,
    establishedBy: d.council.established_by,
    fromDate: d.council.from_date,
    members: d.members.map((m) => ({
      id: m.id,
      personId: m.person_id,
      userId: m.user_id,
      fullName: m.full_name,
      role: m.role,
      title: m.title,
    })),
    sessions: d.sessions.map((s) => presentSession(s)),
    criteria: (d.criteria ?? []).map((c) => ({
      id: c.id,
      position: c.position,
      name: c.name,
      maxPoints: Number(c.max_points),
    })),
    year: d.year ?? null,
  };
}

export type InitiativeExportRow = z.infer<typeof InitiativeRowSchema>;
export const INITIATIVE_EXPORT_COLUMNS: ExportColumn<InitiativeExportRow>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Tên sáng kiến', width: 50, value: (r) => r.title },
  {
    header: 'Tác giả (tỷ lệ đóng góp)',
    width: 40,
    value: (r) => r.authors.map((a) => `${a.fullName} (${String(a.share).replace('.', ',')}%)`).join('; '),
  },
  { header: 'Đơn vị', width: 28, value: (r) => r.unitName },
  { header: 'Lĩnh vực', width: 24, value: (r) => FIELD_LABELS[r.field] },
  { header: 'Ngày đăng ký', width: 14, type: 'date', value: (r) => r.registeredOn },
  { header: 'Trạng thái', width: 18, value: (r) => STATUS_LABELS[r.status] },
  { header: 'Điểm trung bình', width: 14, type: 'number', value: (r) => r.averageScore },
  { header: 'Phạm vi công nhận', width: 18, value: (r) => (r.scope ? SCOPE_LABELS_VI[r.scope] : null) },
  {
    header: 'Đề nghị',
    width: 18,
    value: (r) => (r.proposedScope ? `Đề nghị ${SCOPE_LABELS_VI[r.proposedScope].toLowerCase()}` : null),
  },
  { header: 'Ngày công nhận', width: 14, type: 'date', value: (r) => r.recognizedOn },
];
