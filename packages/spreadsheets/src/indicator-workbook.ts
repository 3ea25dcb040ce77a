// The indicator entry sheet as Excel: one row per indicator and kind of figure (Ước / Thực hiện), one
// column per month, then the computed cumulative, % of plan and change (export only; ignored on import).
// Import: parse every row → validate every cell → return EVERY bad row and column in Vietnamese; the
// caller writes all cells or none. An empty month cell leaves the stored figure unchanged.
import ExcelJS from 'exceljs';
import { dec, parseVi, toPlain, type Decimal } from '../../domain/src/indicators/index.ts';
import { foldDiacritics, nfc } from '../../domain/src/text/vietnamese.ts';
import { columnLetter } from './staff-columns.ts';
import type { ImportIssue } from './staff-import.ts';

export const INDICATOR_SHEET_HEADERS = {
  code: 'Mã chỉ tiêu',
  name: 'Tên chỉ tiêu',
  unit: 'Đơn vị tính',
  kind: 'Loại số liệu',
  cumulative: 'Lũy kế',
  plan: 'Kế hoạch năm',
  percentOfPlan: '% kế hoạch',
  change: 'So cùng kỳ',
} as const;
export const monthHeader = (m: number): string => `Tháng ${m}`;
export const KIND_TEXT = { estimate: 'Ước', actual: 'Thực hiện' } as const;

export interface IndicatorSheetRow {
  code: string;
  name: string;
  unit: string | null;
  depth: number;
  kind: 'estimate' | 'actual';
  /** Twelve months: a plain decimal string, "478395/478833" for a fraction, or null. */
  months: (string | null)[];
  cumulative?: string | null;
  plan?: string | null;
  percentOfPlan?: string | null;
  change?: string | null;
}

/** Writes the sheet; numbers go out as numbers (Excel sums them), fractions as "tử/mẫu" text. */
export async function buildIndicatorWorkbook(opts: {
  year: number;
  rows: IndicatorSheetRow[];
  withFigures: boolean;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const ws = wb.addWorksheet(`Chỉ tiêu ${opts.year}`, { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  const H = INDICATOR_SHEET_HEADERS;
  const headers: string[] = [
    H.code,
    H.name,
    H.unit,
    H.kind,
    ...Array.from({ length: 12 }, (_, i) => monthHeader(i + 1)),
  ];
  if (opts.withFigures) headers.push(H.cumulative, H.plan, H.percentOfPlan, H.change);
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 48 : i === 0 ? 16 : i < 4 ? 12 : 11;
  });
  const cellOut = (v: string | null | undefined): string | number | null => {
    if (v === null || v === undefined) return null;
    return /^-?\d+(\.\d+)?$/.test(v) && v.replace(/[-.]/g, '').length <= 15 ? Number(v) : v;
  };
  for (const r of opts.rows) {
    const values: (string | number | null)[] = [
      r.code,
      `${'    '.repeat(r.depth)}${r.name}`,
      r.unit,
      KIND_TEXT[r.kind],
      ...r.months.map(cellOut),
    ];
    if (opts.withFigures)
      values.push(cellOut(r.cumulative), cellOut(r.plan), r.percentOfPlan ?? null, r.change ?? null);
    ws.addRow(values);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Raw = string | number | null;

export interface RawIndicatorRow {
  row: number;
  code: Raw;
  kind: Raw;
  /** month → raw cell, for the month columns present. */
  months: Map<number, Raw>;
}

export interface ParsedSheet {
  rows: RawIndicatorRow[];
  issues: ImportIssue[];
  /** Column index (1-based) of each header key found. */
  columns: { code?: number; kind?: number; months: Map<number, number> };
}

function cellRaw(v: unknown): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return nfc(v).trim() || null;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return nfc(o.richText.map((t) => t.text).join('')).trim() || null;
    if ('result' in o) return cellRaw(o.result);
    if (typeof o.text === 'string') return nfc(o.text).trim() || null;
    if (o.error) return o.error;
  }
  return null;
}

export async function readIndicatorWorkbook(input: Buffer): Promise<ParsedSheet> {
  const issues: ImportIssue[] = [];
  const columns: ParsedSheet['columns'] = { months: new Map() };
  const rows: RawIndicatorRow[] = [];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input as unknown as ArrayBuffer);
  } catch {
    return {
      rows,
      columns,
      issues: [
        {
          row: 0,
          column: '',
          columnName: '',
          message: 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.',
        },
      ],
    };
  }
  const ws = wb.worksheets[0];
  if (!ws)
    return {
      rows,
      columns,
      issues: [{ row: 1, column: '', columnName: '', message: 'Tệp không có trang tính nào.' }],
    };
  const header = (ws.getRow(1).values as unknown[]).map((v) => {
    const t = cellRaw(v);
    return typeof t === 'string' ? foldDiacritics(t) : '';
  });
  const find = (text: string): number | undefined => {
    const i = header.indexOf(foldDiacritics(text));
    return i > 0 ? i : undefined;
  };
  columns.code = find(INDICATOR_SHEET_HEADERS.code);
  columns.kind = find(INDICATOR_SHEET_HEADERS.kind);
  for (let m = 1; m <= 12; m++) {
    const i = find(monthHeader(m));
    if (i) columns.months.set(m, i);
  }
  for (const [key, h] of [
    ['code', INDICATOR_SHEET_HEADERS.code],
    ['kind', INDICATOR_SHEET_HEADERS.kind],
  ] as const) {
    if (!columns[key])
      issues.push({
        row: 1,
        column: '',
        columnName: h,
        message: `Dòng 1: thiếu cột tiêu đề "${h}". Hãy dùng tệp mẫu.`,
      });
  }
  if (columns.months.size === 0)
    issues.push({
      row: 1,
      column: '',
      columnName: 'Tháng',
      message: 'Dòng 1: không có cột tháng nào ("Tháng 1" … "Tháng 12"). Hãy dùng tệp mẫu.',
    });
  if (issues.length) return { rows, columns, issues };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    const months = new Map<number, Raw>();
    let any = false;
    for (const [m, i] of columns.months) {
      const v = cellRaw(values[i]);
      months.set(m, v);
      if (v !== null) any = true;
    }
    const code = cellRaw(values[columns.code!]);
    const kind = cellRaw(values[columns.kind!]);
    if (code === null && !any) return; // blank line
    rows.push({ row: n, code, kind, months });
  });
  if (rows.length === 0)
    issues.push({
      row: 2,
      column: '',
      columnName: '',
      message: 'Tệp không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).',
    });
  return { rows, columns, issues };
}

