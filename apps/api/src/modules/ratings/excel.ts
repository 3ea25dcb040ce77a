// Excel in and out for ratings. Export: a unit's grid (or the whole agency for an officer). Import runs
// as a job: read → validate every row (person known, ratings named right, numbers in range) → report
// every bad row and column in Vietnamese → write all rows or none in ONE transaction, unit by unit
// through the same writeRows as the grid (versions, cap R-RATE-2 with the row's reason, audit).
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import * as repo from '../../../../../packages/db/src/repositories/ratings.ts';
import { unitsOfAgency } from '../../../../../packages/db/src/repositories/units.ts';
import {
  parseRating,
  RATING_LABELS,
  type RatingLevel,
} from '../../../../../packages/domain/src/ratings/index.ts';
import {
  buildRatingWorkbook,
  ratingColumnPosition,
  readRatingWorkbook,
  type RatingColumnKey,
  type RatingSheetIssue,
  type RatingSheetRow,
} from '../../../../../packages/spreadsheets/src/rating-workbook.ts';
import { foldDiacritics } from '../../../../../packages/domain/src/text/vietnamese.ts';
import type { Actor } from '../../auth/actor.ts';
import { todayIn, type Ctx } from '../../context.ts';
import { AppError, errors } from '../../errors.ts';
import type { JobHandler, JobRunner } from '../jobs/runner.ts';
import { importFailed, queueXlsxImport, type XlsxImportParams } from '../jobs/xlsx-import.ts';
import { assertReadUnit, canFinalise } from './access.ts';
import { buildGrid, unitOrThrow, writeRows, type RowInput } from './service.ts';

export const RATINGS_IMPORT_JOB = 'ratings-import';

/** The grid(s) as a workbook; `withRatings` false gives the template (people only). */
export async function exportWorkbook(
  ctx: Ctx,
  actor: Actor,
  opts: { year: number; unitId?: number | undefined; agencyId?: number | undefined; withRatings: boolean },
): Promise<Buffer> {
  let units: { id: number; agency_id: number; name: string }[];
  if (opts.unitId !== undefined) {
    const u = await unitOrThrow(ctx.db, opts.unitId);
    assertReadUnit(actor, u);
    units = [u];
  } else {
    const agencyId = opts.agencyId ?? actor.agencyId;
    if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
    if (!canFinalise(actor, agencyId)) throw errors.forbidden('xuất xếp loại của cả cơ quan');
    units = (await unitsOfAgency(ctx.db, agencyId)).map((u) => ({
      id: u.id,
      agency_id: agencyId,
      name: u.name,
    }));
  }
  const rows: RatingSheetRow[] = [];
  for (const u of units) {
    const g = await buildGrid(ctx.db, actor, u, opts.year);
    for (const r of g.rows) {
      const label = (x: RatingLevel | null) => (opts.withRatings && x ? RATING_LABELS[x] : null);
      rows.push({
        code: r.code,
        fullName: r.fullName,
        unit: u.name,
        selfRating: label(r.selfRating),
        proposedRating: label(r.proposedRating),
        finalRating: label(r.finalRating),
        monthsWorked: opts.withRatings ? r.monthsWorked : null,
        absenceDays: opts.withRatings ? r.absenceDays : null,
        maternityLeave: opts.withRatings && r.maternityLeave,
        overCapReason: opts.withRatings ? r.overCapReason : null,
        note: opts.withRatings ? r.note : null,
      });
    }
  }
  const title = `Xếp loại chất lượng cán bộ năm ${opts.year}${units.length === 1 ? ` — ${units[0]!.name}` : ''}`;
  return buildRatingWorkbook({ title, rows });
}

type ImportParams = XlsxImportParams & { year: number };

export async function queueImport(
  ctx: Ctx,
  actor: Actor,
  runner: JobRunner,
  agencyId: number,
  year: number,
  file: { name: string; content: Buffer },
): Promise<number> {
  if (!canFinalise(actor, agencyId)) throw errors.forbidden('nhập xếp loại cho cơ quan này');
  return queueXlsxImport(ctx, actor, runner, { kind: RATINGS_IMPORT_JOB, agencyId, file, extra: { year } });
}

