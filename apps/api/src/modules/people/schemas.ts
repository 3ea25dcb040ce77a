import { z } from 'zod';
import { PageQuery, QueryBool, isoDate, optionalText } from '../../http/schemas.ts';
import { CATEGORIES } from './presenter.ts';

export const PeopleQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  category: z.enum(CATEGORIES, { error: 'Loại cán bộ không hợp lệ.' }).optional(),
  leader: QueryBool.optional(),
  q: z.string().trim().max(100).optional(),
  includeLeft: QueryBool.optional(),
});
export const PeopleListQuery = PeopleQuery.extend(PageQuery.shape);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const flag = z.boolean({ error: 'Giá trị phải là có hoặc không.' });
const optionalDate = (label: string) => isoDate(label).nullable().optional();

export const PersonInput = z
  .object({
    fullName: z
      .string({ error: 'Họ và tên không được để trống.' })
      .trim()
      .min(1, { message: 'Họ và tên không được để trống.' })
      .max(100, { message: 'Họ và tên không được dài quá 100 ký tự.' })
      .refine((s) => !/[0-9@#$%^&*_=+<>{}[\]\\|/]/.test(s), {
        message: 'Họ và tên có ký tự không dùng trong tên người.',
      }),
    gender: z.enum(['nam', 'nu'], { error: 'Giới tính phải là Nam hoặc Nữ.' }),
    birthDate: optionalDate('Ngày sinh'),
    category: z.enum(CATEGORIES, { error: 'Loại cán bộ phải là Công chức, Viên chức hoặc Hợp đồng.' }),
    position: optionalText('Chức vụ', 100),
    isLeader: flag.optional(),
    unitId: z.number({ error: 'Hãy chọn đơn vị.' }).int().positive({ message: 'Hãy chọn đơn vị.' }),
    code: z
      .string({ error: 'Mã cán bộ không được để trống.' })
      .trim()
      .min(1, { message: 'Mã cán bộ không được để trống.' })
      .max(30, { message: 'Mã cán bộ không được dài quá 30 ký tự.' }),
    startDate: optionalDate('Ngày vào cơ quan'),
    endDate: optionalDate('Ngày nghỉ'),
    sectorSince: optionalDate('Ngày vào ngành'),
    hazardousWork: flag.optional(),
    partyMember: flag.optional(),
    partyJoinedOn: optionalDate('Ngày vào Đảng'),
    partyCellId: z.number().int().positive().nullable().optional(),
    unionMember: flag.optional(),
    youthMember: flag.optional(),
    email: optionalText('Email', 120).refine((s) => s === null || s === undefined || EMAIL.test(s), {
      message: 'Email không hợp lệ.',
    }),
    phone: optionalText('Điện thoại', 20).refine(
      (s) => s === null || s === undefined || /^[0-9+ ().-]{6,20}$/.test(s),
      {
        message: 'Điện thoại không hợp lệ.',
      },
    ),
    note: optionalText('Ghi chú', 2000),
    unitChangedOn: isoDate('Ngày chuyển đơn vị').optional(),
  })
  .meta({ id: 'PersonCreate' });

export const PersonUpdate = PersonInput.extend({
  version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
}).meta({
  id: 'PersonUpdate',
});

export type PersonInputT = z.infer<typeof PersonInput>;