export interface SheetIndicator {
  id: number;
  kind: 'amount' | 'index' | 'percent' | 'count' | 'fraction';
}

export interface ImportedCell {
  row: number;
  indicatorId: number;
  month: number;
  kind: 'estimate' | 'actual';
  value: string | null;
  numerator: string | null;
  denominator: string | null;
}

const KINDS: Record<string, 'estimate' | 'actual'> = {
  uoc: 'estimate',
  'uoc thuc hien': 'estimate',
  'uoc tinh': 'estimate',
  estimate: 'estimate',
  'thuc hien': 'actual',
  'chinh thuc': 'actual',
  actual: 'actual',
};

function shown(v: Raw): string {
  return typeof v === 'number' ? String(v).replace('.', ',') : String(v);
}

function decimalOf(v: Raw): Decimal | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? dec(v) : null;
  return parseVi(v);
}

/** Checks every row and cell against the year's indicators; returns all cells or all problems. */
export function validateIndicatorRows(
  sheet: ParsedSheet,
  opts: { year: number; indicators: Map<string, SheetIndicator> },
): { cells: ImportedCell[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const cells: ImportedCell[] = [];
  const seen = new Map<string, number>();
  const at = (row: number, col: number | undefined, name: string, message: string): void => {
    const letter = col ? columnLetter(col) : '';
    issues.push({
      row,
      column: letter,
      columnName: name,
      message: `Dòng ${row}, cột ${letter} (${name}): ${message}`,
    });
  };
  for (const r of sheet.rows) {
    const codeText = r.code === null ? '' : String(r.code).trim();
    const indicator = opts.indicators.get(codeText.toLowerCase());
    if (!codeText) at(r.row, sheet.columns.code, INDICATOR_SHEET_HEADERS.code, 'không được để trống.');
    else if (!indicator)
      at(
        r.row,
        sheet.columns.code,
        INDICATOR_SHEET_HEADERS.code,
        `không có chỉ tiêu mã "${codeText}" trong năm ${opts.year}.`,
      );
    const kind = r.kind === null ? undefined : KINDS[foldDiacritics(String(r.kind))];
    if (!kind)
      at(
        r.row,
        sheet.columns.kind,
        INDICATOR_SHEET_HEADERS.kind,
        r.kind === null
          ? 'không được để trống (ghi "Ước" hoặc "Thực hiện").'
          : `"${shown(r.kind)}" không hợp lệ; ghi "Ước" hoặc "Thực hiện".`,
      );
    if (indicator && kind) {
      const key = `${indicator.id}:${kind}`;
      const first = seen.get(key);
      if (first !== undefined)
        at(
          r.row,
          sheet.columns.code,
          INDICATOR_SHEET_HEADERS.code,
          `chỉ tiêu "${codeText}" (${kind === 'estimate' ? 'Ước' : 'Thực hiện'}) đã có ở dòng ${first}.`,
        );
      else seen.set(key, r.row);
    }
    for (const [month, raw] of r.months) {
      if (raw === null) continue;
      const col = sheet.columns.months.get(month);
      const name = monthHeader(month);
      const frac = typeof raw === 'string' ? /^(.+?)\s*\/\s*(.+)$/.exec(raw) : null;
      let value: string | null = null;
      let numerator: string | null = null;
      let denominator: string | null = null;
      if (frac) {
        const n = parseVi(frac[1]!);
        const d = parseVi(frac[2]!);
        if (!n || !d) {
          at(r.row, col, name, `"${shown(raw)}" không phải tỷ lệ dạng tử/mẫu (ví dụ 478.395/478.833).`);
          continue;
        }
        if (d.units <= 0n) {
          at(r.row, col, name, `mẫu số của "${shown(raw)}" phải lớn hơn 0.`);
          continue;
        }
        if (indicator && indicator.kind !== 'fraction') {
          at(r.row, col, name, `chỉ tiêu "${codeText}" không phải dạng tỷ lệ; hãy nhập một số.`);
          continue;
        }
        numerator = toPlain(n);
        denominator = toPlain(d);
      } else {
        const v = decimalOf(raw);
        if (!v) {
          at(r.row, col, name, `"${shown(raw)}" không phải số (viết như 14.103,4).`);
          continue;
        }
        if (indicator && indicator.kind === 'fraction') {
          at(r.row, col, name, `chỉ tiêu "${codeText}" là tỷ lệ; hãy nhập dạng tử/mẫu (ví dụ 181/182).`);
          continue;
        }
        value = toPlain(v);
      }
      if (indicator && kind)
        cells.push({ row: r.row, indicatorId: indicator.id, month, kind, value, numerator, denominator });
    }
  }
  return { cells: issues.length ? [] : cells, issues };
}
