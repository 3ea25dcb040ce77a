import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';
import { ACTIONS, AUTHORITIES, ORIGINS, PROPOSAL_CODES, PROPOSAL_KINDS } from './rules.ts';

export const PROPOSAL_STATUSES = [
  'draft',
  'unit',
  'officer-check',
  'council',
  'signing',
  'sent',
  'decided',
  'returned',
  'withdrawn',
] as const;

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });

export const CandidateInput = z
  .object({
    personId: z.number().int().positive().optional(),
    unitId: z.number().int().positive().optional(),
    agencyId: z.number().int().positive().optional(),
    positionTitle: optionalText('Chức vụ', 300),
    achievementSummary: optionalText('Thành tích tóm tắt', 4000),
    note: optionalText('Ghi chú', 1000),
  })
  .refine((c) => [c.personId, c.unitId, c.agencyId].filter((x) => x !== undefined).length === 1, {
    message: 'Mỗi người được đề nghị là một cá nhân, một đơn vị hoặc một cơ quan.',
    path: ['personId'],
  });

const SimplifiedInput = z.object({
  politicalNeed: z.boolean().optional(),
  suddenOutstandingAct: z.boolean().optional(),
  achievementClear: z.boolean().optional(),
});

const ProposalBase = z.object({
  /** The proposing agency; defaults to the caller's. */
  agencyId: z.number().int().positive().optional(),
  year,
  kind: z.enum(PROPOSAL_KINDS),
  code: z.enum(PROPOSAL_CODES),
  otherName: optionalText('Tên hình thức khác', 300),
  /** Only for code 'khac': every listed form has its authority computed (rules.md §10). */
  authority: z.enum(AUTHORITIES).optional(),
  procedure: z.enum(['normal', 'simplified']).default('normal'),
  /** The three conditions of the simplified procedure (sudden feats only). */
  simplified: SimplifiedInput.optional(),
  title: optionalText('Trích yếu', 1000),
  achievementFrom: year.nullable().optional(),
  achievementTo: year.nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
  movementId: z.number().int().positive().nullable().optional(),
  sessionId: z.number().int().positive().nullable().optional(),
  publicationUrl: optionalText('Địa chỉ công khai', 1000),
  publicationFrom: isoDate('Ngày bắt đầu công khai').nullable().optional(),
  publicationTo: isoDate('Ngày kết thúc công khai').nullable().optional(),
  candidates: z.array(CandidateInput).max(500).default([]),
  /** Add the candidates the council session (sessionId) elected for this form. */
  importFromSession: z.boolean().default(false),
  /** Where the proposal comes from, and a note kept on its first step (e.g. the cluster's ranking). */
  origin: z.enum(ORIGINS).default('manual'),
  originNote: optionalText('Nguồn đề nghị', 1000),
});
type Base = z.infer<typeof ProposalBase>;
function check(v: Base, ctx: z.RefinementCtx): void {
  if (v.code === 'khac' && !v.otherName)
    ctx.addIssue({ code: 'custom', path: ['otherName'], message: 'Hãy ghi tên hình thức khen thưởng.' });
  if (v.code === 'khac' && !v.authority)
    ctx.addIssue({ code: 'custom', path: ['authority'], message: 'Hãy chọn cấp quyết định khen thưởng.' });
  if (v.procedure === 'simplified' && v.kind !== 'dot-xuat')
    ctx.addIssue({
      code: 'custom',
      path: ['procedure'],
      message: 'Thủ tục đơn giản chỉ áp dụng cho khen thưởng đột xuất.',
    });
  if (
    v.achievementFrom !== null &&
    v.achievementFrom !== undefined &&
    v.achievementTo !== null &&
    v.achievementTo !== undefined &&
    v.achievementTo < v.achievementFrom
  )
    ctx.addIssue({
      code: 'custom',
      path: ['achievementTo'],
      message: 'Năm kết thúc thời kỳ thành tích phải sau năm bắt đầu.',
    });
  if (v.publicationFrom && v.publicationTo && v.publicationTo < v.publicationFrom)
    ctx.addIssue({
      code: 'custom',
      path: ['publicationTo'],
      message: 'Ngày kết thúc công khai phải sau ngày bắt đầu.',
    });
  if (v.importFromSession && !v.sessionId)
    ctx.addIssue({
      code: 'custom',
      path: ['sessionId'],
      message: 'Hãy chọn phiên họp Hội đồng để lấy danh sách đã bình xét.',
    });
}
export const ProposalInput = ProposalBase.superRefine(check);
export type ProposalInputT = z.input<typeof ProposalInput>;
export type ProposalInputParsed = z.infer<typeof ProposalInput>;
export const ProposalUpdate = ProposalBase.extend({ version: z.number().int() }).superRefine(check);
export type ProposalUpdateT = z.infer<typeof ProposalUpdate>;

export const ProposalListQuery = z.object({
  year: year.optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  authority: z.enum(AUTHORITIES).optional(),
  code: z.enum(PROPOSAL_CODES).optional(),
});

export const TransitionInput = z.object({
  action: z.enum(ACTIONS),
  version: z.number().int(),
  /** The date written on the paper (defaults to today). */
  onDate: isoDate('Ngày').optional(),
  reason: optionalText('Lý do', 2000),
  /** For "send": the body the dossier is sent to. */
  sentTo: optionalText('Nơi nhận hồ sơ', 500),
});
export type TransitionInputT = z.infer<typeof TransitionInput>;

export const CommentInput = z.object({
  candidateId: z.number().int().positive().nullable().optional(),
  receivedOn: isoDate('Ngày nhận ý kiến'),
  author: optionalText('Người góp ý', 300),
  content: z.string().trim().min(1, { message: 'Nội dung ý kiến không được để trống.' }).max(10000),
  response: optionalText('Giải trình', 10000),
});

export const WaiveInput = z.object({
  note: z.string().trim().min(1, { message: 'Hãy ghi lý do miễn thành phần hồ sơ.' }).max(1000),
});

export const ItemParams = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});
export const DocParams = z.object({
  id: z.coerce.number().int().positive(),
  doc: z.enum(['to-trinh', 'danh-sach']),
});
