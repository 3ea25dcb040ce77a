import { z } from 'zod';
import type { MovementRow } from '../../../../../packages/db/src/repositories/movements.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { awardLabel } from '../registrations/presenter.ts';
import { AWARD_CODES } from '../registrations/schemas.ts';
import { LAUNCHERS, MOVEMENT_STATUSES } from './schemas.ts';
import { launchOf } from './service.ts';

export const LAUNCHER_LABELS: Record<(typeof LAUNCHERS)[number], string> = {
  'thu-tuong': 'Thủ tướng Chính phủ',
  bo: 'Bộ, ngành',
  tinh: 'UBND tỉnh',
  'khoi-cum': 'Khối, cụm thi đua',
  'co-quan': 'Cơ quan',
  khac: 'Khác',
};
export const MOVEMENT_STATUS_LABELS: Record<(typeof MOVEMENT_STATUSES)[number], string> = {
  draft: 'Dự thảo',
  active: 'Đang triển khai',
  closed: 'Đã tổng kết',
};

export const MovementRowSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    launchedBy: z.enum(LAUNCHERS),
    launcherName: z.string().nullable(),
    kind: z.enum(['thuong-xuyen', 'chuyen-de']),
    name: z.string(),
    theme: z.string().nullable(),
    slogan: z.string().nullable(),
    year: z.number().int(),
    fromDate: z.string().nullable(),
    toDate: z.string().nullable(),
    decisionRef: z.string().nullable(),
    decisionOn: z.string().nullable(),
    status: z.enum(MOVEMENT_STATUSES),
    version: z.number().int(),
  })
  .meta({ id: 'MovementRow' });

const num = z.number().nullable();
const text = z.string().nullable().optional();
/** The launch document's text as stored (LaunchInput without its input transforms). */
const LaunchSchema = z.object({
  number: text,
  issuedOn: text,
  preamble: text,
  purpose: text,
  contents: text,
  implementation: text,
  closing: text,
  signerAuthority: z.array(z.string()).optional(),
  signerName: text,
  recipients: z.array(z.string()).optional(),
});
export const MovementSchema = MovementRowSchema.extend({
  description: z.string().nullable(),
  launch: LaunchSchema.nullable(),
  phases: z.array(
    z.object({
      id: z.number().int(),
      position: z.number().int(),
      name: z.string(),
      fromDate: z.string(),
      toDate: z.string(),
      description: z.string().nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.number().int(),
      position: z.number().int(),
      kind: z.enum(['quantitative', 'qualitative']),
      content: z.string(),
      targetValue: num,
      unit: z.string().nullable(),
      comparison: z.string().nullable(),
      titleCode: z.enum(AWARD_CODES).nullable(),
    }),
  ),
  rewards: z.array(
    z.object({
      code: z.enum(AWARD_CODES),
      otherName: z.string().nullable(),
      note: z.string().nullable(),
      label: z.string(),
    }),
  ),
  participants: z.array(
    z.object({
      unitId: z.number().int().nullable(),
      agencyId: z.number().int().nullable(),
      name: z.string(),
    }),
  ),
  results: z.array(
    z.object({
      id: z.number().int(),
      phaseId: z.number().int().nullable(),
      targetId: z.number().int().nullable(),
      unitId: z.number().int().nullable(),
      reportedOn: z.string(),
      content: z.string(),
      value: num,
      numerator: num,
      denominator: num,
      unit: z.string().nullable(),
      text: z.string().nullable(),
      /** "220/220 xã", "0 trường hợp", as the reports print it. */
      display: z.string(),
    }),
  ),
}).meta({ id: 'Movement' });

const n = (v: number | null): number | null => (v === null ? null : Number(v));
const vi = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

export function resultDisplay(r: {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: string | null;
  content: string;
}): string {
  const unit = r.unit ? ` ${r.unit}` : '';
  if (r.numerator !== null && r.denominator !== null)
    return `${vi(Number(r.numerator))}/${vi(Number(r.denominator))}${unit}`;
  if (r.value !== null) return `${vi(Number(r.value))}${unit}`;
  return r.content;
}

export function presentMovementRow(m: MovementRow): z.infer<typeof MovementRowSchema> {
  return {
    id: m.id,
    agencyId: m.agency_id,
    launchedBy: m.launched_by,
    launcherName: m.launcher_name,
    kind: m.kind,
    name: m.name,
    theme: m.theme,
    slogan: m.slogan,
    year: m.year,
    fromDate: m.from_date,
    toDate: m.to_date,
    decisionRef: m.decision_ref,
    decisionOn: m.decision_on,
    status: m.status,
    version: m.version,
  };
}

type Detail = Awaited<ReturnType<typeof import('./service.ts').get>>;
export function presentMovement(d: Detail): z.infer<typeof MovementSchema> {
  return {
    ...presentMovementRow(d.movement),
    description: d.movement.description,
    launch: launchOf(d.movement),
    phases: d.phases.map((p) => ({
      id: p.id,
      position: p.position,
      name: p.name,
      fromDate: p.from_date,
      toDate: p.to_date,
      description: p.description,
    })),
    targets: d.targets.map((t) => ({
      id: t.id,
      position: t.position,
      kind: t.kind,
      content: t.content,
      targetValue: n(t.target_value),
      unit: t.unit,
      comparison: t.comparison,
      titleCode: t.title_code,
    })),
    rewards: d.rewards.map((r) => ({
      code: r.code,
      otherName: r.other_name,
      note: r.note,
      label: awardLabel(r.code, r.other_name),
    })),
    participants: d.participants.map((p) => ({ unitId: p.unit_id, agencyId: p.agency_id, name: p.name })),
    results: d.results.map((r) => ({
      id: r.id,
      phaseId: r.phase_id,
      targetId: r.target_id,
      unitId: r.unit_id,
      reportedOn: r.reported_on,
      content: r.content,
      value: n(r.value),
      numerator: n(r.numerator),
      denominator: n(r.denominator),
      unit: r.unit,
      text: r.text,
      display: resultDisplay({
        value: n(r.value),
        numerator: n(r.numerator),
        denominator: n(r.denominator),
        unit: r.unit,
        content: r.content,
      }),
    })),
  };
}

export const MOVEMENT_EXPORT_COLUMNS: ExportColumn<z.infer<typeof MovementRowSchema>>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Tên phong trào', width: 50, value: (r) => r.name },
  { header: 'Cấp phát động', width: 24, value: (r) => r.launcherName ?? LAUNCHER_LABELS[r.launchedBy] },
  { header: 'Văn bản phát động', width: 40, value: (r) => r.decisionRef },
  { header: 'Chủ đề', width: 40, value: (r) => r.theme },
  { header: 'Khẩu hiệu', width: 36, value: (r) => r.slogan },
  { header: 'Từ ngày', width: 12, type: 'date', value: (r) => r.fromDate },
  { header: 'Đến ngày', width: 12, type: 'date', value: (r) => r.toDate },
  { header: 'Trạng thái', width: 16, value: (r) => MOVEMENT_STATUS_LABELS[r.status] },
];
