// Excel in and out for the entry grid. Import runs as a job (jobs/xlsx-import.ts, like the ratings import):
// parse → validate every cell → on any problem the job fails with every row and column named and nothing
// written; otherwise every cell is written in ONE transaction, each with its revision and audit entry.
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import * as repo from '../../../../../packages/db/src/repositories/indicators.ts';
import {
  buildIndicatorWorkbook,
  readIndicatorWorkbook,
  validateIndicatorRows,
  type IndicatorSheetRow,
} from '../../../../../packages/spreadsheets/src/indicator-workbook.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { JobHandler, JobRunner } from '../jobs/runner.ts';
import { importFailed, queueXlsxImport, type XlsxImportParams } from '../jobs/xlsx-import.ts';
import { assertRead, assertWrite } from './access.ts';
import { cellFigures, getGrid, writeCell, type CellFigures } from './service.ts';

function cellText(c: (CellFigures & { id: number }) | null): string | null {
  if (!c) return null;
  if (c.numerator !== null && c.denominator !== null) return `${c.numerator}/${c.denominator}`;
  return c.value;
}

/** The grid as a workbook; `withFigures` false gives the empty template of the year's indicators. */
export async function exportWorkbook(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  year: number,
  withFigures: boolean,
  uptoMonth?: number,
): Promise<Buffer> {
  assertRead(actor, agencyId);
  const grid = await getGrid(ctx, actor, agencyId, year, uptoMonth);
  const rows: IndicatorSheetRow[] = [];
  for (const r of grid.rows) {
    for (const kind of ['estimate', 'actual'] as const) {
      rows.push({
        code: r.indicator.code,
        name: r.indicator.name,
        unit: r.indicator.unit,
        depth: r.depth,
        kind,
        months: r.months.map((m) => (withFigures ? cellText(m[kind]) : null)),
        ...(withFigures && kind === 'actual'
          ? {
              cumulative: r.summary.raw.cumulative,
              plan: r.summary.raw.plan,
              percentOfPlan: r.summary.text.percentOfPlan,
              change: r.summary.text.change,
            }
          : {}),
      });
    }
  }
  return buildIndicatorWorkbook({ year, rows, withFigures });
}

export const INDICATORS_IMPORT_JOB = 'indicators-import';

type ImportParams = XlsxImportParams & { year: number };

/** Stores the workbook and starts the import job (officers of the agency); returns the job id. */
export async function queueImport(
  ctx: Ctx,
  actor: Actor,
  runner: JobRunner,
  agencyId: number,
  year: number,
  file: { name: string; content: Buffer },
): Promise<number> {
  assertWrite(actor, agencyId);
  return queueXlsxImport(ctx, actor, runner, {
    kind: INDICATORS_IMPORT_JOB,
    agencyId,
    file,
    extra: { year },
  });
}

/**
 * The import job: read → validate every cell → on any problem fail with every row and column named and
 * write nothing; otherwise write every cell in ONE transaction (each with its revision and audit entry).
 * Progress is reported between the phases (never inside the transaction).
 */
export const importHandler: JobHandler = async (ctx, job, progress) => {
  const p = job.params as ImportParams;
  const content = await jobsRepo.fileContent(ctx.db, p.fileId);
  if (!content) return importFailed([], 'Không tìm thấy tệp đã tải lên.');
  await progress(0, null, 'Đang đọc tệp…');
  const sheet = await readIndicatorWorkbook(Buffer.from(content));
  if (sheet.issues.length) return importFailed(sheet.issues, failedMessage(sheet.issues));
  await progress(0, sheet.rows.length, `Đã đọc ${sheet.rows.length} dòng; đang kiểm tra…`);
  const defs = await repo.listIndicators(ctx.db, p.agencyId, p.year);
  const { cells, issues } = validateIndicatorRows(sheet, {
    year: p.year,
    indicators: new Map(defs.map((d) => [d.code.toLowerCase(), { id: d.id, kind: d.value_kind }])),
  });
  if (issues.length) return importFailed(issues, failedMessage(issues));
  const total = cells.length;
  await progress(0, total, `Tệp hợp lệ; đang ghi ${total} ô số liệu…`);
  const who = { userId: p.actor.userId, username: p.actor.username };
  const byId = new Map(defs.map((d) => [d.id, d]));
  let written = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const c of cells) {
        const indicator = byId.get(c.indicatorId)!;
        const current = await repo.findValue(trx, c.indicatorId, c.month, c.kind);
        const base = current ? cellFigures(current) : {};
        const changed = await writeCell(
          trx,
          who,
          indicator,
          c.month,
          c.kind,
          { ...base, value: c.value, numerator: c.numerator, denominator: c.denominator },
          { source: 'import' },
        );
        if (changed) written++;
      }
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'conflict')
      return importFailed(
        [],
        'Số liệu vừa được người khác sửa trong khi nhập. Chưa ghi ô nào; hãy nhập lại.',
      );
    throw e;
  }
  await progress(total, total, 'Đã ghi xong.');
  const unchanged = total - written;
  return {
    status: 'succeeded',
    message: `Đã nhập ${total} ô số liệu năm ${p.year}: ghi ${written} ô thay đổi, ${unchanged} ô không đổi.`,
    result: { cells: total, written, unchanged },
  };
};

function failedMessage(issues: readonly { row: number }[]): string {
  const rows = new Set(issues.map((i) => i.row)).size;
  return `Tệp có ${issues.length} lỗi ở ${rows} dòng. Chưa ghi số liệu nào; hãy sửa tệp rồi nhập lại.`;
}
