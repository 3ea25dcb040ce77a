// Reading a staff workbook: parse every row (streaming), validate each one, and return EVERY bad row and
// column with a Vietnamese message. Writing is the caller's business (all or nothing).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  foldDiacritics,
  normaliseName,
  nfc,
  parseDateVi,
  formatDateVi,
} from '../../domain/src/text/vietnamese.ts';
import { STAFF_COLUMNS, columnLetter, type StaffColumnKey } from './staff-columns.ts';

export interface ImportIssue {
  /** Excel row number (1 = header). */
  row: number;
  /** Column letter, or '' for the whole row/file. */
  column: string;
  columnName: string;
  message: string;
}

export type RawCell = string | Date | number | boolean | null;

export interface RawStaffRow {
  row: number;
  cells: Partial<Record<StaffColumnKey, RawCell>>;
}

export interface StaffImportRow {
  row: number;
  code: string;
  fullName: string;
  gender: 'nam' | 'nu';
  birthDate: string | null;
  unitId: number;
  category: 'cong-chuc' | 'vien-chuc' | 'hop-dong';
  position: string | null;
  isLeader: boolean;
  startDate: string | null;
  partyMember: boolean;
  email: string | null;
  phone: string | null;
}

function cellText(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'string') return nfc(v).trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return nfc(o.richText.map((t) => t.text).join('')).trim() || null;
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return nfc(o.text).trim() || null;
    if (o.error) return o.error;
  }
  return String(v as string);
}

/** Streams the first worksheet: locates the columns by header text, then collects the non-empty rows. */
export async function readStaffWorkbook(input: Buffer): Promise<{
  rows: RawStaffRow[];
  issues: ImportIssue[];
  positions: Map<StaffColumnKey, number> | undefined;
}> {
  const issues: ImportIssue[] = [];
  const rows: RawStaffRow[] = [];
  // styles: 'cache' makes date-formatted cells come back as Dates instead of serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(input), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let positions: Map<StaffColumnKey, number> | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[]; // 1-based
        if (!positions) {
          positions = new Map();
          const headers = values.map((v) => {
            const t = cellText(v);
            return typeof t === 'string' ? foldDiacritics(t) : '';
          });
          for (const c of STAFF_COLUMNS) {
            const i = headers.indexOf(foldDiacritics(c.header));
            if (i > 0) positions.set(c.key, i);
            else if (c.required) {
              issues.push({
                row: row.number,
                column: '',
                columnName: c.header,
                message: `Dòng ${row.number}: thiếu cột tiêu đề "${c.header}". Hãy dùng tệp mẫu.`,
              });
            }
          }
          continue;
        }
        const cells: RawStaffRow['cells'] = {};
        let empty = true;
        for (const [key, i] of positions) {
          const v = cellText(values[i]);
          cells[key] = v;
          if (v !== null) empty = false;
        }
        if (!empty) rows.push({ row: row.number, cells });
      }
      break; // only the first worksheet holds the list
    }
  } catch {
    return {
      rows: [],
      positions: undefined,
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
  if (!positions)
    issues.push({
      row: 1,
      column: '',
      columnName: '',
      message: 'Tệp không có dữ liệu: không thấy dòng tiêu đề.',
    });
  else if (rows.length === 0 && issues.length === 0)
    issues.push({
      row: 2,
      column: '',
      columnName: '',
      message: 'Tệp không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).',
    });
  return { rows, issues, positions: positions ?? undefined };
}

/** Where each column sits (for messages) when the header was found; template order otherwise. */
function letterOf(key: StaffColumnKey, positions?: Map<StaffColumnKey, number>): string {
  const i = positions?.get(key) ?? STAFF_COLUMNS.findIndex((c) => c.key === key) + 1;
  return columnLetter(i);
}

function shown(v: RawCell): string {
  if (v instanceof Date) return formatDateVi(v.toISOString());
  return String(v);
}

function excelDate(v: RawCell): string | null | 'invalid' {
  if (v === null) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return 'invalid';
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  }
  if (typeof v === 'number' && v > 0 && v < 2_958_466) {
    // An Excel serial day number (1900 date system) in a cell without a date format.
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  }
  if (typeof v === 'string') return parseDateVi(v) ?? 'invalid';
  return 'invalid';
}

function yesNo(v: RawCell): boolean | 'invalid' {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  const f = foldDiacritics(String(v));
  if (['co', 'x', '1', 'true', 'yes'].includes(f)) return true;
  if (['khong', '0', 'false', 'no', ''].includes(f)) return false;
  return 'invalid';
}

