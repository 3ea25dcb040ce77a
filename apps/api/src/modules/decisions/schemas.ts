// Request and response schemas of the decisions module (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const AWARD_CODES = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'giay-khen',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
  'ky-niem-chuong-cong-thuong',
  'khac',
] as const;
export const AUTHORITIES = [
  'giam-doc-so',
  'chu-tich-ubnd-tinh',
  'bo-truong',
  'thu-tuong',
  'chu-tich-nuoc',
  'khac',
] as const;
export const KINDS = ['cong-trang', 'chuyen-de', 'dot-xuat', 'cong-hien', 'nien-han', 'doi-ngoai'] as const;
export const OWN_CODES = [
  'giay-khen',
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
] as const;

const year = (label: string) =>
  z.coerce
    .number({ error: `${label} không hợp lệ.` })
    .int({ message: `${label} không hợp lệ.` })
    .min(1945, { message: `${label} phải từ 1945.` })
    .max(2200, { message: `${label} không hợp lệ.` });

export const DecisionListQuery = z.object({
  year: year('Năm').optional(),
  authority: z.enum(AUTHORITIES).optional(),
  code: z.enum(AWARD_CODES).optional(),
  status: z.enum(['draft', 'in-force', 'annulled']).optional(),
  source: z.enum(['own', 'received', 'imported']).optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
});

export const RecipientInput = z
  .object({
    subjectKind: z.enum(['person', 'unit', 'agency'], { error: 'Loại người được khen không hợp lệ.' }),
    personId: z.number().int().positive().nullish(),
    unitId: z.number().int().positive().nullish(),
    agencyId: z.number().int().positive().nullish(),
    displayName: optionalText('Tên ghi trong quyết định', 300),
    positionTitle: optionalText('Chức vụ', 300),
    achievementFrom: year('Năm thành tích (từ)').nullish(),
    achievementTo: year('Năm thành tích (đến)').nullish(),
    rewardAmount: z.number().min(0, { message: 'Tiền thưởng không được âm.' }).nullish(),
    councilCandidateId: z.number().int().positive().nullish(),
  })
  .superRefine((r, c) => {
    const id = r.subjectKind === 'person' ? r.personId : r.subjectKind === 'unit' ? r.unitId : r.agencyId;
    if (!id)
      c.addIssue({
        code: 'custom',
        path: [r.subjectKind === 'person' ? 'personId' : r.subjectKind === 'unit' ? 'unitId' : 'agencyId'],
        message:
          r.subjectKind === 'person'
            ? 'Hãy chọn cán bộ được khen.'
            : r.subjectKind === 'unit'
              ? 'Hãy chọn đơn vị được khen.'
              : 'Hãy chọn cơ quan được khen.',
      });
  });
export type RecipientInputT = z.infer<typeof RecipientInput>;

const recipients = z
  .array(RecipientInput)
  .min(1, { message: 'Quyết định phải có ít nhất một cá nhân hoặc tập thể được khen.' })
  .max(2000);

export const ReceivedInput = z
  .object({
    agencyId: z.number().int().positive().optional(),
    authority: z.enum(AUTHORITIES, { error: 'Cấp quyết định không hợp lệ.' }),
    issuerName: optionalText('Cơ quan ban hành', 200),
    number: z.string().trim().min(1, { message: 'Hãy nhập số quyết định.' }).max(30),
    symbol: optionalText('Ký hiệu', 40),
    decidedOn: isoDate('Ngày quyết định'),
    kind: z.enum(KINDS).default('cong-trang'),
    code: z.enum(AWARD_CODES, { error: 'Hình thức khen thưởng không hợp lệ.' }),
    otherName: optionalText('Tên hình thức khác', 300),
    achievementFrom: year('Năm thành tích (từ)').nullish(),
    achievementTo: year('Năm thành tích (đến)').nullish(),
    proposalId: z.number().int().positive().nullish(),
    recipients,
  })
  .superRefine((v, c) => {
    if (v.code === 'khac' && !v.otherName)
      c.addIssue({ code: 'custom', path: ['otherName'], message: 'Hãy nhập tên hình thức khen thưởng.' });
    if (v.achievementFrom && v.achievementTo && v.achievementTo < v.achievementFrom)
      c.addIssue({
        code: 'custom',
        path: ['achievementTo'],
        message: 'Năm thành tích (đến) phải từ năm thành tích (từ) trở đi.',
      });
  });
export type ReceivedInputT = z.infer<typeof ReceivedInput>;

export const OwnInput = z.object({
  agencyId: z.number().int().positive().optional(),
  code: z.enum(OWN_CODES, {
    error: 'Cơ quan chỉ tự quyết định Giấy khen, LĐTT, CSTĐCS, Tập thể LĐTT, Tập thể LĐXS.',
  }),
  year: year('Năm thành tích'),
  number: z.string().trim().min(1, { message: 'Hãy nhập số quyết định.' }).max(30),
  decidedOn: isoDate('Ngày quyết định'),
  signerPersonId: z.number().int().positive().nullish(),
  signedByDeputy: z.boolean().default(false),
  proposedBy: optionalText('Xét đề nghị của', 500),
  extraBasis: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
  distribution: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  sessionId: z.number().int().positive().nullish(),
  recipients,
});
export type OwnInputT = z.infer<typeof OwnInput>;

