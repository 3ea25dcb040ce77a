import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { IdParams, optionalText } from '../../http/schemas.ts';
import { sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { UNIT_EXPORT_COLUMNS, UNIT_KINDS, UnitSchema, presentUnit } from './presenter.ts';
import * as service from './service.ts';

const UnitsQuery = z.object({ agencyId: z.coerce.number().int().positive().optional() });

const UnitFields = {
  code: z
    .string({ error: 'Mã đơn vị không được để trống.' })
    .trim()
    .min(1, { message: 'Mã đơn vị không được để trống.' })
    .max(30, { message: 'Mã đơn vị không được dài quá 30 ký tự.' }),
  name: z
    .string({ error: 'Tên đơn vị không được để trống.' })
    .trim()
    .min(1, { message: 'Tên đơn vị không được để trống.' })
    .max(200, { message: 'Tên đơn vị không được dài quá 200 ký tự.' }),
  shortName: optionalText('Tên viết tắt', 60),
  kind: z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ.' }),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  active: z.boolean().optional(),
  parentUnitId: z.number().int().positive().nullable().optional(),
};
const UnitCreate = z
  .object({ agencyId: z.number({ error: 'Hãy chọn cơ quan.' }).int().positive(), ...UnitFields })
  .meta({ id: 'UnitCreate' });
const UnitUpdate = z
  .object({ ...UnitFields, version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int() })
  .meta({ id: 'UnitUpdate' });

export async function unitRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/units',
    {
      config: { policy: 'units:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Danh sách đơn vị',
        querystring: UnitsQuery,
        response: { 200: z.array(UnitSchema) },
      },
    },
    async (req) => (await service.listUnits(ctx, actorOf(req), req.query.agencyId)).map(presentUnit),
  );
  app.get(
    '/units/export.xlsx',
    {
      config: { policy: 'units:export' },
      schema: { tags: ['organisation'], summary: 'Xuất danh sách đơn vị ra Excel', querystring: UnitsQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `don-vi-${ymd()}.xlsx`,
        sheetName: 'Đơn vị',
        title: 'Danh sách đơn vị',
        columns: UNIT_EXPORT_COLUMNS,
        rows: service.exportUnits(ctx, actorOf(req), req.query.agencyId),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.post(
    '/units',
    {
      config: { policy: 'units:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Thêm đơn vị',
        body: UnitCreate,
        response: { 201: UnitSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentUnit(await service.createUnit(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/units/:id',
    {
      config: { policy: 'units:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Sửa đơn vị',
        params: IdParams,
        body: UnitUpdate,
        response: { 200: UnitSchema },
      },
    },
    async (req) => presentUnit(await service.updateUnit(ctx, actorOf(req), req.params.id, req.body)),
  );
}
