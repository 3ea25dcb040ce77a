// Request and response schemas of the indicators module (zod; they also make the OpenAPI document).
// Figures travel as plain decimal strings ("14103.4"), never binary floats: the web converts what the
// officer types ("14.103,4") with parseVi before sending.
import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const INDICATOR_KINDS = ['amount', 'index', 'percent', 'count', 'fraction'] as const;
export const AGGREGATIONS = ['sum', 'last', 'none'] as const;
export const VALUE_KINDS = ['estimate', 'actual'] as const;

const DECIMAL_RE = /^-?\d{1,15}(\.\d{1,6})?$/;
export const DecimalText = (label: string) =>
  z
    .string({ error: `${label} phải là số.` })
    .trim()
    .regex(DECIMAL_RE, {
      message: `${label} phải là số thập phân dạng 14103.4 (tối đa 6 chữ số thập phân).`,
    });
const optDecimal = (label: string) => DecimalText(label).nullable().optional();

export const YearQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int().min(1945).max(2200),
});

export const GridQuery = YearQuery.extend({ uptoMonth: z.coerce.number().int().min(1).max(12).optional() });
export const SummaryQuery = YearQuery.extend({
  uptoMonth: z.coerce.number({ error: 'Hãy chọn tháng.' }).int().min(1).max(12),
});

const IndicatorFields = {
  parentId: z.number().int().positive().nullable().optional(),
  code: z
    .string({ error: 'Mã chỉ tiêu không được để trống.' })
    .trim()
    .min(1, { message: 'Mã chỉ tiêu không được để trống.' })
    .max(40, { message: 'Mã chỉ tiêu không được dài quá 40 ký tự.' })
    .regex(/^[a-z0-9][a-z0-9.-]*$/, {
      message: 'Mã chỉ tiêu chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối (ví dụ gtsx-cn).',
    }),
  name: z
    .string({ error: 'Tên chỉ tiêu không được để trống.' })
    .trim()
    .min(1, { message: 'Tên chỉ tiêu không được để trống.' })
    .max(300, { message: 'Tên chỉ tiêu không được dài quá 300 ký tự.' }),
  kind: z.enum(INDICATOR_KINDS, { error: 'Loại chỉ tiêu không hợp lệ.' }),
  unit: optionalText('Đơn vị tính', 40),
  quantityUnit: optionalText('Đơn vị sản lượng', 40),
  precision: z
    .number()
    .int()
    .min(0, { message: 'Số chữ số thập phân từ 0 đến 6.' })
    .max(6, { message: 'Số chữ số thập phân từ 0 đến 6.' })
    .optional(),
  percentPrecision: z
    .number()
    .int()
    .min(0, { message: 'Số chữ số thập phân của tỷ lệ từ 0 đến 4.' })
    .max(4, { message: 'Số chữ số thập phân của tỷ lệ từ 0 đến 4.' })
    .optional(),
  aggregation: z.enum(AGGREGATIONS, { error: 'Cách cộng dồn không hợp lệ.' }).optional(),
  planValue: optDecimal('Kế hoạch năm'),
  position: z.number().int().min(0).max(100000).optional(),
  sourceNote: optionalText('Nguồn số liệu', 500),
};

export const IndicatorCreate = z
  .object({
    agencyId: z.number().int().positive().optional(),
    year: z.number({ error: 'Hãy chọn năm.' }).int().min(1945).max(2200),
    ...IndicatorFields,
  })
  .meta({ id: 'IndicatorCreate' });
export const IndicatorUpdate = z
  .object({
    ...IndicatorFields,
    version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
  })
  .meta({ id: 'IndicatorUpdate' });
export const VersionBody = z.object({
  version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
});

export const CellParams = z.object({
  id: z.coerce.number().int().positive(),
  month: z.coerce
    .number()
    .int()
    .min(1, { message: 'Tháng từ 1 đến 12.' })
    .max(12, { message: 'Tháng từ 1 đến 12.' }),
  kind: z.enum(VALUE_KINDS, { error: 'Loại số liệu phải là estimate (ước) hoặc actual (thực hiện).' }),
});

export const CellInput = z
  .object({
    value: optDecimal('Giá trị'),
    numerator: optDecimal('Tử số'),
    denominator: optDecimal('Mẫu số'),
    quantity: optDecimal('Sản lượng'),
    reportedCumulative: optDecimal('Lũy kế'),
    priorYearValue: optDecimal('Cùng kỳ năm trước'),
    priorYearQuantity: optDecimal('Sản lượng cùng kỳ năm trước'),
    note: optionalText('Ghi chú', 500),
    version: z.number().int().optional(),
  })
  .meta({ id: 'IndicatorCellWrite' });

export const RevisionQuery = z.object({
  month: z.coerce.number().int().min(1).max(12).optional(),
  kind: z.enum(VALUE_KINDS).optional(),
});

