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
}
