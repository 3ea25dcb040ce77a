// What a report says about one indicator up to a month: the month's value, the cumulative to date, the
// share of the yearly plan and the change against the same period last year — computed exactly
// (decimal.ts) and rounded ONCE, at the end, to the indicator's precision.
//
// Rounding rules (pinned by figures.test.ts against seed 001):
//  * values (tỷ đồng, triệu USD, tấn, hộ) are rounded half up to `precision` decimals and written without
//    trailing zeros: 14.103,4 · 1.935 (not 1.935,0) · 0,63;
//  * percentages (% of plan, % change, fraction shares, indices) are rounded half up to
//    `percentPrecision` decimals and written without trailing zeros: 44,6% · 43,36% · giảm 32% (−32,03
//    at one decimal is −32,0) · 100% · 99,9% — the seed writes 20,3% and 12,05% side by side, which is
//    one precision (2) with the trailing zero dropped;
//  * a change that rounds to zero is "tương đương cùng kỳ" (seed 001: exports 420 of 420);
//  * every percentage is computed from the exact cumulative, never from the rounded one.
import {
  compare,
  dec,
  div,
  formatVi,
  isZero,
  mul,
  round,
  sign,
  sub,
  sum,
  truncate,
  type Decimal,
} from './decimal.ts';

export type IndicatorKind = 'amount' | 'index' | 'percent' | 'count' | 'fraction';
/** How months make the cumulative: sum (tỷ đồng per month), last (an index or a share stated to date), none. */
export type Aggregation = 'sum' | 'last' | 'none';

export interface IndicatorRule {
  kind: IndicatorKind;
  aggregation: Aggregation;
  /** Decimals of values (1 for 14.103,4). */
  precision: number;
  /** Decimals of percentages (1 for 44,6%; 2 for 43,36%). */
  percentPrecision: number;
  /** Yearly plan target in the indicator's unit (for an index: the planned index, e.g. 112). */
  plan: Decimal | null;
}

/** One month's figures as entered (an estimate, or the actual that replaces it). */
export interface MonthFigures {
  value?: Decimal | null;
  numerator?: Decimal | null;
  denominator?: Decimal | null;
  quantity?: Decimal | null;
  /** The cumulative the source states, when it is not the sum of the months. */
  reportedCumulative?: Decimal | null;
  /** The same period last year (cumulative to this month), when last year is not in tdkt. */
  priorYearValue?: Decimal | null;
  priorYearQuantity?: Decimal | null;
}

export interface MonthEntry {
  month: number;
  estimate?: MonthFigures | null;
  actual?: MonthFigures | null;
}

export interface IndicatorFigures {
  month: number;
  /** The month's value (actual, else estimate). */
  monthValue: Decimal | null;
  monthQuantity: Decimal | null;
  /** Cumulative to the month, exact (round with `precision` to print). */
  cumulative: Decimal | null;
  cumulativeQuantity: Decimal | null;
  /** True when any month counted is still an estimate ("ước thực hiện"). */
  estimated: boolean;
  /** Months 1..month without any figure. */
  missingMonths: number[];
  numerator: Decimal | null;
  denominator: Decimal | null;
  /** numerator / denominator × 100, rounded to percentPrecision. */
  fractionPercent: Decimal | null;
  /** cumulative / plan × 100, rounded. */
  percentOfPlan: Decimal | null;
  /** Same period last year used for the change (cumulative to the same month). */
  priorValue: Decimal | null;
  priorQuantity: Decimal | null;
  /** (cumulative − prior) / prior × 100, rounded; for an index, index − 100. */
  changePercent: Decimal | null;
  quantityChangePercent: Decimal | null;
}

const HUNDRED = dec(100);

export function effective(e: MonthEntry | undefined): { figures: MonthFigures; estimated: boolean } | null {
  if (!e) return null;
  if (e.actual && hasAny(e.actual)) return { figures: e.actual, estimated: false };
  if (e.estimate && hasAny(e.estimate)) return { figures: e.estimate, estimated: true };
  return null;
}

function hasAny(f: MonthFigures): boolean {
  return f.value != null || f.numerator != null || f.quantity != null || f.reportedCumulative != null;
}

/** a / b × 100, rounded half up; null when b is missing or zero. */
export function percentOf(a: Decimal | null, b: Decimal | null, digits: number): Decimal | null {
  if (a === null || b === null || isZero(b)) return null;
  return div(mul(a, HUNDRED), b, digits);
}

/** (a − b) / b × 100, rounded half up; null when b is missing or zero. */
export function changeOf(a: Decimal | null, b: Decimal | null, digits: number): Decimal | null {
  if (a === null || b === null || isZero(b)) return null;
  return div(mul(sub(a, b), HUNDRED), b, digits);
}

