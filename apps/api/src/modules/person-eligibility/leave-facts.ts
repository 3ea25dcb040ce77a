// Leave periods and transfers (person_leaves, person_transfers) turned into a year's facts for the
// engine: maternity leave, injury treatment and training are counted as work by the engine itself
// (A-LDTT-2/3/4, B-LDTT-2/3/4), so they are passed as their own months; unpaid and sick leave and
// other absences are not worked and feed absenceDays; a transfer out during the year ends the months
// worked here; a transfer in states where the person came from and how long they were there
// (A-LDTT-5 / B-LDTT-5: ≥ 6 months needs the previous unit's comments). Pure.
import type { YearFacts } from '../../../../../packages/domain/src/eligibility/index.ts';

export interface LeaveRow {
  kind: string;
  from_date: string;
  to_date: string | null;
  days: number | string | null;
}
export interface TransferRow {
  direction: 'in' | 'out';
  on_date: string;
  other_place: string;
  comments_received: boolean;
}

export type LeaveYearFacts = Pick<
  YearFacts,
  | 'monthsWorked'
  | 'absenceDays'
  | 'maternityLeave'
  | 'maternityLeaveMonths'
  | 'injuryTreatment'
  | 'injuryTreatmentMonths'
  | 'trainingMonths'
  | 'transferredFrom'
  | 'monthsAtPreviousUnit'
  | 'previousUnitComments'
>;

const DAY = 86_400_000;
const t = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
/** Calendar days of [from, to] (inclusive) inside the year. */
function overlapDays(from: string, to: string | null, year: number): number {
  const a = Math.max(t(from), t(`${year}-01-01`));
  const b = Math.min(t(to ?? `${year}-12-31`), t(`${year}-12-31`));
  return b < a ? 0 : Math.round((b - a) / DAY) + 1;
}
const daysInYear = (year: number): number =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365;
/** Months to the nearest half month (the grid's precision, numeric(4,1)). */
const months = (days: number, year: number): number =>
  Math.min(12, Math.round(((days * 12) / daysInYear(year)) * 2) / 2);

export function leaveYearFacts(
  leaves: readonly LeaveRow[],
  transfers: readonly TransferRow[],
  year: number,
): LeaveYearFacts | null {
  const f: LeaveYearFacts = {};
  let notWorked = 0; // months away that are not work (engine adds back its own kinds)
  let absence = 0;
  let any = false;
  for (const l of leaves) {
    const d = overlapDays(l.from_date, l.to_date, year);
    if (d === 0) continue;
    any = true;
    const m = months(d, year);
    if (l.kind === 'thai-san') {
      f.maternityLeave = true;
      f.maternityLeaveMonths = Math.min(12, (f.maternityLeaveMonths ?? 0) + m);
    } else if (l.kind === 'dieu-tri-tai-nan') {
      f.injuryTreatment = true;
      f.injuryTreatmentMonths = Math.min(12, (f.injuryTreatmentMonths ?? 0) + m);
    } else if (l.kind === 'di-hoc') {
      f.trainingMonths = Math.min(12, (f.trainingMonths ?? 0) + m);
    } else {
      // Sick, unpaid or other leave: the stated working days when given, else the calendar days.
      absence += l.days !== null && l.days !== undefined ? Number(l.days) : d;
      notWorked += m;
    }
  }
  for (const tr of transfers) {
    if (!tr.on_date.startsWith(`${year}-`)) continue;
    any = true;
    if (tr.direction === 'in') {
      const before = months(overlapDays(`${year}-01-01`, tr.on_date, year) - 1, year);
      f.transferredFrom = tr.other_place;
      f.monthsAtPreviousUnit = before;
      f.previousUnitComments = tr.comments_received;
    } else {
      notWorked += months(overlapDays(tr.on_date, null, year) - 1, year);
    }
  }
  if (!any) return null;
  const counted = (f.maternityLeaveMonths ?? 0) + (f.injuryTreatmentMonths ?? 0) + (f.trainingMonths ?? 0);
  f.monthsWorked = Math.max(0, Math.round((12 - counted - notWorked) * 2) / 2);
  if (absence > 0) f.absenceDays = Math.min(366, absence);
  return f;
}
