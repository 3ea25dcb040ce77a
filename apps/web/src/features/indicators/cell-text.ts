// What a grid cell shows and what the officer types, the Vietnamese way: "14.103,4", "478.395/478.833".
// Parsing and printing come from the domain's exact decimals (no binary floats between the keyboard and
// the server: the API receives "14103.4").
import { dec, formatVi, parseVi, toPlain } from '../../../../../packages/domain/src/indicators/decimal.ts';
import type { Cell } from './api/schemas.ts';

export function showDecimal(plain: string | null | undefined): string {
  return plain === null || plain === undefined ? '' : formatVi(dec(plain));
}

export function cellText(cell: Cell | null, fraction: boolean): string {
  if (!cell) return '';
  if (fraction)
    return cell.numerator !== null && cell.denominator !== null
      ? `${showDecimal(cell.numerator)}/${showDecimal(cell.denominator)}`
      : '';
  return showDecimal(cell.value);
}

export type Parsed =
  | { ok: true; value: string | null; numerator: string | null; denominator: string | null }
  | { ok: false; message: string };

/** Reads what was typed in a cell: a number for most indicators, "tử/mẫu" for a fraction, empty to clear. */
export function parseCell(text: string, fraction: boolean): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: null, numerator: null, denominator: null };
  if (fraction) {
    const m = /^(.+?)\s*\/\s*(.+)$/.exec(t);
    const n = m ? parseVi(m[1]!) : null;
    const d = m ? parseVi(m[2]!) : null;
    if (!n || !d)
      return { ok: false, message: `"${t}" không phải tỷ lệ dạng tử/mẫu (ví dụ 478.395/478.833).` };
    if (d.units <= 0n) return { ok: false, message: 'Mẫu số phải lớn hơn 0.' };
    return { ok: true, value: null, numerator: toPlain(n), denominator: toPlain(d) };
  }
  const v = parseVi(t);
  if (!v) return { ok: false, message: `"${t}" không phải số (viết như 14.103,4).` };
  return { ok: true, value: toPlain(v), numerator: null, denominator: null };
}

/** A plan or other single figure typed in a form: plain decimal string, null when empty, undefined when invalid. */
export function parseDecimalInput(text: string | null | undefined): string | null | undefined {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const v = parseVi(t);
  return v ? toPlain(v) : undefined;
}
