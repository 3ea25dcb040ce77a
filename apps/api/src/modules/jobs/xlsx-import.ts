// What every Excel import shares: the uploaded workbook is stored with a job in one transaction and the job
// is started; a failed validation becomes the job's outcome listing every bad row and column, with nothing
// written. Each import (staff, ratings …) keeps only its own reading, validation and writing.
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import type { ImportIssue } from '../../../../../packages/spreadsheets/src/staff-import.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import type { JobOutcome, JobRunner } from './runner.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The params every import job carries; an import adds its own (e.g. the year). */
export interface XlsxImportParams {
  fileId: number;
  fileName: string;
  agencyId: number;
  actor: { userId: number; username: string };
}

/** Stores the workbook and queues the job (one transaction), starts it, and returns its id. */
export async function queueXlsxImport(
  ctx: Ctx,
  actor: Actor,
  runner: JobRunner,
  job: {
    kind: string;
    agencyId: number;
    file: { name: string; content: Buffer };
    extra?: Record<string, unknown>;
  },
): Promise<number> {
  if (job.file.content.byteLength === 0) throw errors.field('file', 'Tệp tải lên rỗng.');
  const jobId = await ctx.db.transaction().execute(async (trx) => {
    const fileId = await jobsRepo.insertFile(trx, {
      agency_id: job.agencyId,
      name: job.file.name,
      mime: XLSX_MIME,
      content: job.file.content,
      uploaded_by: actor.userId,
    });
    const params: XlsxImportParams & Record<string, unknown> = {
      ...job.extra,
      fileId,
      fileName: job.file.name,
      agencyId: job.agencyId,
      actor: { userId: actor.userId, username: actor.username },
    };
    return jobsRepo.insertJob(trx, { kind: job.kind, params, created_by: actor.userId });
  });
  runner.start(jobId);
  return jobId;
}

/** The outcome of an import refused by validation: every bad row and column, and nothing written. */
export function importFailed(issues: readonly ImportIssue[], message?: string): JobOutcome {
  const rows = new Set(issues.map((i) => i.row)).size;
  return {
    status: 'failed',
    message:
      message ?? `Tệp có ${issues.length} lỗi ở ${rows} dòng. Chưa ghi dòng nào; hãy sửa tệp rồi nhập lại.`,
    result: {
      errors: issues.map((i) => ({
        row: i.row,
        column: i.column,
        columnName: i.columnName,
        message: i.message,
      })),
    },
  };
}
