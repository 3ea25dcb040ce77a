import { z } from 'zod';
import type { AuditFilter } from '../../../../../packages/db/src/repositories/audit.ts';
import type { Ctx } from '../../context.ts';
import { PageQuery, isoDate, pageOffset, paged } from '../../http/schemas.ts';
import { sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { AUDIT_EXPORT_COLUMNS, AuditItemSchema, presentAudit } from './presenter.ts';
import * as service from './service.ts';

const AuditQuery = z.object({
  entity: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().max(30).optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
  q: z.string().trim().max(100).optional(),
});

const VerifySchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenId: z.number().int().nullable(),
    message: z.string(),
  })
  .meta({ id: 'AuditVerify' });

export async function auditRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/audit',
    {
      config: { policy: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi (mới nhất trước)',
        querystring: AuditQuery.extend(PageQuery.shape),
        response: { 200: paged(AuditItemSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      const r = await service.listAudit(
        ctx,
        actorOf(req),
        filter as AuditFilter,
        pageOffset({ page, pageSize }),
      );
      return { items: r.rows.map(presentAudit), total: r.total, page, pageSize };
    },
  );
  app.get(
    '/audit/export.xlsx',
    {
      config: { policy: 'audit:export' },
      schema: { tags: ['audit'], summary: 'Xuất nhật ký đã lọc ra Excel', querystring: AuditQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `nhat-ky-${ymd()}.xlsx`,
        sheetName: 'Nhật ký',
        columns: AUDIT_EXPORT_COLUMNS,
        rows: service.exportAudit(ctx, actorOf(req), req.query as AuditFilter),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/audit/verify',
    {
      config: { policy: 'audit:verify' },
      schema: { tags: ['audit'], summary: 'Kiểm tra chuỗi băm của nhật ký', response: { 200: VerifySchema } },
    },
    async () => service.verifyAudit(ctx),
  );
}
