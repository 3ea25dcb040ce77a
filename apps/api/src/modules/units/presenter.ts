import { z } from 'zod';
import type { UnitRecord } from '../../../../../packages/db/src/repositories/units.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';

export const UNIT_KINDS = [
  'lanh-dao',
  'van-phong',
  'thanh-tra',
  'phong',
  'chi-cuc',
  'trung-tam',
  'khac',
] as const;
export const UNIT_KIND_LABELS: Record<(typeof UNIT_KINDS)[number], string> = {
  'lanh-dao': 'Lãnh đạo',
  'van-phong': 'Văn phòng',
  'thanh-tra': 'Thanh tra',
  phong: 'Phòng',
  'chi-cuc': 'Chi cục',
  'trung-tam': 'Trung tâm',
  khac: 'Khác',
};

export const UnitSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    parentUnitId: z.number().int().nullable(),
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(UNIT_KINDS),
    sortOrder: z.number().int(),
    active: z.boolean(),
    headcount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Unit' });

export function presentUnit(u: UnitRecord): z.infer<typeof UnitSchema> {
  return {
    id: u.id,
    agencyId: u.agency_id,
    parentUnitId: u.parent_unit_id,
    code: u.code,
    name: u.name,
    shortName: u.short_name,
    kind: u.kind,
    sortOrder: u.sort_order,
    active: u.active,
    headcount: u.headcount,
    version: u.version,
  };
}

export const UNIT_EXPORT_COLUMNS: ExportColumn<UnitRecord>[] = [
  { header: 'Mã đơn vị', width: 14, value: (u) => u.code },
  { header: 'Tên đơn vị', width: 44, value: (u) => u.name },
  { header: 'Tên viết tắt', width: 16, value: (u) => u.short_name },
  { header: 'Loại', width: 14, value: (u) => UNIT_KIND_LABELS[u.kind] },
  { header: 'Số người', width: 10, type: 'number', value: (u) => u.headcount },
  { header: 'Đang hoạt động', width: 14, type: 'bool', value: (u) => u.active },
];
