import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { IdParams } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { COVENANT_EXPORT_COLUMNS, CovenantSchema, presentCovenant } from './presenter.ts';
import { CovenantInput, CovenantListQuery, CovenantUpdate } from './schemas.ts';
import * as service from './service.ts';
import { buildCovenant } from '../../../../../packages/documents/src/builders/covenant.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';

const TAGS = ['covenants'];

export async function covenantRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/covenants',
    {
      config: { policy: 'covenants:read' },
      schema: {
        tags: TAGS,
        summary: 'Giao ước thi đua (trong cơ quan và với cụm, khối)',
        querystring: CovenantListQuery,
        response: { 200: z.array(CovenantSchema) },
      },
    },
    async (req) =>
      (await service.list(ctx, actorOf(req), req.query)).map((x) => presentCovenant(x.row, x.signatories)),
  );
  app.get(
    '/covenants/export.xlsx',
    {
      config: { policy: 'covenants:read' },
      schema: { tags: TAGS, summary: 'Xuất danh sách giao ước ra Excel', querystring: CovenantListQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `giao-uoc-thi-dua-${ymd()}.xlsx`,
        sheetName: 'Giao ước thi đua',
        columns: COVENANT_EXPORT_COLUMNS,
        rows: iterateWith(async () =>
          (await service.list(ctx, actorOf(req), req.query)).map((x) =>
            presentCovenant(x.row, x.signatories),
          ),
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/covenants/:id',
    {
      config: { policy: 'covenants:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết giao ước',
        params: IdParams,
        response: { 200: CovenantSchema },
      },
    },
    async (req) => {
      const r = await service.get(ctx, actorOf(req), req.params.id);
      return presentCovenant(r.row, r.signatories);
    },
  );
  app.post(
    '/covenants',
    {
      config: { policy: 'covenants:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm giao ước thi đua',
        body: CovenantInput,
        response: { 201: CovenantSchema },
      },
    },
    async (req, reply) => {
      const r = await service.create(ctx, actorOf(req), req.body);
      return reply.code(201).send(presentCovenant(r.row, r.signatories));
    },
  );
  app.put(
    '/covenants/:id',
    {
      config: { policy: 'covenants:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa giao ước (gửi kèm version)',
        params: IdParams,
        body: CovenantUpdate,
        response: { 200: CovenantSchema },
      },
    },
    async (req) => {
      const r = await service.update(ctx, actorOf(req), req.params.id, req.body);
      return presentCovenant(r.row, r.signatories);
    },
  );
  app.post(
    '/covenants/:id/file',
    {
      config: { policy: 'covenants:write' },
      schema: {
        tags: TAGS,
        summary: 'Đính kèm bản giao ước đã ký (multipart, trường "file")',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: CovenantSchema },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      const r = await service.attach(ctx, actorOf(req), req.params.id, {
        name: part.filename || 'giao-uoc',
        mime: part.mimetype,
        content,
      });
      return presentCovenant(r.row, r.signatories);
    },
  );
  app.get(
    '/covenants/:id/file',
    {
      config: { policy: 'covenants:read' },
      schema: { tags: TAGS, summary: 'Tải bản giao ước đã ký', params: IdParams },
    },
    async (req, reply) => {
      const f = await service.file(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(f.content);
    },
  );
  app.get(
    '/covenants/:id/document.docx',
    {
      config: { policy: 'covenants:read' },
      schema: {
        tags: TAGS,
        summary:
          'Bản giao ước thi đua trong cơ quan (.docx): các đơn vị ký kết, nội dung giao ước, chữ ký đại diện từng đơn vị',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const r = await service.get(ctx, actorOf(req), req.params.id);
      const c = presentCovenant(r.row, r.signatories);
      if (c.groupId !== null)
        throw errors.field('id', 'Giao ước của cụm, khối thi đua được lập ở mục Chấm điểm cụm, khối.');
      const a = await ctx.db
        .selectFrom('agencies')
        .select(['name', 'parent_name', 'place_name', 'symbol', 'short_name'])
        .where('id', '=', c.agencyId)
        .executeTakeFirstOrThrow();
      const doc = buildCovenant({
        agency: {
          name: a.name,
          parentName: a.parent_name,
          place: a.place_name ?? '',
          abbreviation: a.symbol ?? a.short_name ?? 'CQ',
        },
        year: c.year,
        title: c.title,
        content: c.content,
        signedOn: c.signedOn,
        placeName: c.placeName,
        signatories: c.signatories.map((x) => ({
          name: x.name,
          signerName: x.signerName,
          signerTitle: x.signerTitle,
        })),
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`giao-uoc-thi-dua-${c.year}.docx`))
        .send(await renderDocx(doc));
    },
  );
}
