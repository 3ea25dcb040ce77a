// Request and response schemas of the reports module (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { isoDate } from '../../http/schemas.ts';

export const REPORT_KINDS = ['so-ket-6-thang', 'tong-ket-nam'] as const;

export const ListQuery = z.object({
  year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int().min(1945).max(2200).optional(),
});

export const ReportCreate = z.object({
  agencyId: z.number().int().positive().optional(),
  year: z.number({ error: 'Hãy chọn năm báo cáo.' }).int().min(1945).max(2200),
  kind: z.enum(REPORT_KINDS, { error: 'Loại báo cáo là sơ kết 6 tháng hoặc tổng kết năm.' }),
  periodFrom: isoDate('Ngày đầu kỳ báo cáo').optional(),
  periodTo: isoDate('Ngày cuối kỳ báo cáo').optional(),
});

export const VersionBody = z.object({
  version: z.number({ error: 'Thiếu phiên bản (version).' }).int().min(1),
});

export const SectionParams = z.object({
  id: z.coerce.number().int().positive(),
  key: z.string().min(1).max(40),
});

export const SectionInput = z.object({
  body: z.string({ error: 'Nội dung đoạn văn phải là chữ.' }).max(20000, {
    message: 'Đoạn văn dài quá 20.000 ký tự.',
  }),
  version: z.number().int().min(1).nullable().optional(),
});

export const ReportSummarySchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  year: z.number(),
  kind: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  title: z.string(),
  status: z.string(),
  generatedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});

const Run = z.union([
  z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() }),
  z.object({ footnote: z.string() }),
]);
const Paragraph = z.object({ style: z.enum(['paragraph', 'bullet']), runs: z.array(Run) });
const Part = z.union([
  z.object({
    type: z.literal('heading'),
    level: z.number(),
    text: z.string(),
    subtitle: z.string().optional(),
  }),
  z.object({ type: z.literal('data'), key: z.string(), label: z.string(), paragraphs: z.array(Paragraph) }),
  z.object({
    type: z.literal('prose'),
    key: z.string(),
    label: z.string(),
    hint: z.string(),
    body: z.string(),
  }),
]);

export const ReportModelSchema = z.object({
  title: z.string(),
  parts: z.array(Part),
  recipients: z.array(z.string()),
  archive: z.array(z.string()),
  signature: z
    .object({ authority: z.array(z.string()), signerName: z.string(), signerTitle: z.string().optional() })
    .nullable(),
  header: z.object({
    parentBody: z.string().nullable(),
    issuingBody: z.string(),
    place: z.string(),
    number: z.string(),
  }),
});

export const ReportDetailSchema = z.object({
  report: ReportSummarySchema,
  sections: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      hint: z.string(),
      body: z.string(),
      version: z.number().nullable(),
    }),
  ),
  facts: z.record(z.string(), z.unknown()),
  model: ReportModelSchema,
});