const CATEGORIES: Record<string, StaffImportRow['category']> = {
  'cong chuc': 'cong-chuc',
  'vien chuc': 'vien-chuc',
  'hop dong': 'hop-dong',
  'hop dong lao dong': 'hop-dong',
  'nguoi lao dong': 'hop-dong',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ValidateOptions {
  /** Unit id for a unit code or name as written in the file, or null when there is none. */
  resolveUnit: (text: string) => number | null;
  positions?: Map<StaffColumnKey, number>;
  today: string; // 'YYYY-MM-DD', for "not in the future"
}

/** Validates every row; returns the good rows and one issue per bad cell (all of them, not the first). */
export function validateStaffRows(
  rows: RawStaffRow[],
  opts: ValidateOptions,
): { valid: StaffImportRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const valid: StaffImportRow[] = [];
  const seenCodes = new Map<string, number>();
  for (const r of rows) {
    const before = issues.length;
    const bad = (key: StaffColumnKey, what: string): void => {
      const col = STAFF_COLUMNS.find((c) => c.key === key)!;
      const letter = letterOf(key, opts.positions);
      issues.push({
        row: r.row,
        column: letter,
        columnName: col.header,
        message: `Dòng ${r.row}, cột ${letter} (${col.header}): ${what}`,
      });
    };
    const text = (key: StaffColumnKey): string | null => {
      const v = r.cells[key];
      if (v === null || v === undefined) return null;
      if (v instanceof Date) return formatDateVi(v.toISOString());
      return String(v).trim() || null;
    };
    const required = (key: StaffColumnKey, label: string): string | null => {
      const t = text(key);
      if (t === null) bad(key, `${label} không được để trống.`);
      return t;
    };

    const code = required('code', 'Mã cán bộ');
    if (code && code.length > 30) bad('code', `mã "${code}" dài quá 30 ký tự.`);
    if (code) {
      const k = code.toLowerCase();
      const first = seenCodes.get(k);
      if (first !== undefined) bad('code', `mã "${code}" trùng với dòng ${first}.`);
      else seenCodes.set(k, r.row);
    }
    const rawName = required('fullName', 'Họ và tên');
    const fullName = rawName ? normaliseName(rawName) : null;
    if (fullName && fullName.length > 100) bad('fullName', 'họ và tên dài quá 100 ký tự.');
    if (fullName && /[0-9@#$%^&*_=+<>{}[\]\\|/]/.test(fullName))
      bad('fullName', `"${fullName}" có ký tự không dùng trong tên người.`);

    const genderText = required('gender', 'Giới tính');
    let gender: 'nam' | 'nu' | null = null;
    if (genderText) {
      const f = foldDiacritics(genderText);
      if (f === 'nam') gender = 'nam';
      else if (f === 'nu') gender = 'nu';
      else bad('gender', `"${genderText}" không hợp lệ; chọn Nam hoặc Nữ.`);
    }

    const dateCol = (key: StaffColumnKey): string | null => {
      const v = r.cells[key] ?? null;
      const d = excelDate(v);
      if (d === 'invalid') {
        bad(key, `${shown(v!)} không phải ngày hợp lệ (dạng dd/mm/yyyy).`);
        return null;
      }
      if (d && d > opts.today) {
        bad(key, `${formatDateVi(d)} là ngày trong tương lai.`);
        return null;
      }
      if (d && d < '1900-01-01') {
        bad(key, `${formatDateVi(d)} không phải ngày hợp lệ.`);
        return null;
      }
      return d;
    };
    const birthDate = dateCol('birthDate');
    const startDate = dateCol('startDate');
    if (birthDate && startDate && startDate <= birthDate)
      bad('startDate', 'ngày vào cơ quan phải sau ngày sinh.');

    const unitText = required('unit', 'Đơn vị');
    let unitId: number | null = null;
    if (unitText) {
      unitId = opts.resolveUnit(unitText);
      if (unitId === null)
        bad('unit', `không tìm thấy đơn vị "${unitText}" trong cơ quan (ghi mã hoặc tên đơn vị).`);
    }

    const categoryText = required('category', 'Loại');
    let category: StaffImportRow['category'] | null = null;
    if (categoryText) {
      category = CATEGORIES[foldDiacritics(categoryText)] ?? null;
      if (!category)
        bad('category', `"${categoryText}" không hợp lệ; chọn Công chức, Viên chức hoặc Hợp đồng.`);
    }

    const position = text('position');
    if (position && position.length > 100) bad('position', 'chức vụ dài quá 100 ký tự.');
    const isLeader = yesNo(r.cells.isLeader ?? null);
    if (isLeader === 'invalid') bad('isLeader', `"${text('isLeader')}" không hợp lệ; ghi Có hoặc Không.`);
    const partyMember = yesNo(r.cells.partyMember ?? null);
    if (partyMember === 'invalid')
      bad('partyMember', `"${text('partyMember')}" không hợp lệ; ghi Có hoặc Không.`);
    const email = text('email');
    if (email && !EMAIL.test(email)) bad('email', `"${email}" không phải địa chỉ email hợp lệ.`);
    const phone = text('phone');
    if (phone && !/^[0-9+ ().-]{6,20}$/.test(phone))
      bad('phone', `"${phone}" không phải số điện thoại hợp lệ.`);

    if (
      issues.length === before &&
      code &&
      fullName &&
      gender &&
      unitId !== null &&
      category &&
      isLeader !== 'invalid' &&
      partyMember !== 'invalid'
    ) {
      valid.push({
        row: r.row,
        code,
        fullName,
        gender,
        birthDate,
        unitId,
        category,
        position,
        isLeader,
        startDate,
        partyMember,
        email,
        phone,
      });
    }
  }
  return { valid, issues };
}