/**
 * The figures of one indicator to `uptoMonth`. `lastYear` holds last year's months of the indicator with
 * the same code, when tdkt has them; a prior-year figure typed on this year's month wins over them.
 */
export function computeFigures(
  rule: IndicatorRule,
  months: readonly MonthEntry[],
  uptoMonth: number,
  lastYear: readonly MonthEntry[] = [],
): IndicatorFigures {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const counted: { month: number; f: MonthFigures; estimated: boolean }[] = [];
  const missingMonths: number[] = [];
  for (let m = 1; m <= uptoMonth; m++) {
    const e = effective(byMonth.get(m));
    if (e) counted.push({ month: m, f: e.figures, estimated: e.estimated });
    else missingMonths.push(m);
  }
  const current = counted.find((c) => c.month === uptoMonth) ?? null;
  const latest = counted.at(-1) ?? null;
  const aggregation: Aggregation =
    rule.kind === 'amount' || rule.kind === 'count'
      ? rule.aggregation
      : rule.aggregation === 'none'
        ? 'none'
        : 'last';

  let cumulative: Decimal | null = null;
  let cumulativeQuantity: Decimal | null = null;
  let estimated = false;
  if (current?.f.reportedCumulative != null) {
    cumulative = current.f.reportedCumulative;
    estimated = current.estimated;
  } else if (aggregation === 'sum') {
    const values = counted.filter((c) => c.f.value != null);
    cumulative = values.length ? sum(values.map((c) => c.f.value!)) : null;
    estimated = values.some((c) => c.estimated);
  } else if (aggregation === 'last') {
    cumulative = latest?.f.value ?? null;
    estimated = latest?.estimated ?? false;
  }
  if (aggregation === 'sum') {
    const qs = counted.filter((c) => c.f.quantity != null);
    cumulativeQuantity = qs.length ? sum(qs.map((c) => c.f.quantity!)) : null;
  } else cumulativeQuantity = latest?.f.quantity ?? null;

  const numerator = rule.kind === 'fraction' ? (latest?.f.numerator ?? null) : null;
  const denominator = rule.kind === 'fraction' ? (latest?.f.denominator ?? null) : null;
  if (rule.kind === 'fraction' && latest) estimated = latest.estimated;
  const fractionPercent = percentOf(numerator, denominator, rule.percentPrecision);
  if (rule.kind === 'fraction' && cumulative === null) cumulative = fractionPercent;

  // Same period last year: typed on this month, else summed from last year's months in tdkt.
  // A figure typed on the month's estimate still holds when the actual replaces it without one.
  const typed = byMonth.get(uptoMonth);
  let priorValue =
    current?.f.priorYearValue ?? typed?.actual?.priorYearValue ?? typed?.estimate?.priorYearValue ?? null;
  let priorQuantity =
    current?.f.priorYearQuantity ??
    typed?.actual?.priorYearQuantity ??
    typed?.estimate?.priorYearQuantity ??
    null;
  if ((priorValue === null || priorQuantity === null) && lastYear.length && rule.kind !== 'index') {
    const prior = computeFigures({ ...rule, plan: null }, lastYear, uptoMonth);
    priorValue ??= prior.cumulative;
    priorQuantity ??= prior.cumulativeQuantity;
  }

  const p = rule.percentPrecision;
  let changePercent: Decimal | null;
  let percentOfPlan: Decimal | null;
  if (rule.kind === 'index') {
    // An index is already "% of the same period": 111,3 means up 11,3%.
    changePercent = cumulative === null ? null : round(sub(cumulative, HUNDRED), p);
    percentOfPlan = null;
  } else {
    changePercent = changeOf(cumulative, priorValue, p);
    percentOfPlan = percentOf(cumulative, rule.plan, p);
  }

  return {
    month: uptoMonth,
    monthValue: current?.f.value ?? null,
    monthQuantity: current?.f.quantity ?? null,
    cumulative,
    cumulativeQuantity,
    estimated,
    missingMonths,
    numerator,
    denominator,
    fractionPercent,
    percentOfPlan,
    priorValue,
    priorQuantity,
    changePercent,
    quantityChangePercent: changeOf(cumulativeQuantity, priorQuantity, p),
  };
}

// ───────────── words and numbers the way the reports write them ─────────────

/** A value rounded to the indicator's precision: "14.103,4", "1.935". */
export function formatValue(v: Decimal | null, precision: number): string | null {
  return v === null ? null : formatVi(round(v, precision));
}

/** "44,6%". */
export function formatPercent(v: Decimal | null): string | null {
  return v === null ? null : `${formatVi(v)}%`;
}

