// Phrases that go into documents: deadlines, dates, numbering. Dates reuse the project-wide Vietnamese
// conventions (packages/domain/src/text/vietnamese.ts) so a date reads the same on screen and on paper.
import { formatDateVi, nfc, placeAndDateLine } from '../../domain/src/text/vietnamese.ts';

/**
 * When a plan task is due, in the shapes the seed plans use:
 * - before a date: "Trước ngày 28/02/2023"
 * - on a date: "30/10/2023"
 * - within a month: "Tháng 12/2023"
 * - within a year: "Trong năm 2023"
 * - regularly: "Thường xuyên"
 * - per a higher-level plan: "Theo Kế hoạch của Khối"
 * - anything else, as written.
 */
export type PlanDeadline =
  | { kind: 'before'; date: string }
  | { kind: 'on'; date: string }
  | { kind: 'within-month'; year: number; month: number }
  | { kind: 'within-year'; year: number }
  | { kind: 'regularly' }
  | { kind: 'per-plan'; of: string }
  | { kind: 'text'; text: string };

export function monthYearText(year: number, month: number): string {
  return `${String(month).padStart(2, '0')}/${year}`;
}

export function deadlineText(d: PlanDeadline): string {
  switch (d.kind) {
    case 'before':
      return `Trước ngày ${formatDateVi(d.date)}`;
    case 'on':
      return formatDateVi(d.date);
    case 'within-month':
      return `Tháng ${monthYearText(d.year, d.month)}`;
    case 'within-year':
      return `Trong năm ${d.year}`;
    case 'regularly':
      return 'Thường xuyên';
    case 'per-plan':
      // "Theo Kế hoạch của Khối" / "Theo Kế hoạch của cấp trên".
      return `Theo Kế hoạch của ${nfc(d.of.trim())}`;
    case 'text':
      return nfc(d.text.trim());
    default: {
      const never: never = d;
      return never;
    }
  }
}

/**
 * "Gia Lai, ngày 05 tháng 7 năm 2023", or for an unsigned draft "Gia Lai, ngày … tháng … năm …" so the clerk
 * fills the date when the document is signed and registered.
 */
export function placeDateText(place: string, date: string | null): string {
  if (date) return placeAndDateLine(nfc(place), date);
  return `${nfc(place)}, ngày … tháng … năm …`;
}

/** "15/KH-SCT", or "…/KH-SCT" while the number is not yet given (the clerk gives it at registration). */
export function numberAndSymbol(number: number | string | null | undefined, symbol: string): string {
  const n =
    number === null || number === undefined || String(number).trim() === '' ? '…' : String(number).trim();
  return `${n}/${nfc(symbol)}`;
}

/** Upper case the Vietnamese way (NFC, locale 'vi'). */
export function upperVi(s: string): string {
  return nfc(s).toLocaleUpperCase('vi');
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV": level-1 section numbers and quarter names. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`romanNumeral: ${n} is not a positive integer`);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** 1 → "QUÝ I". */
export function quarterLabel(q: 1 | 2 | 3 | 4): string {
  return `QUÝ ${romanNumeral(q)}`;
}