const Figures = z.object({
  value: z.string().nullable(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  quantity: z.string().nullable(),
  reportedCumulative: z.string().nullable(),
  priorYearValue: z.string().nullable(),
  priorYearQuantity: z.string().nullable(),
  note: z.string().nullable(),
});
export const CellSchema = Figures.extend({ id: z.number().int(), version: z.number().int() }).meta({
  id: 'IndicatorCell',
});

export const IndicatorSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    year: z.number().int(),
    parentId: z.number().int().nullable(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(INDICATOR_KINDS),
    unit: z.string().nullable(),
    quantityUnit: z.string().nullable(),
    precision: z.number().int(),
    percentPrecision: z.number().int(),
    aggregation: z.enum(AGGREGATIONS),
    planValue: z.string().nullable(),
    position: z.number().int(),
    sourceNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Indicator' });

const SummaryFields = {
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().nullable(),
  quantityUnit: z.string().nullable(),
  precision: z.number().int(),
  percentPrecision: z.number().int(),
  depth: z.number().int(),
  parentId: z.number().int().nullable(),
  estimated: z.boolean(),
  missingMonths: z.array(z.number().int()),
  breakdown: z
    .object({
      sum: z.string().nullable(),
      sumText: z.string().nullable(),
      derived: z.boolean(),
      mismatch: z.boolean(),
      note: z.string().nullable(),
    })
    .nullable()
    .describe('Đối chiếu với tổng các chỉ tiêu con cùng đơn vị (null khi không có)'),
  raw: z.record(z.string(), z.string().nullable()),
  text: z.record(z.string(), z.string().nullable()),
};
const SummaryItemBase = z.object(SummaryFields);
export type SummaryItemJson = z.infer<typeof SummaryItemBase> & { children: SummaryItemJson[] };
export const SummaryItemSchema: z.ZodType<SummaryItemJson> = SummaryItemBase.extend({
  children: z.lazy(() => z.array(SummaryItemSchema)),
}).meta({ id: 'IndicatorSummaryItem' });

export const AdminProcedureSchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    periodFrom: z.string(),
    periodTo: z.string(),
    received: z.number().int(),
    resolved: z.number().int(),
    onTime: z.number().int().nullable(),
    late: z.number().int().nullable(),
    online: z.number().int().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    raw: z.record(z.string(), z.string().nullable()),
    text: z.record(z.string(), z.string().nullable()),
  })
  .meta({ id: 'AdminProcedureStats' });

export const SummarySchema = z
  .object({
    agencyId: z.number().int(),
    year: z.number().int(),
    uptoMonth: z.number().int(),
    indicators: z.array(SummaryItemSchema),
    adminProcedures: z.array(AdminProcedureSchema),
  })
  .meta({ id: 'IndicatorSummary' });

export const GridSchema = z
  .object({
    agencyId: z.number().int(),
    year: z.number().int(),
    uptoMonth: z.number().int(),
    rows: z.array(
      z.object({
        indicator: IndicatorSchema,
        depth: z.number().int(),
        months: z.array(
          z.object({
            month: z.number().int(),
            estimate: CellSchema.nullable(),
            actual: CellSchema.nullable(),
          }),
        ),
        summary: z.object({ ...SummaryFields, children: z.array(z.never()) }),
      }),
    ),
  })
  .meta({ id: 'IndicatorGrid' });

export const RevisionSchema = z
  .object({
    id: z.number().int(),
    indicatorId: z.number().int(),
    month: z.number().int(),
    kind: z.enum(VALUE_KINDS),
    before: Figures.nullable(),
    after: Figures.nullable(),
    beforeText: z.string(),
    afterText: z.string(),
    source: z.enum(['grid', 'import']),
    changedBy: z.string().nullable(),
    changedAt: z.string(),
  })
  .meta({ id: 'IndicatorRevision' });

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số nguyên không âm.` })
    .int({ message: `${label} phải là số nguyên.` })
    .min(0, { message: `${label} không được âm.` });
const AdminProcedureFields = {
  periodFrom: isoDate('Ngày đầu kỳ'),
  periodTo: isoDate('Ngày cuối kỳ'),
  received: count('Số hồ sơ tiếp nhận'),
  resolved: count('Số hồ sơ đã giải quyết'),
  onTime: count('Số hồ sơ đúng hạn').nullable().optional(),
  late: count('Số hồ sơ trễ hạn').nullable().optional(),
  online: count('Số hồ sơ trực tuyến').nullable().optional(),
  note: optionalText('Ghi chú', 500),
};
export const AdminProcedureCreate = z
  .object({ agencyId: z.number().int().positive().optional(), ...AdminProcedureFields })
  .meta({ id: 'AdminProcedureCreate' });
export const AdminProcedureUpdate = z
  .object({ ...AdminProcedureFields, version: z.number().int() })
  .meta({ id: 'AdminProcedureUpdate' });

/** The import job started (follow it at GET /api/jobs/:id). */
export const JobQueued = z.object({ jobId: z.number().int() });
