import { z } from 'zod';
import type { PersonRecord } from '../../../../../packages/db/src/repositories/people.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';

export const CATEGORIES = ['cong-chuc', 'vien-chuc', 'hop-dong'] as const;
export const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], string> = {
  'cong-chuc': 'Công chức',
  'vien-chuc': 'Viên chức',
  'hop-dong': 'Hợp đồng',
};

const rowShape = {
  id: z.number().int(),
  code: z.string(),
  fullName: z.string(),
  gender: z.enum(['nam', 'nu']),
  birthDate: z.string().nullable(),
  category: z.enum(CATEGORIES),
  position: z.string().nullable(),
  isLeader: z.boolean(),
  unitId: z.number().int(),
  unitName: z.string(),
  partyMember: z.boolean(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
};

export const PersonRowSchema = z.object(rowShape).meta({ id: 'PersonRow' });

const personFields = {
  ...rowShape,
  agencyId: z.number().int(),
  familyName: z.string(),
  givenName: z.string(),
  sectorSince: z.string().nullable(),
  hazardousWork: z.boolean(),
  partyJoinedOn: z.string().nullable(),
  partyCellId: z.number().int().nullable(),
  unionMember: z.boolean(),
  youthMember: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
};

export const UnitHistorySchema = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  position: z.string().nullable(),
  isLeader: z.boolean(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
});

export const PersonSchema = z
  .object({ ...personFields, unitHistory: z.array(UnitHistorySchema) })
  .meta({ id: 'Person' });

export type PersonRowOut = z.infer<typeof PersonRowSchema>;
export type PersonOut = z.infer<typeof PersonSchema>;

export function presentPersonRow(p: PersonRecord): PersonRowOut {
  return {
    id: p.id,
    code: p.code,
    fullName: p.full_name,
    gender: p.gender,
    birthDate: p.birth_date,
    category: p.category,
    position: p.position,
    isLeader: p.is_leader,
    unitId: p.unit_id,
    unitName: p.unit_name,
    partyMember: p.party_member,
    startDate: p.start_date,
    endDate: p.end_date,
  };
}

/** The person without history: also what the audit log stores as before/after. */
export function presentPersonFields(p: PersonRecord): Omit<PersonOut, 'unitHistory'> {
  return {
    ...presentPersonRow(p),
    agencyId: p.agency_id,
    familyName: p.family_name,
    givenName: p.given_name,
    sectorSince: p.sector_since,
    hazardousWork: p.hazardous_work,
    partyJoinedOn: p.party_joined_on,
    partyCellId: p.party_cell_id,
    unionMember: p.union_member,
    youthMember: p.youth_member,
    email: p.email,
    phone: p.phone,
    note: p.note,
    version: p.version,
  };
}

export function presentPerson(
  p: PersonRecord,
  history: {
    unit_id: number;
    unit_name: string;
    position: string | null;
    is_leader: boolean;
    from_date: string;
    to_date: string | null;
  }[],
): PersonOut {
  return {
    ...presentPersonFields(p),
    unitHistory: history.map((h) => ({
      unitId: h.unit_id,
      unitName: h.unit_name,
      position: h.position,
      isLeader: h.is_leader,
      fromDate: h.from_date,
      toDate: h.to_date,
    })),
  };
}

export const PEOPLE_EXPORT_COLUMNS: ExportColumn<PersonRecord>[] = [
  { header: 'Mã cán bộ', width: 12, value: (p) => p.code },
  { header: 'Họ và tên', width: 28, value: (p) => p.full_name },
  { header: 'Giới tính', width: 9, value: (p) => (p.gender === 'nu' ? 'Nữ' : 'Nam') },
  { header: 'Ngày sinh', width: 12, type: 'date', value: (p) => p.birth_date },
  { header: 'Đơn vị', width: 36, value: (p) => p.unit_name },
  { header: 'Loại', width: 12, value: (p) => CATEGORY_LABELS[p.category] },
  { header: 'Chức vụ', width: 22, value: (p) => p.position },
  { header: 'Lãnh đạo', width: 9, type: 'bool', value: (p) => p.is_leader },
  { header: 'Ngày vào cơ quan', width: 15, type: 'date', value: (p) => p.start_date },
  { header: 'Đảng viên', width: 10, type: 'bool', value: (p) => p.party_member },
  { header: 'Email', width: 26, value: (p) => p.email },
  { header: 'Điện thoại', width: 14, value: (p) => p.phone },
  { header: 'Ngày nghỉ', width: 12, type: 'date', value: (p) => p.end_date },
];
