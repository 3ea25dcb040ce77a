// The ratings workbook (xếp loại chất lượng cán bộ): one row per person, the columns below, header in
// row 1 so Excel row numbers are what the user sees. Reading returns raw text per column; validation
// (rating names, numbers, people) is the caller's, with every bad row and column named in Vietnamese.
import ExcelJS from 'exceljs';
import { foldDiacritics, nfc } from '../../domain/src/text/vietnamese.ts';
import { columnLetter } from './staff-columns.ts';

export const RATING_COLUMNS = [
  { key: 'code', header: 'Mã cán bộ', width: 14 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'unit', header: 'Đơn vị', width: 28 },
  { key: 'selfRating', header: 'Tự đánh giá', width: 14 },
  { key: 'proposedRating', header: 'Đơn vị đề xuất', width: 16 },
  { key: 'finalRating', header: 'Xếp loại', width: 12 },
  { key: 'monthsWorked', header: 'Số tháng công tác', width: 12 },
  { key: 'absenceDays', header: 'Số ngày nghỉ', width: 12 },
  { key: 'maternityLeave', header: 'Nghỉ thai sản', width: 12 },
  { key: 'overCapReason', header: 'Lý do vượt tỷ lệ HTXSNV', width: 30 },
  { key: 'note', header: 'Ghi chú', width: 30 },
] as const;
export type RatingColumnKey = (typeof RATING_COLUMNS)[number]['key'];

export interface RatingSheetRow {
  code: string;
  fullName: string;
  unit: string;
  selfRating: string | null;
  proposedRating: string | null;
  finalRating: string | null;
  monthsWorked: number | null;
  absenceDays: number | null;
  maternityLeave: boolean;
  overCapReason: string | null;
  note: string | null;
}

export async function buildRatingWorkbook(opts: { title: string; rows: RatingSheetRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const ws = wb.addWorksheet('Xếp loại', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = RATING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  for (const r of opts.rows) ws.addRow({ ...r, maternityLeave: r.maternityLeave ? 'Có' : '' });
  const info = wb.addWorksheet('Hướng dẫn');
  info.addRow([opts.title]).font = { bold: true };
  info.addRow(['Xếp loại: HTXSNV, HTTNV, HTNV hoặc KHTNV. Ô để trống thì giữ nguyên giá trị đang có.']);
  info.addRow([
    'Vượt tỷ lệ HTXSNV (20% số người HTTNV của đơn vị) phải ghi lý do ở cột "Lý do vượt tỷ lệ HTXSNV".',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface RatingSheetIssue {
  row: number;
  column: string;
  columnName: string;
  message: string;
}

export interface RawRatingRow {
  row: number;
  cells: Partial<Record<RatingColumnKey, string>>;
}

function text(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v !== null) {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(o.richText)) return nfc(o.richText.map((t) => t.text).join('')).trim() || null;
    if ('result' in o) return o.result === null || o.result === undefined ? null : String(o.result as string);
    if (typeof o.text === 'string') return nfc(o.text).trim() || null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return nfc(String(v as string)).trim() || null;
}

export function ratingColumnPosition(
  key: RatingColumnKey,
  positions: Map<RatingColumnKey, number>,
): { letter: string; name: string } {
  const i = positions.get(key);
  const c = RATING_COLUMNS.find((x) => x.key === key)!;
  return { letter: i ? columnLetter(i) : '', name: c.header };
}

export async function readRatingWorkbook(
  input: Buffer,
): Promise<{ rows: RawRatingRow[]; issues: RatingSheetIssue[]; positions: Map<RatingColumnKey, number> }> {
  const wb = new ExcelJS.Workbook();
  const positions = new Map<RatingColumnKey, number>();
  try {
    await wb.xlsx.load(input as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      issues: [
        {
          row: 0,
          column: '',
          columnName: '',
          message: 'Không đọc được tệp: tệp không phải Excel (.xlsx) hoặc đã hỏng.',
        },
      ],
      positions,
    };
  }
  const ws = wb.worksheets[0];
  if (!ws)
    return {
      rows: [],
      issues: [{ row: 0, column: '', columnName: '', message: 'Tệp không có trang tính nào.' }],
      positions,
    };
  const byHeader = new Map(RATING_COLUMNS.map((c) => [foldDiacritics(c.header), c.key]));
  ws.getRow(1).eachCell((cell, col) => {
    const t = text(cell.value);
    const key = t ? byHeader.get(foldDiacritics(t)) : undefined;
    if (key) positions.set(key, col);
  });
  const issues: RatingSheetIssue[] = [];
  if (!positions.has('code'))
    issues.push({
      row: 1,
      column: '',
      columnName: 'Mã cán bộ',
      message: 'Thiếu cột "Mã cán bộ" ở dòng tiêu đề (dòng 1).',
    });
  const rows: RawRatingRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Partial<Record<RatingColumnKey, string>> = {};
    let any = false;
    for (const [key, col] of positions) {
      const t = text(r.getCell(col).value);
      if (t !== null) {
        cells[key] = t;
        any = true;
      }
    }
    if (any) rows.push({ row: n, cells });
  });
  return { rows, issues, positions };
}
