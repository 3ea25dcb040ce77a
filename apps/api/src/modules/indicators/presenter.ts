// Rows → JSON: plans as plain decimal strings, camelCase names.
import type { IndicatorRecord } from '../../../../../packages/db/src/repositories/indicators.ts';
import { dec, toPlain } from '../../../../../packages/domain/src/indicators/index.ts';

export function presentIndicator(i: IndicatorRecord) {
  return {
    id: i.id,
    agencyId: i.agency_id,
    year: i.year,
    parentId: i.parent_id,
    code: i.code,
    name: i.name,
    kind: i.value_kind,
    unit: i.unit,
    quantityUnit: i.quantity_unit,
    precision: i.precision,
    percentPrecision: i.percent_precision,
    aggregation: i.aggregation,
    planValue: i.plan_value === null ? null : toPlain(dec(i.plan_value)),
    position: i.position,
    sourceNote: i.source_note,
    version: i.version,
  };
}
