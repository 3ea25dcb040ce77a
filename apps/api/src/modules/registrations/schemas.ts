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
export const REGISTRATION_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });

export const RegistrationInput = z.object({
  year,
  subjectKind: z.enum(['person', 'unit']),
  personId: z.number().int().positive().optional(),
  unitId: z.number().int().positive().optional(),
  items: z
    .array(
      z.object({
        code: z.enum(AWARD_CODES),
        otherName: optionalText('Tên hình thức khác', 300),
        note: optionalText('Ghi chú', 1000),
      }),
    )
    .min(1, { message: 'Hãy chọn ít nhất một danh hiệu hoặc hình thức đăng ký.' }),
  commitments: optionalText('Chỉ tiêu, cam kết', 20000),
  /** A topical movement's registration (its titles and forms); absent: the yearly registration. */
  movementId: z.number().int().positive().nullable().optional(),
  /** Send it to the officer now (else it stays a draft). */
  submit: z.boolean().optional(),
});
export type RegistrationInputT = z.infer<typeof RegistrationInput>;

export const RegistrationListQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  year: year.optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  subjectKind: z.enum(['person', 'unit']).optional(),
  /** A movement's registrations; without it, the yearly registrations only. */
  movementId: z.coerce.number().int().positive().optional(),
});

export const ReturnInput = z.object({
  version: z.number().int(),
  reason: z
    .string({ error: 'Hãy ghi lý do trả lại.' })
    .trim()
    .min(1, { message: 'Hãy ghi lý do trả lại.' })
    .max(2000),
});
export const AcceptInput = z.object({ version: z.number().int() });

export const SettingsQuery = z.object({ agencyId: z.coerce.number().int().positive().optional(), year });
export const SettingsInput = z.object({
  agencyId: z.number().int().positive().optional(),
  year,
  registrationRequired: z.boolean(),
  registrationDeadline: isoDate('Hạn đăng ký thi đua').nullable(),
  initiativeDeadline: isoDate('Hạn đăng ký sáng kiến').nullable(),
});
