import { z } from 'zod';

// The shapes of /api/indicators/* (docs/openapi.json: Indicator, IndicatorGrid, IndicatorRevision,
// AdminProcedureStats). Figures are plain decimal strings ("14103.4").

export const INDICATOR_KINDS = ['amount', 'index', 'percent', 'count', 'fraction'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const KIND_LABELS: Record<IndicatorKind, string> = {
  amount: 'Giá trị (tỷ đồng, triệu USD…)',
  index: 'Chỉ số so cùng kỳ (%)',
  percent: 'Tỷ lệ (%)',
  count: 'Số lượng',
  fraction: 'Tỷ lệ tử/mẫu (478.395/478.833)',
};
export type ValueKind = 'estimate' | 'actual';

export const IndicatorSchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  year: z.number(),
  parentId: z.number().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().nullable(),
  quantityUnit: z.string().nullable(),
  precision: z.number(),
  percentPrecision: z.number(),
  aggregation: z.enum(['sum', 'last', 'none']),
  planValue: z.string().nullable(),
  position: z.number(),
  sourceNote: z.string().nullable(),
  version: z.number(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CellSchema = z.object({
  id: z.number(),
  version: z.number(),
  value: z.string().nullable(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  quantity: z.string().nullable(),
  reportedCumulative: z.string().nullable(),
  priorYearValue: z.string().nullable(),
  priorYearQuantity: z.string().nullable(),
  note: z.string().nullable(),
});
export type Cell = z.infer<typeof CellSchema>;

const Texts = z.record(z.string(), z.string().nullable());

export const GridRowSchema = z.object({
  indicator: IndicatorSchema,
  depth: z.number(),
  months: z.array(
    z.object({ month: z.number(), estimate: CellSchema.nullable(), actual: CellSchema.nullable() }),
  ),
  summary: z.object({
    estimated: z.boolean(),
    missingMonths: z.array(z.number()),
    /** Against the sum of a same-unit breakdown: derived (the parent shows the sum) or mismatch, with a note. */
    breakdown: z
      .object({ derived: z.boolean(), mismatch: z.boolean(), note: z.string().nullable() })
      .nullable()
      .optional(),
    raw: Texts,
    text: Texts,
  }),
});
export type GridRow = z.infer<typeof GridRowSchema>;

export const GridSchema = z.object({
  agencyId: z.number(),
  year: z.number(),
  uptoMonth: z.number(),
  rows: z.array(GridRowSchema),
});
export type Grid = z.infer<typeof GridSchema>;

export const RevisionSchema = z.object({
  id: z.number(),
  indicatorId: z.number(),
  month: z.number(),
  kind: z.enum(['estimate', 'actual']),
  beforeText: z.string(),
  afterText: z.string(),
  source: z.enum(['grid', 'import']),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const AdminProcedureSchema = z.object({
  id: z.number(),
  year: z.number(),
  periodFrom: z.string(),
  periodTo: z.string(),
  received: z.number(),
  resolved: z.number(),
  onTime: z.number().nullable(),
  late: z.number().nullable(),
  online: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number(),
  text: Texts,
});
export type AdminProcedure = z.infer<typeof AdminProcedureSchema>;
