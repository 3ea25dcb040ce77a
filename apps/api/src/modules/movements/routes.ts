import { z } from 'zod';
import { buildMovementLaunch } from '../../../../../packages/documents/src/builders/movement-launch.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { Ctx } from '../../context.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  MOVEMENT_EXPORT_COLUMNS,
  MovementRowSchema,
  MovementSchema,
  presentMovement,
  presentMovementRow,
} from './presenter.ts';
import { MovementInput, MovementListQuery, MovementUpdate, ResultInput } from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['movements'];

export async function movementRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/movements',
    {
      config: { policy: 'movements:read' },
      schema: {
        tags: TAGS,
        summary: 'Phong trào thi đua của cơ quan',
        querystring: MovementListQuery,
        response: { 200: z.array(MovementRowSchema) },
      },
    },
    async (req) => (await service.list(ctx, actorOf(req), req.query)).map(presentMovementRow),
  );
  app.get(
    '/movements/export.xlsx',
    {
      config: { policy: 'movements:read' },
      schema: { tags: TAGS, summary: 'Xuất danh sách phong trào ra Excel', querystring: MovementListQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `phong-trao-thi-dua-${ymd()}.xlsx`,
        sheetName: 'Phong trào thi đua',
        columns: MOVEMENT_EXPORT_COLUMNS,
        rows: iterateWith(async () =>
          (await service.list(ctx, actorOf(req), req.query)).map(presentMovementRow),
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/movements/:id',
    {
      config: { policy: 'movements:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết phong trào: đợt, chỉ tiêu, danh hiệu, đơn vị tham gia, kết quả',
        params: IdParams,
        response: { 200: MovementSchema },
      },
    },
    async (req) => presentMovement(await service.get(ctx, actorOf(req), req.params.id)),
  );
  app.post(
    '/movements',
    {
      config: { policy: 'movements:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm phong trào thi đua',
        body: MovementInput,
        response: { 201: MovementSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentMovement(await service.create(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/movements/:id',
    {
      config: { policy: 'movements:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa phong trào (gửi kèm version)',
        params: IdParams,
        body: MovementUpdate,
        response: { 200: MovementSchema },
      },
    },
    async (req) => presentMovement(await service.update(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/movements/:id',
    {
      config: { policy: 'movements:write' },
      schema: { tags: TAGS, summary: 'Xoá phong trào', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await service.remove(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/movements/:id/results',
    {
      config: { policy: 'movements:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi kết quả theo đợt / chỉ tiêu ("220/220 xã", "0 trường hợp vi phạm")',
        params: IdParams,
        body: ResultInput,
        response: { 200: MovementSchema },
      },
    },
    async (req) => presentMovement(await service.addResult(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/movements/:id/results/:resultId',
    {
      config: { policy: 'movements:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá một kết quả',
        params: IdParams.extend({ resultId: z.coerce.number().int().positive() }),
        response: { 200: MovementSchema },
      },
    },
    async (req) =>
      presentMovement(await service.removeResult(ctx, actorOf(req), req.params.id, req.params.resultId)),
  );
  app.get(
    '/movements/:id/launch.docx',
    {
      config: { policy: 'movements:read' },
      schema: { tags: TAGS, summary: 'Kế hoạch phát động phong trào thi đua (.docx)', params: IdParams },
    },
    async (req, reply) => {
      const d = presentMovement(await service.get(ctx, actorOf(req), req.params.id));
      const a = await ctx.db
        .selectFrom('agencies')
        .select(['name', 'parent_name', 'place_name', 'symbol', 'short_name'])
        .where('id', '=', d.agencyId)
        .executeTakeFirstOrThrow();
      const l = d.launch;
      const auth = l?.signerAuthority ?? [];
      const doc = buildMovementLaunch({
        agency: {
          name: a.name,
          parentName: a.parent_name,
          place: a.place_name ?? '',
          abbreviation: a.symbol ?? a.short_name ?? 'CQ',
        },
        year: d.year,
        number: l?.number ?? null,
        issuedOn: l?.issuedOn ?? null,
        title:
          d.kind === 'thuong-xuyen'
            ? `Phát động phong trào thi đua năm ${d.year}`
            : `Phát động phong trào thi đua "${d.name}"`,
        preamble: l?.preamble ?? null,
        purpose: l?.purpose ?? null,
        theme: d.theme,
        slogan: d.slogan,
        contents: l?.contents ?? null,
        phases: d.phases,
        targets: d.targets,
        rewards: d.rewards.map((r) => r.label),
        implementation: l?.implementation ?? null,
        closing: l?.closing ?? null,
        recipients: l?.recipients ?? [],
        signature: auth.length ? { authority: auth, signerName: l?.signerName ?? '' } : null,
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`ke-hoach-phat-dong-thi-dua-${d.year}.docx`))
        .send(await renderDocx(doc));
    },
  );
}
