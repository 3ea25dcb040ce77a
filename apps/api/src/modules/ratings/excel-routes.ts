// Excel routes of the ratings module: export of a unit (or the agency), the template, and the import job.
import { XLSX_MIME } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { RATINGS_IMPORT_JOB, exportWorkbook, importHandler, queueImport } from './excel.ts';
import { ExportQuery, JobQueued, YearOnlyQuery } from './schemas.ts';

const TAGS = ['ratings'];

export async function excelRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.tdkt.jobs.register(RATINGS_IMPORT_JOB, importHandler);

  app.get(
    '/ratings/export.xlsx',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất bảng xếp loại của đơn vị (hoặc cả cơ quan) ra Excel',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const buf = await exportWorkbook(ctx, actorOf(req), { ...req.query, withRatings: true });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`xep-loai-${req.query.year}.xlsx`))
        .send(buf);
    },
  );

  app.get(
    '/ratings/import/template.xlsx',
    {
      config: { policy: 'ratings:write' },
      schema: {
        tags: TAGS,
        summary: 'Tệp mẫu nhập xếp loại (danh sách cán bộ của đơn vị hoặc cơ quan trong năm)',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const buf = await exportWorkbook(ctx, actorOf(req), { ...req.query, withRatings: false });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`mau-nhap-xep-loai-${req.query.year}.xlsx`))
        .send(buf);
    },
  );

  app.post(
    '/ratings/import',
    {
      config: { policy: 'ratings:write' },
      schema: {
        tags: TAGS,
        summary:
          'Nhập xếp loại từ Excel (multipart, trường "file"); chạy thành công việc nền; lỗi thì nêu từng dòng, cột và không ghi gì',
        consumes: ['multipart/form-data'],
        querystring: YearOnlyQuery,
        response: { 202: JobQueued },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const agencyId = req.query.agencyId ?? actor.agencyId;
      if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan để nhập xếp loại.');
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      const jobId = await queueImport(ctx, actor, app.tdkt.jobs, agencyId, req.query.year, {
        name: part.filename || 'xep-loai.xlsx',
        content,
      });
      return reply.code(202).send({ jobId });
    },
  );
}
