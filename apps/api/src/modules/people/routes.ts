import { z } from 'zod';
import { unitsOfAgency } from '../../../../../packages/db/src/repositories/units.ts';
import { buildStaffTemplate } from '../../../../../packages/spreadsheets/src/staff-template.ts';
import { XLSX_MIME } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { IdParams, NoContent, pageOffset, paged } from '../../http/schemas.ts';
import { contentDisposition, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { agencyWriteScope, inScope } from '../../auth/actor.ts';
import { AuditItemSchema, presentAudit } from '../audit/presenter.ts';
import { PEOPLE_EXPORT_COLUMNS, PersonRowSchema, PersonSchema, presentPersonRow } from './presenter.ts';
import { PeopleListQuery, PeopleQuery, PersonInput, PersonUpdate } from './schemas.ts';
import { IMPORT_JOB, importHandler, queueImport } from './import.ts';
import * as service from './service.ts';

export async function peopleRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.tdkt.jobs.register(IMPORT_JOB, importHandler);

  app.get(
    '/people',
    {
      config: { policy: 'people:read' },
      schema: {
        tags: ['people'],
        summary: 'Danh sách cán bộ (sắp theo tên rồi họ; tìm không dấu theo tên và mã)',
        querystring: PeopleListQuery,
        response: { 200: paged(PersonRowSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      const r = await service.listPeople(ctx, actorOf(req), filter, pageOffset({ page, pageSize }));
      return { items: r.rows.map(presentPersonRow), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/people/export.xlsx',
    {
      config: { policy: 'people:export' },
      schema: {
        tags: ['people'],
        summary: 'Xuất danh sách cán bộ đã lọc ra Excel (mọi trang)',
        querystring: PeopleQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `danh-sach-can-bo-${ymd()}.xlsx`,
        sheetName: 'Danh sách cán bộ',
        columns: PEOPLE_EXPORT_COLUMNS,
        rows: service.exportPeople(ctx, actorOf(req), req.query),
        timeZone: ctx.config.timeZone,
      }),
  );

  app.get(
    '/people/import/template.xlsx',
    {
      config: { policy: 'people:import' },
      schema: {
        tags: ['people'],
        summary: 'Tệp mẫu nhập danh sách cán bộ',
        querystring: z.object({ agencyId: z.coerce.number().int().positive().optional() }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const agencyId = req.query.agencyId ?? actor.agencyId ?? undefined;
      const units =
        agencyId !== undefined && inScope(agencyWriteScope(actor), agencyId)
          ? await unitsOfAgency(ctx.db, agencyId)
          : [];
      const buf = await buildStaffTemplate({ unitNames: units.map((u) => u.name) });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition('mau-nhap-can-bo.xlsx'))
        .send(buf);
    },
  );

  app.post(
    '/people/import',
    {
      config: { policy: 'people:import' },
      schema: {
        tags: ['people'],
        summary: 'Nhập danh sách cán bộ từ Excel (multipart, trường "file"); chạy thành công việc nền',
        consumes: ['multipart/form-data'],
        querystring: z.object({ agencyId: z.coerce.number().int().positive().optional() }),
        response: { 202: z.object({ jobId: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const agencyId = req.query.agencyId ?? actor.agencyId;
      if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan để nhập danh sách.');
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      const jobId = await queueImport(ctx, actor, app.tdkt.jobs, agencyId, {
        name: part.filename || 'import.xlsx',
        content,
      });
      return reply.code(202).send({ jobId });
    },
  );

  app.get(
    '/people/:id',
    {
      config: { policy: 'people:read' },
      schema: {
        tags: ['people'],
        summary: 'Chi tiết cán bộ và lịch sử đơn vị',
        params: IdParams,
        response: { 200: PersonSchema },
      },
    },
    async (req) => service.getPerson(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/people/:id/audit',
    {
      config: { policy: 'people:audit' },
      schema: {
        tags: ['people'],
        summary: 'Nhật ký thay đổi của một cán bộ',
        params: IdParams,
        response: { 200: z.array(AuditItemSchema) },
      },
    },
    async (req) => (await service.personAudit(ctx, actorOf(req), req.params.id)).rows.map(presentAudit),
  );

  app.post(
    '/people',
    {
      config: { policy: 'people:write' },
      schema: {
        tags: ['people'],
        summary: 'Thêm cán bộ',
        body: PersonInput,
        response: { 201: PersonSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createPerson(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/people/:id',
    {
      config: { policy: 'people:write' },
      schema: {
        tags: ['people'],
        summary: 'Sửa cán bộ (gửi kèm version đã đọc)',
        params: IdParams,
        body: PersonUpdate,
        response: { 200: PersonSchema },
      },
    },
    async (req) => service.updatePerson(ctx, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/people/:id',
    {
      config: { policy: 'people:delete' },
      schema: {
        tags: ['people'],
        summary: 'Xoá cán bộ (nếu đã có lịch sử thì ghi ngày nghỉ thay vì xoá)',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const outcome = await service.deletePerson(ctx, actorOf(req), req.params.id);
      return reply.code(204).header('x-tdkt-outcome', outcome).send();
    },
  );
}
