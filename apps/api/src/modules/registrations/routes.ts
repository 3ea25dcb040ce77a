import { z } from 'zod';
import { buildRegistrationList } from '../../../../../packages/documents/src/builders/registration-list.ts';
import { signatureHead } from '../../../../../packages/documents/src/builders/generic.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { Ctx } from '../../context.ts';
import { todayIn } from '../../context.ts';
import { IdParams } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  BoardSchema,
  REGISTRATION_EXPORT_COLUMNS,
  RegistrationSchema,
  STATUS_LABELS,
  SettingsSchema,
  presentRegistration,
} from './presenter.ts';
import {
  AcceptInput,
  RegistrationInput,
  RegistrationListQuery,
  ReturnInput,
  SettingsInput,
  SettingsQuery,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['registrations'];
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function registrationRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/registrations',
    {
      config: { policy: 'registrations:read' },
      schema: {
        tags: TAGS,
        summary: 'Đăng ký thi đua trong phạm vi (cán bộ chỉ thấy của mình)',
        querystring: RegistrationListQuery,
        response: { 200: z.array(RegistrationSchema) },
      },
    },
    async (req) =>
      (await service.list(ctx, actorOf(req), req.query)).map((x) => presentRegistration(x.row, x.items)),
  );
  app.get(
    '/registrations/export.xlsx',
    {
      config: { policy: 'registrations:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách đăng ký thi đua ra Excel',
        querystring: RegistrationListQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `dang-ky-thi-dua-${ymd()}.xlsx`,
        sheetName: 'Đăng ký thi đua',
        columns: REGISTRATION_EXPORT_COLUMNS,
        rows: iterateWith(async () =>
          (await service.list(ctx, actorOf(req), req.query)).map((x) => presentRegistration(x.row, x.items)),
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/registrations/list.docx',
    {
      config: { policy: 'registrations:read' },
      schema: {
        tags: TAGS,
        summary: 'Danh sách tập thể, cá nhân đăng ký thi đua (.docx)',
        querystring: SettingsQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const rows = (
        await service.list(ctx, actor, { year: req.query.year, agencyId: req.query.agencyId })
      ).filter((x) => x.row.status === 'submitted' || x.row.status === 'accepted');
      const agencyId = req.query.agencyId ?? actor.agencyId ?? rows[0]?.row.agency_id ?? 0;
      const a = await ctx.db
        .selectFrom('agencies')
        .select(['name', 'parent_name', 'place_name', 'symbol', 'short_name'])
        .where('id', '=', agencyId)
        .executeTakeFirst();
      const doc = buildRegistrationList({
        agency: {
          name: a?.name ?? '',
          parentName: a?.parent_name ?? null,
          place: a?.place_name ?? '',
          abbreviation: a?.symbol ?? a?.short_name ?? 'CQ',
        },
        year: req.query.year,
        date: todayIn(ctx.config.timeZone),
        entries: rows.map((x) => {
          const r = presentRegistration(x.row, x.items);
          return {
            unitName: r.unitName ?? '',
            personName: r.personName,
            titles: r.items.map((i) => i.label),
            note: r.late ? 'Nộp muộn' : null,
          };
        }),
        signature: signatureHead(''),
      });
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(`danh-sach-dang-ky-thi-dua-${req.query.year}.docx`))
        .send(await renderDocx(doc));
    },
  );
  app.get(
    '/registrations/board',
    {
      config: { policy: 'registrations:review' },
      schema: {
        tags: TAGS,
        summary: 'Tình hình đăng ký của từng đơn vị (chưa gửi, đã gửi, bị trả lại, đã chấp nhận; nộp muộn)',
        querystring: SettingsQuery,
        response: { 200: BoardSchema },
      },
    },
    async (req) => {
      const b = await service.board(ctx, actorOf(req), req.query.year, req.query.agencyId);
      return {
        settings: b.settings,
        units: b.units.map((u) => {
          const status = u.status === null || u.status === 'draft' ? ('not-sent' as const) : u.status;
          return {
            unitId: u.unit_id,
            unitName: u.unit_name,
            registrationId: u.registration_id,
            status,
            statusLabel: STATUS_LABELS[status],
            late: u.late ?? false,
            returnedReason: u.returned_reason,
            headcount: Number(u.headcount ?? 0),
            peopleRegistered: Number(u.people_registered ?? 0),
          };
        }),
      };
    },
  );
  app.get(
    '/registrations/settings',
    {
      config: { policy: 'registrations:read' },
      schema: {
        tags: TAGS,
        summary: 'Hạn đăng ký thi đua, sáng kiến và tuỳ chọn "không đăng ký thì không xét"',
        querystring: SettingsQuery,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => service.getSettings(ctx, actorOf(req), req.query.year, req.query.agencyId),
  );
  app.put(
    '/registrations/settings',
    {
      config: { policy: 'registrations:review' },
      schema: {
        tags: TAGS,
        summary: 'Đặt hạn đăng ký và tuỳ chọn "không đăng ký thì không xét"',
        body: SettingsInput,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => service.putSettings(ctx, actorOf(req), req.body),
  );
  app.get(
    '/registrations/:id',
    {
      config: { policy: 'registrations:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết đăng ký thi đua',
        params: IdParams,
        response: { 200: RegistrationSchema },
      },
    },
    async (req) => {
      const r = await service.get(ctx, actorOf(req), req.params.id);
      return presentRegistration(r.row, r.items);
    },
  );
  app.post(
    '/registrations',
    {
      config: { policy: 'registrations:self' },
      schema: {
        tags: TAGS,
        summary: 'Lưu hoặc gửi đăng ký thi đua của cá nhân / đơn vị (một bản mỗi năm)',
        body: RegistrationInput,
        response: { 200: RegistrationSchema },
      },
    },
    async (req) => {
      const r = await service.save(ctx, actorOf(req), req.body);
      return presentRegistration(r.row, r.items);
    },
  );
  app.post(
    '/registrations/:id/return',
    {
      config: { policy: 'registrations:review' },
      schema: {
        tags: TAGS,
        summary: 'Trả lại đăng ký (bắt buộc ghi lý do)',
        params: IdParams,
        body: ReturnInput,
        response: { 200: RegistrationSchema },
      },
    },
    async (req) => {
      const r = await service.returnRegistration(
        ctx,
        actorOf(req),
        req.params.id,
        req.body.version,
        req.body.reason,
      );
      return presentRegistration(r.row, r.items);
    },
  );
  app.post(
    '/registrations/:id/accept',
    {
      config: { policy: 'registrations:review' },
      schema: {
        tags: TAGS,
        summary: 'Chấp nhận đăng ký',
        params: IdParams,
        body: AcceptInput,
        response: { 200: RegistrationSchema },
      },
    },
    async (req) => {
      const r = await service.accept(ctx, actorOf(req), req.params.id, req.body.version);
      return presentRegistration(r.row, r.items);
    },
  );
}
