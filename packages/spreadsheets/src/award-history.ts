// The award-history workbook (quá trình khen thưởng): how an agency starting with tdkt brings in the titles
// and awards of past years. One row per person and award; header in row 1 so Excel row numbers are what
// the user sees. Reading returns raw text per column plus parsers for the award and the authority; who the
// person is (mã cán bộ, or họ tên + ngày sinh) is the caller's to check, with every bad row and column named.
import ExcelJS from 'exceljs';
import { TARGET_LABELS, TARGET_SHORT } from '../../domain/src/eligibility/messages/vi.ts';
import { TARGETS, type TargetCode } from '../../domain/src/eligibility/types.ts';
import { foldDiacritics, nfc } from '../../domain/src/text/vietnamese.ts';
import { columnLetter } from './staff-columns.ts';

export const AWARD_HISTORY_COLUMNS = [
  { key: 'code', header: 'Mã cán bộ', width: 12 },
  { key: 'fullName', header: 'Họ và tên', width: 26 },
  { key: 'birthDate', header: 'Ngày sinh', width: 12 },
  { key: 'award', header: 'Danh hiệu/hình thức', width: 30 },
  { key: 'year', header: 'Năm', width: 8 },
  { key: 'number', header: 'Số quyết định', width: 16 },
  { key: 'decidedOn', header: 'Ngày quyết định', width: 14 },
  { key: 'authority', header: 'Cấp quyết định', width: 22 },
] as const;
export type AwardHistoryColumnKey = (typeof AWARD_HISTORY_COLUMNS)[number]['key'];

export type AuthorityCode =
  'giam-doc-so' | 'chu-tich-ubnd-tinh' | 'bo-truong' | 'thu-tuong' | 'chu-tich-nuoc' | 'khac';

export const AUTHORITY_LABELS: Record<AuthorityCode, string> = {
  'giam-doc-so': 'Giám đốc Sở',
  'chu-tich-ubnd-tinh': 'Chủ tịch UBND tỉnh',
  'bo-truong': 'Bộ trưởng',
  'thu-tuong': 'Thủ tướng Chính phủ',
  'chu-tich-nuoc': 'Chủ tịch nước',
  khac: 'Khác',
};

/** The authority that normally decides each title/form (a default when the column is empty). */
export const DEFAULT_AUTHORITY: Record<TargetCode, AuthorityCode> = {
  'lao-dong-tien-tien': 'giam-doc-so',
  'chien-si-thi-dua-co-so': 'giam-doc-so',
  'chien-si-thi-dua-cap-tinh': 'chu-tich-ubnd-tinh',
  'chien-si-thi-dua-toan-quoc': 'thu-tuong',
  'tap-the-lao-dong-tien-tien': 'giam-doc-so',
  'tap-the-lao-dong-xuat-sac': 'chu-tich-ubnd-tinh',
  'co-thi-dua-cap-tinh': 'chu-tich-ubnd-tinh',
  'co-thi-dua-chinh-phu': 'thu-tuong',
  'giay-khen': 'giam-doc-so',
  'bang-khen-cap-tinh': 'chu-tich-ubnd-tinh',
  'bang-khen-thu-tuong': 'thu-tuong',
  'huan-chuong-lao-dong-hang-ba': 'chu-tich-nuoc',
  'huan-chuong-lao-dong-hang-nhi': 'chu-tich-nuoc',
  'huan-chuong-lao-dong-hang-nhat': 'chu-tich-nuoc',
  'ky-niem-chuong-cong-thuong': 'bo-truong',
};

const key = (s: string): string =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const AWARD_ALIASES = new Map<string, TargetCode>();
for (const code of TARGETS) {
  AWARD_ALIASES.set(key(code), code);
  AWARD_ALIASES.set(key(TARGET_LABELS[code]), code);
  AWARD_ALIASES.set(key(TARGET_SHORT[code]), code);
}
for (const [alias, code] of [
  ['cstd co so', 'chien-si-thi-dua-co-so'],
  ['cstdcs', 'chien-si-thi-dua-co-so'],
  ['cstd cap tinh', 'chien-si-thi-dua-cap-tinh'],
  ['ldtt', 'lao-dong-tien-tien'],
  ['bang khen ubnd tinh', 'bang-khen-cap-tinh'],
  ['bang khen cua chu tich ubnd tinh', 'bang-khen-cap-tinh'],
  ['bang khen chu tich ubnd tinh', 'bang-khen-cap-tinh'],
  ['bang khen thu tuong', 'bang-khen-thu-tuong'],
  ['bang khen thu tuong chinh phu', 'bang-khen-thu-tuong'],
  ['tap the ldtt', 'tap-the-lao-dong-tien-tien'],
  ['tap the ldxs', 'tap-the-lao-dong-xuat-sac'],
  ['huan chuong lao dong hang ba', 'huan-chuong-lao-dong-hang-ba'],
  ['ky niem chuong', 'ky-niem-chuong-cong-thuong'],
] as const)
  AWARD_ALIASES.set(alias, code);

/** "CSTĐCS", "Chiến sĩ thi đua cơ sở", "chien-si-thi-dua-co-so" → the code; null when unknown. */
export function parseAward(text: string): TargetCode | null {
  return AWARD_ALIASES.get(key(text)) ?? null;
}

