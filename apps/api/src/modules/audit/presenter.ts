import { z } from 'zod';
import type { AuditRecord } from '../../../../../packages/db/src/repositories/audit.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';

export const AuditItemSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userId: z.number().int().nullable(),
    username: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    agencyId: z.number().int().nullable(),
    summary: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditItem' });

export function presentAudit(r: AuditRecord): z.infer<typeof AuditItemSchema> {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    username: r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    agencyId: r.agency_id,
    summary: r.summary,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}

const ACTION_LABELS: Record<string, string> = {
  create: 'Thêm',
  update: 'Sửa',
  delete: 'Xoá',
  end: 'Ghi ngày nghỉ',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  lock: 'Khoá tài khoản',
  password: 'Đổi mật khẩu',
  import: 'Nhập Excel',
};

export const AUDIT_EXPORT_COLUMNS: ExportColumn<AuditRecord>[] = [
  { header: 'Số', width: 8, type: 'number', value: (r) => r.id },
  { header: 'Thời điểm', width: 18, type: 'datetime', value: (r) => new Date(r.at).toISOString() },
  { header: 'Người thực hiện', width: 18, value: (r) => r.username },
  { header: 'Thao tác', width: 14, value: (r) => ACTION_LABELS[r.action] ?? r.action },
  { header: 'Đối tượng', width: 12, value: (r) => r.entity },
  { header: 'Mã đối tượng', width: 12, value: (r) => r.entity_id },
  { header: 'Nội dung', width: 60, value: (r) => r.summary },
  {
    header: 'Trước',
    width: 40,
    value: (r) => (r.before == null ? null : JSON.stringify(r.before).slice(0, 32000)),
  },
  {
    header: 'Sau',
    width: 40,
    value: (r) => (r.after == null ? null : JSON.stringify(r.after).slice(0, 32000)),
  },
];
