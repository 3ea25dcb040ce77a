// Excel in and out for the entry grid. Import is synchronous (a year's sheet is a few hundred cells):
// parse → validate every cell → on any problem answer 422 with every row and column named and write
// nothing; otherwise write every cell in ONE transaction, each with its revision and audit entry.
import * as repo from '../../../../../packages/db/src/repositories/indicators.ts';
import {
  buildIndicatorWorkbook,
  readIndicatorWorkbook,
  validateIndicatorRows,
  type IndicatorSheetRow,
} from '../../../../../packages/spreadsheets/src/indicator-workbook.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { AppError, errors } from '../../errors.ts';
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

export async function importWorkbook(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  year: number,
  file: Buffer,
): Promise<{ written: number; unchanged: number; message: string }> {
  assertWrite(actor, agencyId);
  if (file.byteLength === 0) throw errors.field('file', 'Tệp tải lên rỗng.');
  const defs = await repo.listIndicators(ctx.db, agencyId, year);
  const sheet = await readIndicatorWorkbook(file);
  const { cells, issues } = sheet.issues.length
    ? { cells: [], issues: sheet.issues }
    : validateIndicatorRows(sheet, {
        year,
        indicators: new Map(defs.map((d) => [d.code.toLowerCase(), { id: d.id, kind: d.value_kind }])),
      });
  if (issues.length) {
    const rowCount = new Set(issues.map((i) => i.row)).size;
    throw new AppError(
      'import-invalid',
      `Tệp có ${issues.length} lỗi ở ${rowCount} dòng. Chưa ghi số liệu nào; hãy sửa tệp rồi nhập lại.`,
      {
        path: 'file',
        details: issues.map((i) => ({
          path: i.column ? `${i.column}${i.row}` : `dòng ${i.row}`,
          message: i.message,
        })),
      },
    );
  }
  const byId = new Map(defs.map((d) => [d.id, d]));
  let written = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of cells) {
      const indicator = byId.get(c.indicatorId)!;
      const current = await repo.findValue(trx, c.indicatorId, c.month, c.kind);
      const base = current ? cellFigures(current) : {};
      const changed = await writeCell(
        trx,
        actor,
        indicator,
        c.month,
        c.kind,
        { ...base, value: c.value, numerator: c.numerator, denominator: c.denominator },
        { source: 'import' },
      );
      if (changed) written++;
    }
  });
  const unchanged = cells.length - written;
  return {
    written,
    unchanged,
    message: `Đã nhập ${cells.length} ô số liệu: ghi ${written} ô thay đổi, ${unchanged} ô không đổi.`,
  };
}