export const AnnulInput = z.object({
  version: z.number().int().positive(),
  annulledOn: isoDate('Ngày hủy'),
  reason: z.string().trim().min(1, { message: 'Hãy nhập lý do hủy, thu hồi.' }).max(1000),
  annulledByRef: optionalText('Quyết định hủy, thu hồi', 200),
});
export type AnnulInputT = z.infer<typeof AnnulInput>;

export const RecipientParams = z.object({
  id: z.coerce.number().int().positive(),
  recipientId: z.coerce.number().int().positive(),
});

export const ElectedQuery = z.object({
  sessionId: z.coerce.number().int().positive(),
  code: z.enum(AWARD_CODES),
});
export const SessionsQuery = z.object({
  year: year('Năm'),
  agencyId: z.coerce.number().int().positive().optional(),
});
export const ImportQuery = z.object({ agencyId: z.coerce.number().int().positive().optional() });

export const RecipientSchema = z
  .object({
    id: z.number(),
    position: z.number(),
    subjectKind: z.enum(['person', 'unit', 'agency']),
    personId: z.number().nullable(),
    personCode: z.string().nullable(),
    unitId: z.number().nullable(),
    agencyId: z.number().nullable(),
    displayName: z.string(),
    positionTitle: z.string().nullable(),
    unitName: z.string().nullable(),
    achievementFrom: z.number().nullable(),
    achievementTo: z.number().nullable(),
    rewardAmount: z.number().nullable(),
    status: z.enum(['granted', 'annulled']),
    annulledOn: z.string().nullable(),
    annulledReason: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'DecisionRecipient' });

const decisionFields = {
  id: z.number(),
  agencyId: z.number(),
  source: z.enum(['own', 'received', 'imported']),
  sourceLabel: z.string(),
  authority: z.enum(AUTHORITIES),
  authorityLabel: z.string(),
  issuerName: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  reference: z.string().describe('"Quyết định số 215/QĐ-SCT ngày 26/12/2025"'),
  decidedOn: z.string().nullable(),
  year: z.number(),
  kind: z.enum(KINDS),
  code: z.enum(AWARD_CODES),
  codeLabel: z.string(),
  otherName: z.string().nullable(),
  achievementFrom: z.number().nullable(),
  achievementTo: z.number().nullable(),
  proposalId: z.number().nullable(),
  hasDocument: z.boolean(),
  hasScan: z.boolean(),
  status: z.enum(['draft', 'in-force', 'annulled']),
  annulledOn: z.string().nullable(),
  annulledReason: z.string().nullable(),
  annulledByRef: z.string().nullable(),
  version: z.number(),
};

export const DecisionRowSchema = z
  .object({ ...decisionFields, recipientCount: z.number(), recipientNames: z.string().nullable() })
  .meta({ id: 'DecisionRow' });

export const DecisionSchema = z
  .object({
    ...decisionFields,
    recipients: z.array(RecipientSchema),
    proposal: z.object({ id: z.number(), title: z.string(), status: z.string() }).nullable(),
    document: z.object({ id: z.number(), title: z.string(), signerName: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Decision' });

export const HistoryRowSchema = z
  .object({
    recipientId: z.number(),
    decisionId: z.number(),
    subjectKind: z.enum(['person', 'unit', 'agency']),
    displayName: z.string(),
    code: z.enum(AWARD_CODES),
    codeLabel: z.string(),
    category: z.enum(['title', 'form']),
    year: z.number(),
    periodFrom: z.number().nullable(),
    periodTo: z.number().nullable(),
    authority: z.enum(AUTHORITIES),
    authorityLabel: z.string(),
    issuerName: z.string().nullable(),
    source: z.enum(['own', 'received', 'imported']),
    sourceText: z
      .string()
      .describe('"Quyết định số 215/QĐ-SCT ngày 26/12/2025 (Giám đốc Sở)" hoặc "Nhập từ Excel"'),
    decidedOn: z.string().nullable(),
    status: z.enum(['granted', 'annulled']),
    annulledOn: z.string().nullable(),
    annulledReason: z.string().nullable(),
  })
  .meta({ id: 'AwardHistoryRow' });

export const HistorySchema = z.object({
  subject: z.object({
    kind: z.enum(['person', 'unit', 'agency']),
    id: z.number(),
    name: z.string(),
    detail: z.string().nullable(),
  }),
  rows: z.array(HistoryRowSchema),
});

export const ElectedSchema = z.array(
  z.object({
    councilCandidateId: z.number(),
    subjectKind: z.enum(['person', 'unit', 'agency']),
    personId: z.number().nullable(),
    unitId: z.number().nullable(),
    agencyId: z.number().nullable(),
    displayName: z.string(),
    positionTitle: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
);
export const SessionSchema = z.array(
  z.object({ id: z.number(), year: z.number(), heldOn: z.string().nullable(), label: z.string() }),
);
export const JobQueued = z.object({ jobId: z.number() });
