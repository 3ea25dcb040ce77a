// Routes of the councils module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/councils.ts; the service applies the organisational scope and council membership.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';
import { actorOf } from '../../http/types.ts';
import { IdParams } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx } from '../../http/export.ts';
import {
  AttendanceInput,
  BallotInput,
  CandidatesInput,
  CouncilInput,
  ElectInput,
  PaperInput,
  QuotaInput,
  ReceiptInput,
  SessionInput,
  SessionUpdate,
  UnitMeetingInput,
  UnitMeetingUpdate,
  VersionInput,
  YearQuery,
} from './schemas.ts';
import { TALLY_COLUMNS, minutesDocx, tallyRows, unitMinutesDocx } from './minutes.ts';
import * as service from './service.ts';

const TAGS = ['councils'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function councilRoutes(app: Api, ctx: Ctx): Promise<void> {
  // ---------------------------------------------------------------- council and sessions
  app.get(
    '/emulation-councils',
    {
      config: { policy: 'councils:read' },
      schema: { tags: TAGS, summary: 'Hội đồng Thi đua – Khen thưởng của cơ quan và thành viên' },
    },
    async (req) => service.listCouncils(ctx, actorOf(req)),
  );
  app.post(
    '/emulation-councils',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Lập Hội đồng Thi đua – Khen thưởng (Chủ tịch, Thư ký, Ủy viên)',
        body: CouncilInput,
      },
    },
    async (req, reply) => reply.code(201).send(await service.createCouncil(ctx, actorOf(req), req.body)),
  );
  app.get(
    '/council-sessions',
    {
      config: { policy: 'councils:read' },
      schema: { tags: TAGS, summary: 'Các phiên họp bình xét', querystring: YearQuery },
    },
    async (req) => service.listSessions(ctx, actorOf(req), req.query.year),
  );
  app.post(
    '/council-sessions',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Lập phiên họp bình xét (vòng 1, điểm danh, chỉ tiêu)',
        body: SessionInput,
      },
    },
    async (req, reply) => reply.code(201).send(await service.createSession(ctx, actorOf(req), req.body)),
  );
  app.get(
    '/council-sessions/:id',
    {
      config: { policy: 'councils:read' },
      schema: {
        tags: TAGS,
        summary: 'Phiên họp: thành viên, điểm danh, túc số, các vòng, người được đề nghị, kết quả, chỉ tiêu',
        params: IdParams,
      },
    },
    async (req) => service.getSession(ctx, actorOf(req), req.params.id),
  );
  app.put(
    '/council-sessions/:id',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Sửa ngày, địa điểm, số thành viên tối thiểu, nội dung biên bản',
        params: IdParams,
        body: SessionUpdate,
      },
    },
    async (req) => service.updateSession(ctx, actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/council-sessions/:id/attendance',
    {
      config: { policy: 'councils:manage' },
      schema: { tags: TAGS, summary: 'Điểm danh thành viên', params: IdParams, body: AttendanceInput },
    },
    async (req) => service.setAttendance(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/council-sessions/:id/candidates',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Đưa người, tập thể vào phiếu bầu (lưu kết quả rà soát điều kiện tại thời điểm đó)',
        params: IdParams,
        body: CandidatesInput,
      },
    },
    async (req) => service.addCandidates(ctx, actorOf(req), req.params.id, req.body.candidates),
  );
  app.post(
    '/council-sessions/:id/import-proposals',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Nhận danh sách đề nghị từ các cuộc họp bình xét ở đơn vị',
        params: IdParams,
      },
    },
    async (req) => service.importProposals(ctx, actorOf(req), req.params.id),
  );
  app.delete(
    '/council-candidates/:id',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Bỏ người khỏi phiếu bầu (trước khi mở bỏ phiếu)',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().positive() }),
      },
    },
    async (req) => service.removeCandidate(ctx, actorOf(req), req.params.id, req.query.version),
  );
  app.put(
    '/council-sessions/:id/quotas',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Chỉ tiêu của một danh hiệu (cơ sở tính, tỷ lệ)',
        params: IdParams,
        body: QuotaInput,
      },
    },
    async (req) => service.setQuota(ctx, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/council-sessions/:id/quotas',
    {
      config: { policy: 'councils:read' },
      schema: {
        tags: TAGS,
        summary: 'Bộ đếm chỉ tiêu theo danh hiệu ("CSTĐCS: 6/6 đã dùng")',
        params: IdParams,
      },
    },
    async (req) => (await service.getSession(ctx, actorOf(req), req.params.id)).quotas,
  );
  app.post(
    '/council-sessions/:id/open',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Mở bỏ phiếu kín (cần đủ túc số)',
        params: IdParams,
        body: VersionInput,
      },
    },
    async (req) => service.openVoting(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.post(
    '/council-sessions/:id/close',
    {
      config: { policy: 'councils:manage' },
      schema: { tags: TAGS, summary: 'Kết thúc phiên họp', params: IdParams, body: VersionInput },
    },
    async (req) => service.closeSession(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.get(
    '/council-sessions/:id/minutes.docx',
    {
      config: { policy: 'councils:read' },
      schema: {
        tags: TAGS,
        summary: 'Biên bản họp Hội đồng Thi đua – Khen thưởng (.docx)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const { buffer, filename } = await minutesDocx(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(filename))
        .send(buffer);
    },
  );
  app.get(
    '/council-sessions/:id/tallies.xlsx',
    {
      config: { policy: 'councils:read' },
      schema: { tags: TAGS, summary: 'Xuất kết quả kiểm phiếu ra Excel', params: IdParams },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `ket-qua-kiem-phieu-${req.params.id}.xlsx`,
        sheetName: 'Kết quả kiểm phiếu',
        columns: TALLY_COLUMNS,
        rows: iterateWith(() => tallyRows(ctx, actorOf(req), req.params.id)),
        timeZone: ctx.config.timeZone,
      }),
  );

  // ---------------------------------------------------------------- rounds and candidates
  app.post(
    '/council-rounds/:id/close',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Kiểm phiếu: áp ngưỡng theo danh hiệu và chế độ, xếp trong chỉ tiêu',
        params: IdParams,
        body: VersionInput,
      },
    },
    async (req) => service.closeRound(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.post(
    '/council-rounds/:id/recount',
    {
      config: { policy: 'councils:read' },
      schema: {
        tags: TAGS,
        summary: 'Kiểm phiếu lại từ các phiếu đã lưu và so với kết quả đã ghi',
        params: IdParams,
      },
    },
    async (req) => service.recount(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/council-rounds/:id/next',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Mở vòng bỏ phiếu tiếp theo giữa những người bằng phiếu ở vị trí cuối chỉ tiêu',
        params: IdParams,
      },
    },
    async (req) => service.nextRound(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/council-rounds/:id/paper',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Thư ký nhập kết quả phiếu giấy (số đếm, ghi là phiếu giấy)',
        params: IdParams,
        body: PaperInput,
      },
    },
    async (req) => service.enterPaper(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/council-candidates/:id/elect',
    {
      config: { policy: 'councils:manage' },
      schema: {
        tags: TAGS,
        summary: 'Công nhận người đạt ngưỡng ngoài chỉ tiêu (vượt chỉ tiêu: người có thẩm quyền, kèm lý do)',
        params: IdParams,
        body: ElectInput,
      },
    },
    async (req) => service.elect(ctx, actorOf(req), req.params.id, req.body),
  );

  // ---------------------------------------------------------------- secret ballots
  app.get(
    '/council-ballots/mine',
    {
      config: { policy: 'councils:vote' },
      schema: { tags: TAGS, summary: 'Các vòng bỏ phiếu đang mở mà tôi là thành viên Hội đồng' },
    },
    async (req) => service.myBallots(ctx, actorOf(req)),
  );
  app.post(
    '/council-rounds/:id/ballots',
    {
      config: { policy: 'councils:vote' },
      schema: {
        tags: TAGS,
        summary: 'Bỏ phiếu kín (một phiếu mỗi vòng); trả về mã biên nhận chỉ hiện một lần',
        params: IdParams,
        body: BallotInput,
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.castBallot(ctx, actorOf(req), req.params.id, req.body.choices)),
  );
  app.post(
    '/council-ballots/verify',
    {
      config: { policy: 'councils:vote' },
      schema: {
        tags: TAGS,
        summary: 'Kiểm tra phiếu bằng mã biên nhận: phiếu đã được lưu, đã được tính, nội dung',
        body: ReceiptInput,
      },
    },
    async (req) => service.verifyReceipt(ctx, req.body.receipt),
  );

  // ---------------------------------------------------------------- unit meetings
  app.get(
    '/unit-meetings',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: { tags: TAGS, summary: 'Các cuộc họp bình xét ở đơn vị', querystring: YearQuery },
    },
    async (req) => service.listUnitMeetings(ctx, actorOf(req), req.query.year),
  );
  app.post(
    '/unit-meetings',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: { tags: TAGS, summary: 'Lập cuộc họp bình xét của đơn vị', body: UnitMeetingInput },
    },
    async (req, reply) => reply.code(201).send(await service.createUnitMeeting(ctx, actorOf(req), req.body)),
  );
  app.get(
    '/unit-meetings/:id',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: { tags: TAGS, summary: 'Cuộc họp bình xét của đơn vị và kết quả biểu quyết', params: IdParams },
    },
    async (req) => service.getUnitMeeting(ctx, actorOf(req), req.params.id),
  );
  app.put(
    '/unit-meetings/:id',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: {
        tags: TAGS,
        summary: 'Ghi điểm danh, biểu quyết công khai (đồng ý / tổng số) và danh sách đề nghị',
        params: IdParams,
        body: UnitMeetingUpdate,
      },
    },
    async (req) => service.updateUnitMeeting(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/unit-meetings/:id/submit',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: {
        tags: TAGS,
        summary: 'Gửi đề nghị của đơn vị lên Hội đồng',
        params: IdParams,
        body: VersionInput,
      },
    },
    async (req) => service.submitUnitMeeting(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.get(
    '/unit-meetings/:id/minutes.docx',
    {
      config: { policy: 'councils:unit-meeting' },
      schema: { tags: TAGS, summary: 'Biên bản họp bình xét ở đơn vị (.docx)', params: IdParams },
    },
    async (req, reply) => {
      const { buffer, filename } = await unitMinutesDocx(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(filename))
        .send(buffer);
    },
  );
}
