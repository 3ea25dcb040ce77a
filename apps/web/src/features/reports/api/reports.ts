import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, request } from '../../../lib/api.ts';

// /api/reports — mid-year (sơ kết 6 tháng) and year-end (tổng kết năm) reports: list, create, preview
// model, regenerate the figures, save a prose part, .docx.

export const REPORT_KIND_LABEL: Record<string, string> = {
  'so-ket-6-thang': 'Sơ kết 6 tháng',
  'tong-ket-nam': 'Tổng kết năm',
};

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
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

const RunSchema = z.union([
  z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() }),
  z.object({ footnote: z.string() }),
]);
export type Run = z.infer<typeof RunSchema>;
const ParagraphSchema = z.object({ style: z.enum(['paragraph', 'bullet']), runs: z.array(RunSchema) });
export type Paragraph = z.infer<typeof ParagraphSchema>;
const PartSchema = z.union([
  z.object({
    type: z.literal('heading'),
    level: z.number(),
    text: z.string(),
    subtitle: z.string().optional(),
  }),
  z.object({
    type: z.literal('data'),
    key: z.string(),
    label: z.string(),
    paragraphs: z.array(ParagraphSchema),
  }),
  z.object({
    type: z.literal('prose'),
    key: z.string(),
    label: z.string(),
    hint: z.string(),
    body: z.string(),
  }),
]);
export type Part = z.infer<typeof PartSchema>;

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
  facts: z.record(z.string(), z.unknown()).nullable(),
  model: z
    .object({
      title: z.string(),
      parts: z.array(PartSchema),
      recipients: z.array(z.string()),
      archive: z.array(z.string()),
      signature: z.object({ authority: z.array(z.string()), signerName: z.string() }).nullable(),
      header: z.object({
        parentBody: z.string().nullable(),
        issuingBody: z.string(),
        place: z.string(),
        number: z.string().optional(),
      }),
    })
    .nullable(),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

export function useReports(year: number | null) {
  return useQuery({
    queryKey: ['reports', 'list', year],
    queryFn: ({ signal }) => request('/reports', z.array(ReportSummarySchema), { query: { year }, signal }),
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: ['reports', 'detail', id],
    queryFn: ({ signal }) => request(`/reports/${id}`, ReportDetailSchema, { signal }),
  });
}

export function useCreateReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { year: number; kind: string }) =>
      request('/reports', ReportDetailSchema, { method: 'POST', body: v }),
    onSuccess: async (d) => {
      qc.setQueryData(['reports', 'detail', d.report.id], d);
      await qc.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}

export function useRegenerate(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      request(`/reports/${id}/generate`, ReportDetailSchema, { method: 'POST', body: { version } }),
    onSuccess: async (d) => {
      qc.setQueryData(['reports', 'detail', id], d);
      await qc.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}

export function useSaveSection(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { key: string; body: string; version: number | null }) =>
      request(`/reports/${id}/sections/${v.key}`, ReportDetailSchema, {
        method: 'PUT',
        body: { body: v.body, version: v.version },
      }),
    onSuccess: (d) => {
      qc.setQueryData(['reports', 'detail', id], d);
    },
  });
}

export function useDeleteReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number }) =>
      request(`/reports/${v.id}`, null, { method: 'DELETE', body: { version: v.version } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}

export function downloadReportDocx(id: number): void {
  download(`/reports/${id}/report.docx`);
}

export function exportReports(year: number | null): void {
  download('/reports/export.xlsx', { year });
}
