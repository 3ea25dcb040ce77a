// Request and response schemas of the clusters module (zod; they also produce the OpenAPI document).
import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

const year = (label = 'Năm') =>
  z.coerce
    .number({ error: `${label} không hợp lệ.` })
    .int({ message: `${label} không hợp lệ.` })
    .min(1945, { message: `${label} không hợp lệ.` })
    .max(2200, { message: `${label} không hợp lệ.` });

export const ClusterListQuery = z.object({
  year: year().optional(),
  level: z.enum(['tinh', 'bo']).optional(),
  kind: z.enum(['khoi', 'cum']).optional(),
});
export const ClusterYearQuery = z.object({ year: year().optional() });
export const ClusterParams = z.object({ id: z.coerce.number().int().positive() });
export const PlanParams = ClusterParams.extend({ planId: z.coerce.number().int().positive() });
export const TaskParams = PlanParams.extend({ taskId: z.coerce.number().int().positive() });
export const ReportParams = ClusterParams.extend({ kind: z.enum(['so-ket-6-thang', 'tong-ket-nam']) });

const ROLE = z.enum(['leader', 'deputy', 'member']);
const MY_ROLE = z.enum(['leader', 'deputy', 'member', 'reviewer']).nullable();
const AgencyRef = z.object({ id: z.number(), name: z.string() });

export const ClusterSummary = z
  .object({
    id: z.number(),
    kind: z.enum(['khoi', 'cum']),
    level: z.enum(['tinh', 'bo']),
    code: z.string(),
    name: z.string(),
    organiserName: z.string().nullable(),
    year: z.number(),
    memberCount: z.number(),
    leader: AgencyRef.nullable(),
    deputy: AgencyRef.nullable(),
    myRole: MY_ROLE,
  })
  .meta({ id: 'ClusterSummary' });
export type ClusterSummaryT = z.infer<typeof ClusterSummary>;

const Member = z.object({
  agencyId: z.number(),
  agencyName: z.string(),
  role: ROLE,
  roleSince: z.string().nullable(),
});
const Vote = z.object({
  subject: z.enum(['ranking', 'flag', 'leader', 'deputy']),
  agencyId: z.number().nullable(),
  agencyName: z.string().nullable(),
  forYear: z.number().nullable(),
  votesFor: z.number(),
  votesAgainst: z.number(),
  votesTotal: z.number(),
  passed: z.boolean(),
});
export const Meeting = z
  .object({
    id: z.number(),
    year: z.number(),
    kind: z.enum(['so-ket', 'tong-ket', 'khac']),
    heldOn: z.string().nullable(),
    hostName: z.string().nullable(),
    form: z.enum(['truc-tiep', 'truc-tuyen', 'van-ban']).nullable(),
    presentCount: z.number().nullable(),
    minutes: z.string().nullable(),
    votes: z.array(Vote),
  })
  .meta({ id: 'ClusterMeeting' });

export const ClusterDetail = z
  .object({
    id: z.number(),
    kind: z.enum(['khoi', 'cum']),
    level: z.enum(['tinh', 'bo']),
    code: z.string(),
    name: z.string(),
    organiserName: z.string().nullable(),
    description: z.string().nullable(),
    year: z.number(),
    myRole: MY_ROLE,
    /** Member agencies the signed-in user acts for in this year. */
    myAgencyIds: z.array(z.number()),
    years: z.array(z.number()),
    members: z.array(Member),
    /** Who led and deputised in each year (rotation history), oldest first. */
    rotation: z.array(
      z.object({
        year: z.number(),
        leader: Member.nullable(),
        deputy: Member.nullable(),
      }),
    ),
    meetings: z.array(Meeting),
    plan: z
      .object({ id: z.number(), title: z.string(), taskCount: z.number(), doneCount: z.number() })
      .nullable(),
  })
  .meta({ id: 'ClusterDetail' });

export const DEADLINE_KINDS = [
  'month',
  'months',
  'before',
  'on',
  'regularly',
  'per-higher-plan',
  'other',
] as const;
export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'late', 'cancelled'] as const;

const yearMonth = (label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `${label} phải có dạng năm-tháng.` });

export const TaskInput = z.object({
  number: optionalText('Số thứ tự', 10),
  content: z
    .string({ error: 'Nội dung nhiệm vụ không được để trống.' })
    .trim()
    .min(1, { message: 'Nội dung nhiệm vụ không được để trống.' })
    .max(5000, { message: 'Nội dung nhiệm vụ quá dài.' }),
  /** Member agencies that lead (chủ trì); or, written as a phrase, `leadLabels`. */
  leadAgencyIds: z.array(z.number().int().positive()).max(20).default([]),
  leadLabels: z.array(z.string().trim().min(1).max(300)).max(5).default([]),
  coordinatingAgencyIds: z.array(z.number().int().positive()).max(20).default([]),
  coordinatingLabels: z.array(z.string().trim().min(1).max(300)).max(5).default([]),
  deadlineKind: z.enum(DEADLINE_KINDS, { error: 'Hãy chọn loại thời gian thực hiện.' }),
  /** 'before' / 'on'. */
  deadlineOn: isoDate('Ngày thực hiện').nullable().optional(),
  /** 'month' / 'months' (first month): 'YYYY-MM'. */
  deadlineMonth: yearMonth('Tháng thực hiện').nullable().optional(),
  /** 'months': the last month. */
  deadlineMonthTo: yearMonth('Tháng kết thúc').nullable().optional(),
  deadlineText: optionalText('Thời gian thực hiện', 200),
  status: z.enum(TASK_STATUSES).default('not-started'),
  doneOn: isoDate('Ngày hoàn thành').nullable().optional(),
  note: optionalText('Ghi chú', 2000),
});
export type TaskInputT = z.infer<typeof TaskInput>;
export const TaskUpdate = TaskInput.extend({ version: z.number().int().positive() });

