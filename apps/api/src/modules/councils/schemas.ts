import { z } from 'zod';
import { TARGETS } from '../../../../../packages/domain/src/eligibility/index.ts';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const MEMBER_ROLES = ['chair', 'vice-chair', 'standing', 'secretary', 'member'] as const;
export const ATTENDANCE = ['present', 'absent', 'absent-written'] as const;
export const CHOICES = ['yes', 'no', 'abstain'] as const;

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });
const id = z.number().int().positive();
const version = z.number().int().positive({ message: 'Thiếu phiên bản (version) của bản ghi.' });
const count = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int({ message: `${label} phải là số nguyên.` })
    .min(0, { message: `${label} không được âm.` });
const code = z.enum(TARGETS, { error: 'Danh hiệu không hợp lệ.' });

export const YearQuery = z.object({ year: year.optional() });

export const CouncilInput = z.object({
  agencyId: id.optional(),
  name: z.string().trim().min(1, { message: 'Tên Hội đồng không được để trống.' }).max(500),
  establishedBy: optionalText('Quyết định thành lập', 500),
  fromDate: isoDate('Ngày thành lập').nullable().optional(),
  members: z
    .array(
      z.object({
        personId: id,
        role: z.enum(MEMBER_ROLES),
        title: optionalText('Chức danh trong Hội đồng', 300),
        userId: id.nullable().optional(),
      }),
    )
    .min(1, { message: 'Hội đồng phải có thành viên.' }),
});

export const SessionInput = z.object({
  councilId: id,
  year,
  heldOn: isoDate('Ngày họp').nullable().optional(),
  place: optionalText('Địa điểm', 500),
  quorum: z.number().int().positive({ message: 'Số thành viên tối thiểu phải lớn hơn 0.' }).optional(),
});

export const SessionUpdate = z.object({
  version,
  heldOn: isoDate('Ngày họp').nullable().optional(),
  place: optionalText('Địa điểm', 500),
  quorum: z.number().int().positive({ message: 'Số thành viên tối thiểu phải lớn hơn 0.' }).optional(),
  minutes: optionalText('Nội dung biên bản', 50000),
});

export const AttendanceInput = z.object({
  version,
  attendance: z.array(
    z.object({ memberId: id, status: z.enum(ATTENDANCE), note: optionalText('Ghi chú', 500) }),
  ),
});

export const CandidatesInput = z.object({
  candidates: z
    .array(z.object({ code, personId: id.nullable().optional(), unitId: id.nullable().optional() }))
    .min(1, { message: 'Hãy chọn ít nhất một người hoặc tập thể.' }),
});

export const QuotaInput = z.object({
  code,
  base: count('Cơ sở tính chỉ tiêu'),
  share: z.number().gt(0).max(1).nullable(),
  limit: count('Chỉ tiêu').optional(),
  basis: z.string().trim().min(1, { message: 'Hãy ghi căn cứ của chỉ tiêu.' }).max(2000),
  version: version.optional(),
});

export const VersionInput = z.object({ version });

export const BallotInput = z.object({
  choices: z
    .array(z.object({ candidateId: id, choice: z.enum(CHOICES, { error: 'Ý kiến không hợp lệ.' }) }))
    .min(1, { message: 'Phiếu chưa có ý kiến nào.' }),
});

export const ReceiptInput = z.object({
  receipt: z.string().trim().min(1, { message: 'Hãy nhập mã biên nhận.' }).max(200),
});

export const PaperInput = z.object({
  memberIds: z.array(id),
  tallies: z.array(
    z.object({
      candidateId: id,
      yes: count('Số phiếu đồng ý'),
      no: count('Số phiếu không đồng ý'),
      abstain: count('Số phiếu không biểu quyết'),
      invalid: count('Số phiếu không hợp lệ'),
    }),
  ),
  note: optionalText('Ghi chú', 1000),
});

export const ElectInput = z.object({ version, reason: optionalText('Lý do', 2000) });

export const UnitMeetingInput = z.object({
  unitId: id,
  year,
  heldOn: isoDate('Ngày họp').nullable().optional(),
  chairedBy: id.nullable().optional(),
  totalCount: count('Tổng số người'),
  presentCount: count('Số người có mặt'),
  minutes: optionalText('Nội dung biên bản', 50000),
});

export const UnitMeetingUpdate = z.object({
  version,
  heldOn: isoDate('Ngày họp').nullable().optional(),
  chairedBy: id.nullable().optional(),
  totalCount: count('Tổng số người'),
  presentCount: count('Số người có mặt'),
  minutes: optionalText('Nội dung biên bản', 50000),
  candidates: z.array(
    z.object({
      code,
      personId: id.nullable().optional(),
      unitId: id.nullable().optional(),
      yes: count('Số phiếu đồng ý'),
      no: count('Số phiếu không đồng ý'),
      abstain: count('Số phiếu không biểu quyết'),
      proposed: z.boolean(),
    }),
  ),
});
