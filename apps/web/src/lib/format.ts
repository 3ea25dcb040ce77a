import dayjs from 'dayjs';

// Vietnamese conventions: dates dd/mm/yyyy, numbers 14.103,4 (dot for thousands, comma for decimals).

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number | undefined): Intl.NumberFormat {
  const key = String(digits ?? 'auto');
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      'vi-VN',
      digits === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, f);
  }
  return f;
}

/** 14103.4 → "14.103,4"; with `digits` the decimals are fixed. */
export function formatNumber(n: number | null | undefined, digits?: number): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '';
  return numberFormat(digits).format(n);
}

/** 0.446 → "44,6%". */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '';
  return `${formatNumber(ratio * 100, digits)}%`;
}

/** "2024-03-05" (or an ISO timestamp) → "05/03/2024". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m && value.length === 10) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY') : value;
}

/** ISO timestamp → "05/03/2024 14:07" in local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : value;
}

/** dayjs value from a form → "YYYY-MM-DD" for the wire. */
export function toWireDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : undefined;
}

/** "YYYY-MM-DD" from the wire → dayjs for a DatePicker. */
export function fromWireDate(value: string | null | undefined): dayjs.Dayjs | undefined {
  if (!value) return undefined;
  const d = dayjs(value, 'YYYY-MM-DD');
  return d.isValid() ? d : undefined;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
