// Request schemas of cluster scoring (zod; they also produce the OpenAPI document). Messages name the field.
import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';
import { isTieBreakKey } from '../../../../../packages/domain/src/clusters/index.ts';

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });
export const GroupYearParams = z.object({ groupId: z.coerce.number().int().positive(), year });
export const YearQuery = z.object({ year });
export const VersionBody = z.object({ version: z.number().int() });
const points = (label: string) =>
  z
    .number({ error: `${label} phải là một số.` })
    .min(-1000, { message: `${label} không hợp lệ.` })
    .max(1000, {
      message: `${label} không hợp lệ.`,
    });
/** A reason, required for edits after the covenant is signed (checked in the service). */
const reason = optionalText('Lý do sửa', 1000);

export const SettingsBody = z.object({
  version: z.number().int(),
  tieBreak: z
    .array(z.string().trim().refine(isTieBreakKey, { message: 'Tiêu chí phân định không hợp lệ.' }))
    .min(1, { message: 'Cần ít nhất một tiêu chí phân định khi bằng điểm.' })
    .max(10),
  flagCount: z.number().int().min(0, { message: 'Số Cờ thi đua không hợp lệ.' }).max(50),
  certificateCount: z.number().int().min(0, { message: 'Số Bằng khen không hợp lệ.' }).max(50),
  flagCode: z.enum(['co-thi-dua-cap-tinh', 'co-thi-dua-chinh-phu']).default('co-thi-dua-cap-tinh'),
  certificateCode: z.enum(['bang-khen-cap-tinh', 'bang-khen-thu-tuong']).default('bang-khen-cap-tinh'),
  crossScoring: z.boolean(),
  crossPerMember: z
    .number()
    .int()
    .min(1, { message: 'Số cơ quan chấm chéo không hợp lệ.' })
    .max(50)
    .default(1),
  scoreBasis: z.enum(['leader', 'leader-and-cross']).default('leader'),
  guidance: optionalText('Văn bản hướng dẫn', 500),
});

export const CriteriaGroupBody = z.object({
  code: optionalText('Số hiệu nhóm', 20),
  name: z.string().trim().min(1, { message: 'Tên nhóm tiêu chí không được để trống.' }).max(500),
  maxPoints: z
    .number()
    .min(0, { message: 'Điểm tối đa của nhóm không hợp lệ.' })
    .max(10000)
    .nullable()
    .optional(),
  reason,
});
export const CriteriaGroupUpdate = CriteriaGroupBody.extend({ version: z.number().int() });

const CriterionBase = z.object({
  code: optionalText('Số hiệu tiêu chí', 20),
  name: z.string().trim().min(1, { message: 'Tên tiêu chí không được để trống.' }).max(2000),
  kind: z.enum(['standard', 'bonus', 'penalty']).default('standard'),
  minPoints: points('Điểm tối thiểu').optional(),
  maxPoints: points('Điểm tối đa'),
  evidenceRequired: optionalText('Minh chứng yêu cầu', 2000),
  indicatorCode: optionalText('Mã chỉ tiêu', 100),
  reason,
});
type CriterionIn = z.infer<typeof CriterionBase>;
function checkRange(v: CriterionIn, ctx: z.RefinementCtx): void {
  const min = v.minPoints ?? (v.kind === 'penalty' ? v.maxPoints : 0);
  if (v.kind === 'penalty' && v.maxPoints > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['maxPoints'],
      message: 'Tiêu chí điểm trừ có điểm tối đa không lớn hơn 0.',
    });
  if (v.kind !== 'penalty' && min < 0)
    ctx.addIssue({
      code: 'custom',
      path: ['minPoints'],
      message: 'Điểm tối thiểu không được âm (trừ tiêu chí điểm trừ).',
    });
  if (min > v.maxPoints)
    ctx.addIssue({
      code: 'custom',
      path: ['minPoints'],
      message: 'Điểm tối thiểu không được lớn hơn điểm tối đa.',
    });
}
export const CriterionBody = CriterionBase.superRefine(checkRange);
export const CriterionUpdate = CriterionBase.extend({ version: z.number().int() }).superRefine(checkRange);
export type CriterionBodyT = z.infer<typeof CriterionBody>;

export const CommentBody = z.object({
  criteriaGroupId: z.number().int().positive(),
  criterionId: z.number().int().positive().nullable().optional(),
  content: z.string().trim().min(1, { message: 'Nội dung góp ý không được để trống.' }).max(5000),
});

export const CovenantBody = z.object({
  title: z.string().trim().min(1, { message: 'Tên giao ước không được để trống.' }).max(500),
  content: z.string().trim().max(20000).default(''),
  placeName: optionalText('Nơi ký', 200),
});
export const SignBody = z.object({
  version: z.number().int(),
  signedOn: isoDate('Ngày ký'),
  signers: z
    .array(
      z.object({
        agencyId: z.number().int().positive(),
        signerName: optionalText('Người ký', 200),
        signerTitle: optionalText('Chức vụ người ký', 200),
      }),
    )
    .default([]),
});

export const ScoresBody = z.object({
  version: z.number().int(),
  scores: z
    .array(
      z.object({
        criterionId: z.number().int().positive(),
        points: points('Điểm'),
        evidence: optionalText('Minh chứng', 5000),
        evidenceUrl: z
          .string()
          .trim()
          .max(1000)
          .refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), {
            message: 'Đường dẫn minh chứng không hợp lệ.',
          })
          .transform((s) => (s === '' ? null : s))
          .nullable()
          .optional(),
        evidenceIndicatorId: z.number().int().positive().nullable().optional(),
        note: optionalText('Ghi chú', 2000),
      }),
    )
    .min(1, { message: 'Chưa có điểm nào.' })
    .max(500),
});
export type ScoresBodyT = z.infer<typeof ScoresBody>;

export const ReturnBody = z.object({
  version: z.number().int(),
  reason: z
    .string({ error: 'Cần ghi lý do trả lại.' })
    .trim()
    .min(1, { message: 'Cần ghi lý do trả lại.' })
    .max(2000),
});

export const ConflictBody = z.object({
  scorerAgencyId: z.number().int().positive(),
  scoredAgencyId: z.number().int().positive(),
  reason: z.string().trim().min(1, { message: 'Cần ghi lý do xung đột lợi ích.' }).max(1000),
});

const count = (label: string) =>
  z
    .number()
    .int()
    .min(0, { message: `${label} không hợp lệ.` })
    .max(1000);
export const MeetingBody = z
  .object({
    heldOn: isoDate('Ngày họp'),
    form: z.enum(['truc-tiep', 'truc-tuyen', 'van-ban']).default('truc-tiep'),
    presentCount: count('Số cơ quan dự họp'),
    minutes: optionalText('Biên bản', 20000),
    rankingFor: count('Số phiếu tán thành'),
    rankingAgainst: count('Số phiếu không tán thành'),
    tieVotes: z
      .array(z.object({ agencyId: z.number().int().positive(), votesFor: count('Số phiếu') }))
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.rankingFor + v.rankingAgainst > v.presentCount)
      ctx.addIssue({
        code: 'custom',
        path: ['rankingFor'],
        message: 'Tổng số phiếu không được vượt số cơ quan dự họp.',
      });
    v.tieVotes.forEach((t, i) => {
      if (t.votesFor > v.presentCount)
        ctx.addIssue({
          code: 'custom',
          path: ['tieVotes', i, 'votesFor'],
          message: 'Số phiếu vượt số cơ quan dự họp.',
        });
    });
  });
export type MeetingBodyT = z.infer<typeof MeetingBody>;