function parseNumber(t: string): number | null {
  const s = t.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export const importHandler: JobHandler = async (ctx, job, progress) => {
  const p = job.params as ImportParams;
  const content = await jobsRepo.fileContent(ctx.db, p.fileId);
  if (!content) return importFailed([], 'Không tìm thấy tệp đã tải lên.');
  await progress(0, null, 'Đang đọc tệp…');
  const sheet = await readRatingWorkbook(Buffer.from(content));
  if (sheet.issues.length) return importFailed(sheet.issues);
  const total = sheet.rows.length;
  await progress(0, total, `Đã đọc ${total} dòng; đang kiểm tra…`);

  const people = new Map(
    (await repo.yearUnitsOfAgency(ctx.db, p.agencyId, p.year)).map((x) => [x.code.toLowerCase(), x]),
  );
  const issues: RatingSheetIssue[] = [];
  const at = (row: number, key: RatingColumnKey, message: string) => {
    const c = ratingColumnPosition(key, sheet.positions);
    issues.push({
      row,
      column: c.letter,
      columnName: c.name,
      message: `Dòng ${row}, cột ${c.letter} (${c.name}): ${message}`,
    });
  };
  const byUnit = new Map<number, { rows: (RowInput & { sheetRow: number })[]; reason: string | null }>();
  const seen = new Map<number, number>();
  for (const r of sheet.rows) {
    const code = r.cells.code;
    if (!code) {
      at(r.row, 'code', 'Thiếu mã cán bộ.');
      continue;
    }
    const person = people.get(code.toLowerCase());
    if (!person) {
      at(r.row, 'code', `Không có cán bộ mã ${code} trong cơ quan (năm ${p.year}).`);
      continue;
    }
    const dup = seen.get(person.person_id);
    if (dup) {
      at(r.row, 'code', `Mã cán bộ ${code} đã có ở dòng ${dup}.`);
      continue;
    }
    seen.set(person.person_id, r.row);
    const input: RowInput & { sheetRow: number } = {
      personId: person.person_id,
      version: person.version ?? null,
      sheetRow: r.row,
    };
    for (const key of ['selfRating', 'proposedRating', 'finalRating'] as const) {
      const t = r.cells[key];
      if (t === undefined) continue;
      const level = parseRating(t);
      if (!level) at(r.row, key, `"${t}" không phải xếp loại hợp lệ (HTXSNV, HTTNV, HTNV hoặc KHTNV).`);
      else input[key] = level;
    }
    const months = r.cells.monthsWorked;
    if (months !== undefined) {
      const n = parseNumber(months);
      if (n === null || n > 12 || (n * 2) % 1 !== 0)
        at(
          r.row,
          'monthsWorked',
          `Số tháng công tác "${months}" phải là số từ 0 đến 12 (làm tròn nửa tháng).`,
        );
      else input.monthsWorked = n;
    }
    const days = r.cells.absenceDays;
    if (days !== undefined) {
      const n = parseNumber(days);
      if (n === null || n > 366 || (n * 2) % 1 !== 0)
        at(r.row, 'absenceDays', `Số ngày nghỉ "${days}" phải là số từ 0 đến 366.`);
      else input.absenceDays = n;
    }
    const mat = r.cells.maternityLeave;
    if (mat !== undefined) {
      const f = foldDiacritics(mat);
      if (['co', 'x', '1', 'yes'].includes(f)) input.maternityLeave = true;
      else if (['khong', '0', 'no'].includes(f)) input.maternityLeave = false;
      else at(r.row, 'maternityLeave', `Cột nghỉ thai sản ghi "Có" hoặc để trống (đang là "${mat}").`);
    }
    if (r.cells.note !== undefined) input.note = r.cells.note;
    const group = byUnit.get(person.unit_id) ?? { rows: [], reason: null };
    if (r.cells.overCapReason && !group.reason) group.reason = r.cells.overCapReason;
    group.rows.push(input);
    byUnit.set(person.unit_id, group);
  }
  if (issues.length) return importFailed(issues);
  await progress(0, total, `Tệp hợp lệ; đang ghi ${total} dòng…`);

  const who = { userId: p.actor.userId, username: p.actor.username };
  const today = todayIn(ctx.config.timeZone);
  let current: { unitName: string; rows: (RowInput & { sheetRow: number })[] } | null = null;
  let written = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const [unitId, group] of byUnit) {
        const unit = await unitOrThrow(trx, unitId);
        current = { unitName: unit.name, rows: group.rows };
        const w = await writeRows(trx, who, unit, p.year, group.rows, {
          capOverrideReason: group.reason,
          finalise: true,
          today,
          source: `Nhập từ Excel (${p.fileName})`,
        });
        written += w.written;
      }
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'rating-cap-exceeded' && current) {
      const cur = current as { unitName: string; rows: (RowInput & { sheetRow: number })[] };
      const first = cur.rows.find((r) => r.finalRating === 'htxsnv') ?? cur.rows[0]!;
      at(first.sheetRow, 'overCapReason', `${cur.unitName}: ${e.message}`);
      return importFailed(issues);
    }
    if (e instanceof AppError && e.code === 'conflict')
      return importFailed(
        [],
        'Bảng xếp loại vừa được người khác sửa trong khi nhập. Chưa ghi dòng nào; hãy nhập lại.',
      );
    throw e;
  }
  await progress(total, total, 'Đã ghi xong.');
  return {
    status: 'succeeded',
    message: `Đã nhập xếp loại năm ${p.year} của ${total} cán bộ (${written} dòng thay đổi).`,
    result: { rows: total, written },
  };
};