/** "Giám đốc Sở", "Chủ tịch UBND tỉnh", "UBND tỉnh", "Thủ tướng", "Bộ trưởng", "Chủ tịch nước" → the code. */
export function parseAuthority(text: string): AuthorityCode | null {
  const k = key(text);
  if (/^(giam doc|gd)( so)?/.test(k) || k === 'so' || k.startsWith('thu truong')) return 'giam-doc-so';
  if (/chu tich (ubnd|uy ban)|^ubnd|^uy ban nhan dan|cap tinh/.test(k)) return 'chu-tich-ubnd-tinh';
  if (/^bo truong|^bo /.test(k)) return 'bo-truong';
  if (/thu tuong|chinh phu/.test(k)) return 'thu-tuong';
  if (/chu tich nuoc/.test(k)) return 'chu-tich-nuoc';
  if (k === 'khac') return 'khac';
  return null;
}

export interface AwardHistorySheetIssue {
  row: number;
  column: string;
  columnName: string;
  message: string;
}

export interface RawAwardHistoryRow {
  row: number;
  cells: Partial<Record<AwardHistoryColumnKey, string>>;
}

function text(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const d = v.toISOString().slice(0, 10).split('-');
    return `${d[2]}/${d[1]}/${d[0]}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(o.richText)) return nfc(o.richText.map((t) => t.text).join('')).trim() || null;
    if ('result' in o) return o.result === null || o.result === undefined ? null : String(o.result as string);
    if (typeof o.text === 'string') return nfc(o.text).trim() || null;
  }
  return nfc(String(v as string)).trim() || null;
}

export function awardHistoryColumnPosition(
  k: AwardHistoryColumnKey,
  positions: Map<AwardHistoryColumnKey, number>,
): { letter: string; name: string } {
  const i = positions.get(k);
  const c = AWARD_HISTORY_COLUMNS.find((x) => x.key === k)!;
  return { letter: i ? columnLetter(i) : '', name: c.header };
}

/** The template: the header row, two example rows on the guide sheet, and the guide. */
export async function buildAwardHistoryTemplate(
  people: readonly { code: string; fullName: string; birthDate: string | null }[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const ws = wb.addWorksheet('Quá trình khen thưởng', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = AWARD_HISTORY_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 110;
  for (const line of [
    'Mỗi dòng là một danh hiệu hoặc hình thức khen thưởng của một cán bộ trong một năm.',
    'Cán bộ: ghi "Mã cán bộ"; nếu không có mã, ghi "Họ và tên" và "Ngày sinh" (dd/mm/yyyy).',
    `Danh hiệu/hình thức: ${TARGETS.map((c) => TARGET_SHORT[c]).join(', ')} (hoặc tên đầy đủ).`,
    'Năm: năm thành tích (ví dụ 2024). Ngày quyết định: dd/mm/yyyy.',
    `Cấp quyết định: ${Object.values(AUTHORITY_LABELS).join(', ')}; để trống thì lấy cấp thường quyết định hình thức đó.`,
    'Tệp được kiểm tra toàn bộ: có một dòng lỗi thì không ghi dòng nào.',
  ])
    guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(['Danh sách cán bộ (mã, họ tên, ngày sinh) để tra cứu:']).font = { bold: true };
  for (const p of people) {
    const bd = p.birthDate ? p.birthDate.split('-').reverse().join('/') : '';
    guide.addRow([`${p.code} — ${p.fullName}${bd ? ` — ${bd}` : ''}`]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readAwardHistoryWorkbook(input: Buffer): Promise<{
  rows: RawAwardHistoryRow[];
  issues: AwardHistorySheetIssue[];
  positions: Map<AwardHistoryColumnKey, number>;
}> {
  const wb = new ExcelJS.Workbook();
  const positions = new Map<AwardHistoryColumnKey, number>();
  const fail = (message: string) => ({
    rows: [],
    issues: [{ row: 0, column: '', columnName: '', message }],
    positions,
  });
  try {
    await wb.xlsx.load(input as unknown as ArrayBuffer);
  } catch {
    return fail('Không đọc được tệp: tệp không phải Excel (.xlsx) hoặc đã hỏng.');
  }
  const ws = wb.worksheets[0];
  if (!ws) return fail('Tệp không có trang tính nào.');
  const byHeader = new Map(AWARD_HISTORY_COLUMNS.map((c) => [key(c.header), c.key]));
  ws.getRow(1).eachCell((cell, col) => {
    const t = text(cell.value);
    const k = t ? byHeader.get(key(t)) : undefined;
    if (k) positions.set(k, col);
  });
  const issues: AwardHistorySheetIssue[] = [];
  for (const required of ['award', 'year'] as const)
    if (!positions.has(required)) {
      const c = AWARD_HISTORY_COLUMNS.find((x) => x.key === required)!;
      issues.push({
        row: 1,
        column: '',
        columnName: c.header,
        message: `Thiếu cột "${c.header}" ở dòng tiêu đề (dòng 1).`,
      });
    }
  if (!positions.has('code') && !(positions.has('fullName') && positions.has('birthDate')))
    issues.push({
      row: 1,
      column: '',
      columnName: 'Mã cán bộ',
      message: 'Thiếu cột "Mã cán bộ" (hoặc cặp cột "Họ và tên" và "Ngày sinh") ở dòng tiêu đề (dòng 1).',
    });
  const rows: RawAwardHistoryRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Partial<Record<AwardHistoryColumnKey, string>> = {};
    let any = false;
    for (const [k, col] of positions) {
      const t = text(r.getCell(col).value);
      if (t !== null) {
        cells[k] = t;
        any = true;
      }
    }
    if (any) rows.push({ row: n, cells });
  });
  return { rows, issues, positions };
}