/** "tăng 14,9%", "giảm 32%", "tương đương" — the change against the same period. */
export function changePhrase(change: Decimal | null): string | null {
  if (change === null) return null;
  const s = sign(change);
  if (s === 0) return 'tương đương';
  return `${s > 0 ? 'tăng' : 'giảm'} ${formatVi(change, { minus: false })}%`;
}

/** "478.395/478.833". */
export function formatFraction(n: Decimal | null, d: Decimal | null): string | null {
  return n === null || d === null ? null : `${formatVi(n)}/${formatVi(d)}`;
}

// ───────────── administrative procedures ─────────────

export interface AdminProcedureInput {
  received: number;
  resolved: number;
  onTime: number | null;
  late: number | null;
  online: number | null;
}

export interface AdminProcedureFigures {
  resolvedPercent: Decimal | null;
  onTimePercent: Decimal | null;
  latePercent: Decimal | null;
  /** online / resolved × 100 (seed 001: 9.816 of 9.946 = 98,69%). */
  onlinePercent: Decimal | null;
  /** "hơn 98%" when the share is above a whole number, "98%" when exactly it (seed 001's wording). */
  onlinePhrase: string | null;
}

export function adminProcedureFigures(x: AdminProcedureInput, digits = 2): AdminProcedureFigures {
  const resolved = dec(x.resolved);
  const online = x.online === null ? null : dec(x.online);
  const onlinePercent = percentOf(online, resolved, digits);
  let onlinePhrase: string | null = null;
  if (online !== null && x.resolved > 0) {
    const exact = div(mul(online, HUNDRED), resolved, 12);
    const whole = truncate(exact, 0);
    onlinePhrase = compare(exact, whole) === 0 ? `${formatVi(whole)}%` : `hơn ${formatVi(whole)}%`;
  }
  return {
    resolvedPercent: percentOf(resolved, dec(x.received), digits),
    onTimePercent: x.onTime === null ? null : percentOf(dec(x.onTime), resolved, digits),
    latePercent: x.late === null ? null : percentOf(dec(x.late), resolved, digits),
    onlinePercent,
    onlinePhrase,
  };
}

// ───────────── breakdowns (exports by commodity, production by sector) ─────────────

/** How a parent stands against the sum of its breakdown (amounts and counts in the parent's unit). */
export interface BreakdownCheck {
  /** The children's cumulative summed, exact; null when a child has no figure yet. */
  sum: Decimal | null;
  /** The parent had no figures of its own, so its figures are the children's sum. */
  derived: boolean;
  /** The parent's own cumulative differs from the children's sum. */
  mismatch: boolean;
}

/**
 * A parent whose breakdown is in the same unit: with no figures of its own, its cumulative, month value and
 * same-period figure are the sums of its children's (percent of plan and change computed from them);
 * with its own figures, they are kept and compared with the sum (the breakdown may list only the main
 * items — seed 001's exports are 420 while the commodities listed add up to 420,91).
 * Returns null when the breakdown cannot be summed (an index, a share, or a child in another unit).
 */
export function checkBreakdown(
  parent: IndicatorRule & { unit: string | null },
  own: IndicatorFigures,
  hasOwnFigures: boolean,
  children: readonly (IndicatorFigures & { unit: string | null; kind: IndicatorKind })[],
): { figures: IndicatorFigures; check: BreakdownCheck } | null {
  if (!children.length) return null;
  if (!(parent.kind === 'amount' || parent.kind === 'count') || parent.aggregation !== 'sum') return null;
  if (children.some((c) => (c.kind !== 'amount' && c.kind !== 'count') || c.unit !== parent.unit))
    return null;
  const all = (xs: (Decimal | null)[]): Decimal | null =>
    xs.every((x) => x !== null) ? sum(xs as Decimal[]) : null;
  const total = all(children.map((c) => c.cumulative));
  if (hasOwnFigures)
    return {
      figures: own,
      check: {
        sum: total,
        derived: false,
        mismatch: total !== null && own.cumulative !== null && compare(total, own.cumulative) !== 0,
      },
    };
  const prior = own.priorValue ?? all(children.map((c) => c.priorValue));
  const p = parent.percentPrecision;
  return {
    figures: {
      ...own,
      monthValue: all(children.map((c) => c.monthValue)),
      cumulative: total,
      estimated: children.some((c) => c.estimated),
      missingMonths: [...new Set(children.flatMap((c) => c.missingMonths))].sort((a, b) => a - b),
      priorValue: prior,
      percentOfPlan: percentOf(total, parent.plan, p),
      changePercent: changeOf(total, prior, p),
    },
    check: { sum: total, derived: true, mismatch: false },
  };
}
