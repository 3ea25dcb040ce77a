// Streaming an .xlsx download: the workbook is written into a PassThrough that Fastify sends as it fills.
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import {
  XLSX_MIME,
  writeListXlsx,
  type ExportColumn,
} from '../../../../packages/spreadsheets/src/list-export.ts';

/** A list read in one query, as an async iterable (small lists such as units). */
export async function* iterateWith<T>(load: () => Promise<T[]>): AsyncGenerator<T> {
  for (const row of await load()) yield row;
}

export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\w.-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function sendXlsx<T>(
  reply: FastifyReply,
  opts: {
    filename: string;
    sheetName: string;
    title?: string;
    columns: ExportColumn<T>[];
    rows: AsyncIterable<T>;
    timeZone: string;
  },
): FastifyReply {
  const out = new PassThrough();
  writeListXlsx(out, opts).catch((err: unknown) => {
    reply.log.error({ err }, 'xlsx export failed');
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', contentDisposition(opts.filename))
    .send(out);
}

export const ymd = (d = new Date()): string => d.toISOString().slice(0, 10);
