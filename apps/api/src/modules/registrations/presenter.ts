import { z } from 'zod';
import type { RegistrationRow } from '../../../../../packages/db/src/repositories/registrations.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/index.ts';
import { AWARD_CODES, REGISTRATION_STATUSES } from './schemas.ts';

export const STATUS_LABELS: Record<(typeof REGISTRATION_STATUSES)[number] | 'not-sent', string> = {
  'not-sent': 'Chưa gửi',
  draft: 'Chưa gửi',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

export function awardLabel(code: (typeof AWARD_CODES)[number], otherName: string | null): string {
  return code === 'khac' ? (otherName ?? 'Khác') : TARGET_LABELS[code];
}

const Item = z.object({
  code: z.enum(AWARD_CODES),
  otherName: z.string().nullable(),
  note: z.string().nullable(),
  label: z.string(),
});

export const RegistrationSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    year: z.number().int(),
    movementId: z.number().int().nullable(),
    movementName: z.string().nullable(),
    subjectKind: z.enum(['person', 'unit']),
    personId: z.number().int().nullable(),
    personName: z.string().nullable(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    status: z.enum(REGISTRATION_STATUSES),
    deadlineOn: z.string().nullable(),
    submittedAt: z.string().nullable(),
    late: z.boolean(),
    returnedReason: z.string().nullable(),
    commitments: z.string().nullable(),
    items: z.array(Item),
    version: z.number().int(),
  })
  .meta({ id: 'Registration' });
export type RegistrationOut = z.infer<typeof RegistrationSchema>;

type ItemRow = { code: (typeof AWARD_CODES)[number]; other_name: string | null; note: string | null };
const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function presentRegistration(r: RegistrationRow, items: ItemRow[]): RegistrationOut {
  return {
    id: r.id,
    agencyId: r.agency_id,
    year: r.year,
    movementId: r.movement_id,
    movementName: r.movement_name,
    subjectKind: r.subject_kind,
    personId: r.person_id,
    personName: r.person_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    status: r.status,
    deadlineOn: r.deadline_on,
    submittedAt: iso(r.submitted_at),
    late: r.late,
    returnedReason: r.returned_reason,
    commitments: r.commitments,
    items: items.map((i) => ({
      code: i.code,
      otherName: i.other_name,
      note: i.note,
      label: awardLabel(i.code, i.other_name),
    })),
    version: r.version,
  };
}

export const BoardSchema = z.object({
  settings: z.object({
    agencyId: z.number().int(),
    year: z.number().int(),
    registrationRequired: z.boolean(),
    registrationDeadline: z.string().nullable(),
    initiativeDeadline: z.string().nullable(),
  }),
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      registrationId: z.number().int().nullable(),
      status: z.enum(['not-sent', 'submitted', 'returned', 'accepted']),
      statusLabel: z.string(),
      late: z.boolean(),
      returnedReason: z.string().nullable(),
      headcount: z.number().int(),
      peopleRegistered: z.number().int(),
    }),
  ),
});

export const SettingsSchema = BoardSchema.shape.settings;

export const REGISTRATION_EXPORT_COLUMNS: ExportColumn<RegistrationOut>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Đơn vị', width: 30, value: (r) => r.unitName },
  { header: 'Cá nhân', width: 28, value: (r) => r.personName ?? '(Tập thể)' },
  { header: 'Danh hiệu, hình thức đăng ký', width: 44, value: (r) => r.items.map((i) => i.label).join('; ') },
  { header: 'Trạng thái', width: 16, value: (r) => STATUS_LABELS[r.status] },
  { header: 'Nộp muộn', width: 10, type: 'bool', value: (r) => r.late },
  { header: 'Ngày gửi', width: 18, type: 'datetime', value: (r) => r.submittedAt },
  { header: 'Lý do trả lại', width: 36, value: (r) => r.returnedReason },
];
