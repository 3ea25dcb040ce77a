// Request and response schemas of the ratings module (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const RATING_VALUES = ['htxsnv', 'httnv', 'htnv', 'khtnv'] as const;
export const DISCIPLINE_LEVEL_VALUES = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
] as const;

const Year = z.coerce.number({ error: 'Năm không hợp lệ.' }).int().min(1945).max(2200);
const RatingValue = z.enum(RATING_VALUES, { error: 'Xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV.' });

export const GridQuery = z.object({ unitId: z.coerce.number().int().positive(), year: Year });
export const YearOnlyQuery = z.object({
  year: Year,
  agencyId: z.coerce.number().int().positive().optional(),
});
export const ExportQuery = z.object({
  year: Year,
  unitId: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
});

const Warning = z.object({
  code: z.string(),
  rule: z.string(),
  personId: z.number().int().nullable(),
  message: z.string(),
});

export const CapSchema = z.object({
  used: z.number().int(),
  allowed: z.number().int(),
  baseCount: z.number().int(),
  base: z.enum(['httnv', 'httnv-or-above']),
  percent: z.number().int(),
  exceeded: z.boolean(),
  text: z.string(),
});

export const GridRowSchema = z.object({
  personId: z.number().int(),
  code: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  ratingId: z.number().int().nullable(),
  version: z.number().int().nullable(),
  selfRating: RatingValue.nullable(),
  proposedRating: RatingValue.nullable(),
  finalRating: RatingValue.nullable(),
  monthsWorked: z.number().nullable(),
  absenceDays: z.number().nullable(),
  maternityLeave: z.boolean(),
  recruitedOn: z.string().nullable(),
  note: z.string().nullable(),
  overCapReason: z.string().nullable(),
  disciplines: z.array(
    z.object({
      id: z.number().int(),
      level: z.string(),
      levelText: z.string(),
      decidedOn: z.string().nullable(),
      decisionRef: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  transferred: z.boolean(),
  unitsInYear: z.array(
    z.object({ unitId: z.number().int(), unitName: z.string(), from: z.string(), to: z.string().nullable() }),
  ),
  fromLeaves: z
    .object({
      monthsWorked: z.number().nullable(),
      absenceDays: z.number().nullable(),
      transferredFrom: z.string().nullable(),
    })
    .nullable(),
  warnings: z.array(Warning),
});

export const GridSchema = z
  .object({
    unitId: z.number().int(),
    unitName: z.string(),
    agencyId: z.number().int(),
    year: z.number().int(),
    canFinalise: z.boolean(),
    cap: CapSchema,
    rows: z.array(GridRowSchema),
    warnings: z.array(Warning),
  })
  .meta({ id: 'RatingGrid' });

export const SaveResultSchema = GridSchema.extend({ written: z.number().int() });

const Months = z
  .number({ error: 'Số tháng công tác phải là số.' })
  .min(0, { message: 'Số tháng công tác từ 0 đến 12.' })
  .max(12, { message: 'Số tháng công tác từ 0 đến 12.' })
  .multipleOf(0.5, { message: 'Số tháng công tác làm tròn đến nửa tháng.' });
const Days = z
  .number({ error: 'Số ngày nghỉ phải là số.' })
  .min(0, { message: 'Số ngày nghỉ từ 0 đến 366.' })
  .max(366, { message: 'Số ngày nghỉ từ 0 đến 366.' })
  .multipleOf(0.5, { message: 'Số ngày nghỉ làm tròn đến nửa ngày.' });

export const RowInputSchema = z.object({
  personId: z.number().int().positive(),
  version: z.number().int().positive().nullable(),
  selfRating: RatingValue.nullable().optional(),
  proposedRating: RatingValue.nullable().optional(),
  finalRating: RatingValue.nullable().optional(),
  monthsWorked: Months.nullable().optional(),
  absenceDays: Days.nullable().optional(),
  maternityLeave: z.boolean().optional(),
  note: optionalText('Ghi chú', 1000),
});

export const SaveGridBody = z.object({
  unitId: z.number().int().positive(),
  year: z.number().int().min(1945).max(2200),
  capOverrideReason: optionalText('Lý do vượt tỷ lệ HTXSNV', 1000),
  rows: z.array(RowInputSchema).max(2000),
});

export const SelfSchema = z.object({
  personId: z.number().int(),
  year: z.number().int(),
  version: z.number().int().nullable(),
  selfRating: RatingValue.nullable(),
  proposedRating: RatingValue.nullable(),
  finalRating: RatingValue.nullable(),
});

export const SelfBody = z.object({
  year: z.number().int().min(1945).max(2200),
  selfRating: RatingValue.nullable(),
  version: z.number().int().positive().nullable(),
});

const DisciplineFields = {
  year: z.number().int().min(1945).max(2200),
  kind: z
    .enum(['hanh-chinh', 'dang'], { error: 'Loại kỷ luật là hành chính hoặc Đảng.' })
    .default('hanh-chinh'),
  level: z.enum(DISCIPLINE_LEVEL_VALUES, { error: 'Hình thức kỷ luật không hợp lệ.' }),
  decidedOn: isoDate('Ngày quyết định').nullable().optional(),
  decisionRef: optionalText('Số quyết định', 100),
  issuedBy: optionalText('Cơ quan ra quyết định', 300),
  fromDate: isoDate('Ngày có hiệu lực').nullable().optional(),
  toDate: isoDate('Ngày hết hiệu lực').nullable().optional(),
  reason: optionalText('Lý do', 2000),
  status: z.enum(['in-force', 'expired', 'annulled']).optional(),
};

export const DisciplineCreate = z.object({ personId: z.number().int().positive(), ...DisciplineFields });
export const DisciplineUpdate = z.object({ version: z.number().int().positive(), ...DisciplineFields });
export const VersionBody = z.object({ version: z.number().int().positive() });

export const DisciplineSchema = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    year: z.number().int(),
    kind: z.string(),
    level: z.string(),
    levelText: z.string(),
    decidedOn: z.string().nullable(),
    decisionRef: z.string().nullable(),
    issuedBy: z.string().nullable(),
    fromDate: z.string().nullable(),
    toDate: z.string().nullable(),
    reason: z.string().nullable(),
    status: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Discipline' });

export const JobQueued = z.object({ jobId: z.number().int() });

export const SettingsQuery = z.object({ agencyId: z.coerce.number().int().positive().optional() });
export const SettingsSchema = z.object({
  agencyId: z.number().int(),
  capBase: z.enum(['httnv', 'httnv-or-above']),
});
export const SettingsBody = z.object({
  agencyId: z.number().int().positive().optional(),
  capBase: z.enum(['httnv', 'httnv-or-above'], { error: 'Cách tính là "httnv" hoặc "httnv-or-above".' }),
});
