// Deadline arithmetic of plan tasks, pure (no clock: `today` is an argument). Dates are 'YYYY-MM-DD'.
import type { PlanDeadline } from '../../../../../packages/documents/src/format.ts';
import type { DeadlineKind } from '../../../../../packages/db/src/schema-cycle.ts';
import type { TaskStatus } from '../../../../../packages/db/src/repositories/plans.ts';

export interface DeadlineFields {
  deadline_kind: DeadlineKind;
  deadline_on: string | null;
  deadline_month: string | null;
  deadline_month_to: string | null;
  deadline_text: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** The same day a year later; 29/02 becomes 28/02 in a common year. */
export function shiftYear(iso: string, years = 1): string {
  const [y, m, d] = parts(iso);
  const ny = y + years;
  const last = new Date(Date.UTC(ny, m, 0)).getUTCDate();
  return `${ny}-${pad(m)}-${pad(Math.min(d, last))}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The concrete last day of a deadline (what the database stores as due_on), or null for undated shapes. */
export function dueOn(d: DeadlineFields): string | null {
  switch (d.deadline_kind) {
    case 'before':
    case 'on':
      return d.deadline_on;
    case 'month':
      return d.deadline_month ? addDays(shiftMonth(d.deadline_month, 1), -1) : null;
    case 'months':
      return d.deadline_month_to ? addDays(shiftMonth(d.deadline_month_to, 1), -1) : null;
    default:
      return null;
  }
}

function shiftMonth(firstOfMonth: string, months: number): string {
  const [y, m] = parts(firstOfMonth);
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  return t.toISOString().slice(0, 10);
}

/** The deadline moved a year for next year's plan; the written text has the year replaced too. */
export function deadlineNextYear(d: DeadlineFields, fromYear: number): DeadlineFields {
  return {
    deadline_kind: d.deadline_kind,
    deadline_on: d.deadline_on ? shiftYear(d.deadline_on) : null,
    deadline_month: d.deadline_month ? shiftYear(d.deadline_month) : null,
    deadline_month_to: d.deadline_month_to ? shiftYear(d.deadline_month_to) : null,
    deadline_text: d.deadline_text ? replaceYear(d.deadline_text, fromYear) : null,
  };
}

/** "năm 2024" → "năm 2025": every standalone occurrence of the year (not inside longer numbers). */
export function replaceYear(text: string, fromYear: number, years = 1): string {
  return text.replace(new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g'), String(fromYear + years));
}

/** The deadline as the document builder prints it ("Trước ngày 28/02/2024", "Tháng 12/2024", "Thường xuyên" …). */
export function planDeadline(d: DeadlineFields): PlanDeadline {
  switch (d.deadline_kind) {
    case 'before':
      return { kind: 'before', date: d.deadline_on ?? '' };
    case 'on':
      return { kind: 'on', date: d.deadline_on ?? '' };
    case 'month': {
      const [y, m] = parts(d.deadline_month ?? '1970-01-01');
      return { kind: 'within-month', year: y, month: m };
    }
    case 'months': {
      const [y1, m1] = parts(d.deadline_month ?? '1970-01-01');
      const [y2, m2] = parts(d.deadline_month_to ?? d.deadline_month ?? '1970-01-01');
      return {
        kind: 'text',
        text: y1 === y2 ? `Tháng ${pad(m1)}-${pad(m2)}/${y2}` : `Tháng ${pad(m1)}/${y1} - ${pad(m2)}/${y2}`,
      };
    }
    case 'regularly':
      return { kind: 'regularly' };
    case 'per-higher-plan': {
      // Stored as written after "Theo Kế hoạch của": "Khối", "cấp trên", "cấp trên và của Khối".
      const of = (d.deadline_text ?? '').replace(/^theo\s+kế\s+hoạch\s+của\s+/i, '').trim();
      return { kind: 'per-plan', of: of || 'cấp trên' };
    }
    case 'other':
      return { kind: 'text', text: d.deadline_text ?? '' };
    default: {
      const never: never = d.deadline_kind;
      return never;
    }
  }
}

export interface TaskFlags {
  /** The status shown: an open task past its date is 'late' even before the sweep has marked it. */
  effectiveStatus: TaskStatus;
  overdue: boolean;
  dueSoon: boolean;
  /** Days left until the deadline (negative when overdue), null when the deadline has no date. */
  daysLeft: number | null;
}

export function taskFlags(
  t: { status: TaskStatus; due_on: string | null },
  today: string,
  soonDays: number,
): TaskFlags {
  const open = t.status !== 'done' && t.status !== 'cancelled';
  const daysLeft = t.due_on ? daysBetween(today, t.due_on) : null;
  const overdue = open && daysLeft !== null && daysLeft < 0;
  const dueSoon = open && daysLeft !== null && daysLeft >= 0 && daysLeft <= soonDays;
  // A task marked late whose deadline was since moved is in progress again.
  const effectiveStatus: TaskStatus = overdue ? 'late' : t.status === 'late' ? 'in-progress' : t.status;
  return { effectiveStatus, overdue, dueSoon, daysLeft };
}