export const ClusterTask = z
  .object({
    id: z.number(),
    position: z.number(),
    number: z.string().nullable(),
    content: z.string(),
    lead: z.array(z.object({ agencyId: z.number().nullable(), name: z.string() })),
    coordinating: z.array(z.object({ agencyId: z.number().nullable(), name: z.string() })),
    deadlineKind: z.enum(DEADLINE_KINDS),
    deadlineOn: z.string().nullable(),
    deadlineMonth: z.string().nullable(),
    deadlineMonthTo: z.string().nullable(),
    deadlineText: z.string().nullable(),
    /** As printed in the plan: "Tháng 04/2025", "Tháng 06-07/2025", "Thường xuyên". */
    deadlineLabel: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    doneOn: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'ClusterTask' });

const PlanFields = {
  title: z
    .string({ error: 'Trích yếu không được để trống.' })
    .trim()
    .min(1, { message: 'Trích yếu không được để trống.' })
    .max(500, { message: 'Trích yếu không được dài quá 500 ký tự.' }),
  number: optionalText('Số văn bản', 20),
  symbol: optionalText('Ký hiệu', 40),
  placeName: optionalText('Địa danh', 100),
  issuedOn: isoDate('Ngày ban hành').nullable().optional(),
  legalBasis: optionalText('Căn cứ', 20_000),
  signerName: optionalText('Người ký', 100),
  signerTitle: optionalText('Chức vụ người ký', 200),
  recipients: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
  sections: z
    .array(
      z.object({
        heading: z.string().trim().max(300, { message: 'Tiêu đề mục không được dài quá 300 ký tự.' }),
        body: z.string().max(50_000, { message: 'Nội dung mục quá dài.' }).default(''),
      }),
    )
    .max(30)
    .optional(),
};
export const PlanCreate = z.object({ year: year('Năm của kế hoạch'), ...PlanFields });
export type PlanCreateT = z.infer<typeof PlanCreate>;
export const PlanUpdate = z.object({
  ...PlanFields,
  status: z.enum(['draft', 'issued', 'closed']),
  version: z.number().int().positive(),
});
export type PlanUpdateT = z.infer<typeof PlanUpdate>;

export const ClusterPlan = z
  .object({
    id: z.number(),
    groupId: z.number(),
    year: z.number(),
    agencyId: z.number(),
    agencyName: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'issued', 'closed']),
    version: z.number(),
    number: z.string().nullable(),
    symbol: z.string().nullable(),
    placeName: z.string().nullable(),
    issuedOn: z.string().nullable(),
    legalBasis: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    recipients: z.array(z.string()),
    sections: z.array(z.object({ heading: z.string(), body: z.string() })),
    tasks: z.array(ClusterTask),
    canEdit: z.boolean(),
  })
  .meta({ id: 'ClusterPlan' });

const Candidate = z.object({
  subject: z.enum(['leader', 'deputy'], { error: 'Hãy chọn bầu Cụm trưởng hay Cụm phó.' }),
  agencyId: z.number({ error: 'Hãy chọn cơ quan được đề cử.' }).int().positive(),
  votesFor: z
    .number({ error: 'Hãy nhập số phiếu tán thành.' })
    .int()
    .min(0, { message: 'Số phiếu không hợp lệ.' }),
  votesAgainst: z.number().int().min(0, { message: 'Số phiếu không hợp lệ.' }).default(0),
});
export const ElectionInput = z.object({
  /** The year being closed: the conference of `year` elects the leader and deputy of `year + 1`. */
  year: year('Năm tổng kết'),
  heldOn: isoDate('Ngày hội nghị'),
  form: z.enum(['truc-tiep', 'truc-tuyen', 'van-ban'], { error: 'Hãy chọn hình thức hội nghị.' }),
  presentCount: z
    .number({ error: 'Hãy nhập số cơ quan dự họp.' })
    .int()
    .min(1, { message: 'Số cơ quan dự họp không hợp lệ.' }),
  /** Votes cast for each candidate (one vote per member agency present). */
  votesTotal: z
    .number({ error: 'Hãy nhập tổng số phiếu.' })
    .int()
    .min(1, { message: 'Tổng số phiếu không hợp lệ.' }),
  minutes: optionalText('Biên bản', 20_000),
  candidates: z.array(Candidate).min(1, { message: 'Hãy nhập ít nhất một cơ quan được đề cử.' }).max(40),
});
export type ElectionInputT = z.infer<typeof ElectionInput>;
