import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { IdParams } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { AgencyDetail, AgencyTreeNode, presentDetail, presentTree } from './presenter.ts';
import * as service from './service.ts';

export async function agencyRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/agencies/tree',
    {
      config: { policy: 'agencies:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Cây tổ chức trong phạm vi của người dùng',
        response: { 200: z.array(AgencyTreeNode) },
      },
    },
    async (req) => presentTree(await service.agencyTree(ctx, actorOf(req))),
  );
  app.get(
    '/agencies/:id',
    {
      config: { policy: 'agencies:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Chi tiết cơ quan và số liệu',
        params: IdParams,
        response: { 200: AgencyDetail },
      },
    },
    async (req) => presentDetail(await service.agencyDetail(ctx, actorOf(req), req.params.id)),
  );
  app.put(
    '/agencies/:id/working-year',
    {
      config: { policy: 'agencies:settings' },
      schema: {
        tags: ['organisation'],
        summary: 'Đổi năm công tác thi đua của cơ quan (các trang mở theo năm này)',
        params: IdParams,
        body: z.object({
          year: z
            .number({ error: 'Hãy chọn năm công tác.' })
            .int({ message: 'Năm công tác phải là số nguyên.' })
            .min(2000, { message: 'Năm công tác không hợp lệ.' }),
        }),
        response: { 200: z.object({ workingYear: z.number().int() }) },
      },
    },
    async (req) => ({
      workingYear: await service.setWorkingYear(ctx, actorOf(req), req.params.id, req.body.year),
    }),
  );
}
