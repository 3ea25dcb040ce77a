import type { Dayjs } from 'dayjs';
import { z } from 'zod';
import { toWireDate } from '../../lib/format.ts';
import type { Person, PersonInput } from './api/person-schema.ts';
import { fromWireDate } from '../../lib/format.ts';

// The person form: what the fields hold (dayjs dates), how they become a PersonInput, and the client-side
// rules that give instant messages. The server re-validates; its messages land on the same fields.

export interface PersonFormValues {
  fullName?: string;
  code?: string;
  gender?: 'nam' | 'nu';
  birthDate?: Dayjs | null;
  category?: 'cong-chuc' | 'vien-chuc' | 'hop-dong';
  position?: string;
  isLeader?: boolean;
  unitId?: number;
  unitChangedOn?: Dayjs | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  sectorSince?: Dayjs | null;
  hazardousWork?: boolean;
  partyMember?: boolean;
  partyJoinedOn?: Dayjs | null;
  partyCellId?: number | null;
  unionMember?: boolean;
  youthMember?: boolean;
  email?: string;
  phone?: string;
  note?: string;
}

const text = (v: string | undefined): string | undefined => {
  const t = v?.normalize('NFC').trim();
  return t ? t : undefined;
};

/** Form values → the wire shape: dates YYYY-MM-DD; a blank optional field is sent as null, so clearing a
 * field in an edit clears it on the server too. */
export function toPersonInput(v: PersonFormValues): PersonInput {
  const date = (d: Dayjs | null | undefined) => toWireDate(d) ?? null;
  const out: PersonInput = {
    fullName: text(v.fullName)?.replace(/\s+/g, ' ') ?? '',
    code: text(v.code) ?? '',
    gender: v.gender as PersonInput['gender'],
    birthDate: date(v.birthDate),
    category: v.category as PersonInput['category'],
    position: text(v.position) ?? null,
    isLeader: v.isLeader ?? false,
    unitId: v.unitId as number,
    startDate: date(v.startDate),
    endDate: date(v.endDate),
    sectorSince: date(v.sectorSince),
    hazardousWork: v.hazardousWork ?? false,
    partyMember: v.partyMember ?? false,
    partyJoinedOn: v.partyMember ? date(v.partyJoinedOn) : null,
    partyCellId: v.partyMember ? (v.partyCellId ?? null) : null,
    unionMember: v.unionMember ?? false,
    youthMember: v.youthMember ?? false,
    email: text(v.email) ?? null,
    phone: text(v.phone) ?? null,
    note: text(v.note) ?? null,
  };
  const changedOn = toWireDate(v.unitChangedOn);
  if (changedOn) out.unitChangedOn = changedOn;
  return out;
}

export function toFormValues(p: Person): PersonFormValues {
  return {
    fullName: p.fullName,
    code: p.code,
    gender: p.gender,
    birthDate: fromWireDate(p.birthDate) ?? null,
    category: p.category,
    position: p.position ?? undefined,
    isLeader: p.isLeader,
    unitId: p.unitId ?? undefined,
    startDate: fromWireDate(p.startDate) ?? null,
    endDate: fromWireDate(p.endDate) ?? null,
    sectorSince: fromWireDate(p.sectorSince) ?? null,
    hazardousWork: p.hazardousWork ?? false,
    partyMember: p.partyMember ?? false,
    partyJoinedOn: fromWireDate(p.partyJoinedOn) ?? null,
    partyCellId: p.partyCellId ?? null,
    unionMember: p.unionMember ?? false,
    youthMember: p.youthMember ?? false,
    email: p.email ?? undefined,
    phone: p.phone ?? undefined,
    note: p.note ?? undefined,
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ.');
const optDate = isoDate.nullable().optional();
const optText = (max: number, what: string) =>
  z.string().max(max, `${what} dài quá ${max} ký tự.`).nullable().optional();
const today = () => new Date().toISOString().slice(0, 10);

export const PersonInputSchema = z
  .object({
    fullName: z
      .string()
      .min(1, 'Họ và tên không được để trống.')
      .max(100, 'Họ và tên dài quá 100 ký tự.')
      .refine((s) => !/[0-9_@#$%^&*=+<>{}[\]\\/|]/.test(s), 'Họ và tên có ký tự không dùng trong tên người.'),
    code: z.string().min(1, 'Mã cán bộ không được để trống.').max(30, 'Mã cán bộ dài quá 30 ký tự.'),
    gender: z.enum(['nam', 'nu'], { error: 'Chọn giới tính.' }),
    birthDate: isoDate
      .refine((d) => d >= '1930-01-01' && d <= today(), 'Ngày sinh không hợp lệ.')
      .nullable()
      .optional(),
    category: z.enum(['cong-chuc', 'vien-chuc', 'hop-dong'], { error: 'Chọn loại cán bộ.' }),
    position: optText(100, 'Chức vụ'),
    isLeader: z.boolean(),
    unitId: z.number({ error: 'Chọn đơn vị công tác.' }).int().positive('Chọn đơn vị công tác.'),
    unitChangedOn: isoDate.optional(),
    startDate: optDate,
    endDate: optDate,
    sectorSince: optDate,
    hazardousWork: z.boolean().optional(),
    partyMember: z.boolean().optional(),
    partyJoinedOn: optDate,
    partyCellId: z.number().nullable().optional(),
    unionMember: z.boolean().optional(),
    youthMember: z.boolean().optional(),
    email: z
      .email('Thư điện tử không hợp lệ.')
      .max(120, 'Thư điện tử dài quá 120 ký tự.')
      .nullable()
      .optional(),
    phone: z
      .string()
      .regex(/^[0-9+ ().-]{6,20}$/, 'Số điện thoại không hợp lệ (6–20 chữ số).')
      .nullable()
      .optional(),
    note: optText(2000, 'Ghi chú'),
  })
  .superRefine((v, ctx) => {
    if (v.birthDate && v.startDate && v.startDate <= v.birthDate)
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'Ngày vào cơ quan phải sau ngày sinh.' });
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Ngày nghỉ không được trước ngày vào cơ quan.',
      });
    if (v.birthDate && v.sectorSince && v.sectorSince <= v.birthDate)
      ctx.addIssue({ code: 'custom', path: ['sectorSince'], message: 'Ngày vào ngành phải sau ngày sinh.' });
    if (v.birthDate && v.partyJoinedOn && v.partyJoinedOn <= v.birthDate)
      ctx.addIssue({ code: 'custom', path: ['partyJoinedOn'], message: 'Ngày vào Đảng phải sau ngày sinh.' });
    if (v.partyJoinedOn && v.partyJoinedOn > today())
      ctx.addIssue({
        code: 'custom',
        path: ['partyJoinedOn'],
        message: 'Ngày vào Đảng không được sau hôm nay.',
      });
  });

export const FIELDS = [
  'fullName',
  'code',
  'gender',
  'birthDate',
  'category',
  'position',
  'isLeader',
  'unitId',
  'unitChangedOn',
  'startDate',
  'endDate',
  'sectorSince',
  'hazardousWork',
  'partyMember',
  'partyJoinedOn',
  'partyCellId',
  'unionMember',
  'youthMember',
  'email',
  'phone',
  'note',
] as const;
