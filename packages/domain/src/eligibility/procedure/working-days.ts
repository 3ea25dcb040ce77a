// Working-day arithmetic for the process rules (rules.md §9.4 publicity, §9.6 time limits). Pure: ISO dates
// in, ISO dates / counts out; calendar days are computed in UTC from the date string (no clock, no zone).
// Saturdays, Sundays and the given holidays (ISO dates) are not working days.

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date; throws on a malformed or impossible date. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`ngày không hợp lệ: ${iso} (định dạng YYYY-MM-DD)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError(`ngày không hợp lệ: ${iso}`);
  return ms / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function holidaySet(holidays: readonly string[] | undefined): Set<number> {
  const set = new Set<number>();
  for (const h of holidays ?? []) set.add(dayNumber(h));
  return set;
}

function isWorking(day: number, holidays: Set<number>): boolean {
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday, 6 = Saturday
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

export function isWorkingDay(iso: string, holidays?: readonly string[]): boolean {
  return isWorking(dayNumber(iso), holidaySet(holidays));
}

/** How the two end days are counted (rules.md §9.4: publication day is day 1; the meeting day is excluded). */
export interface DayCountConvention {
  includeStart: boolean;
  includeEnd: boolean;
}
export const PUBLICITY_CONVENTION: DayCountConvention = { includeStart: true, includeEnd: false };

/**
 * Working days from `from` to `to` under the convention (default: `from` counted, `to` not). Zero when
 * `to` is before `from`.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  opts: { holidays?: readonly string[]; convention?: DayCountConvention } = {},
): number {
  const c = opts.convention ?? PUBLICITY_CONVENTION;
  const hol = holidaySet(opts.holidays);
  const a = dayNumber(from) + (c.includeStart ? 0 : 1);
  const b = dayNumber(to) - (c.includeEnd ? 0 : 1);
  let count = 0;
  for (let d = a; d <= b; d++) if (isWorking(d, hol)) count++;
  return count;
}

/**
 * The `n`-th working day after `from` (the day after `from` is the first candidate — a time limit runs
 * from the day after the dossier is complete). n = 0 returns `from`.
 */
export function addWorkingDays(from: string, n: number, holidays?: readonly string[]): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`số ngày làm việc không hợp lệ: ${n}`);
  const hol = holidaySet(holidays);
  let d = dayNumber(from);
  let left = n;
  while (left > 0) {
    d++;
    if (isWorking(d, hol)) left--;
  }
  return isoOfDay(d);
}
