// Seed 001 (Sở Công Thương Gia Lai, sơ kết 6 tháng 2023) states each indicator's June value, its
// cumulative for six months and the resulting percentages, but not the yearly plan nor last year's
// figure. The plans and prior-year figures below are DERIVED from the seed: the round values that give
// back exactly the seed's percentages under our rounding rule (half up, at the stated precision).
//   industrial production value: 14.103,4 / plan 31.620 = 44,60…% → 44,6%; prior 12.274 → +14,90…% → 14,9%
//   retail sales:                46.828 / plan 108.000 = 43,359…% → 43,36%; prior 36.493 → +28,320…% → 28,32%
//   exports:                     420 / plan 681 = 61,674…% → 61,67%; prior 420 → "tương đương"
//   imports:                     59 / plan 110 = 53,63…% → 53,6%; prior 86,8 → −32,02…% → "giảm 32%"
//   border trade:                74, prior 83 → −10,84…% → "giảm 10,8%"
//   coffee (export breakdown):   165.000 tấn / 338 triệu USD; prior 162.003 tấn / 330 → +1,85% / +2,42%
// The January–May values are invented so that they add up to the seed's cumulative minus June.
import { describe, expect, it } from 'vitest';
import { add, dec, div, formatVi, parseVi, round, sum, toPlain } from './decimal.ts';
import {
  adminProcedureFigures,
  changePhrase,
  computeFigures,
  formatFraction,
  formatPercent,
  formatValue,
  type IndicatorRule,
  type MonthEntry,
} from './figures.ts';

const d = (s: string) => dec(s);

function months(
  values: string[],
  opts: {
    estimateFrom?: number;
    june?: Partial<Record<'priorYearValue' | 'priorYearQuantity' | 'quantity', string>>;
    quantities?: string[];
  } = {},
): MonthEntry[] {
  return values.map((v, i) => {
    const month = i + 1;
    const figures = {
      value: d(v),
      ...(opts.quantities ? { quantity: d(opts.quantities[i]!) } : {}),
      ...(month === values.length && opts.june?.priorYearValue
        ? { priorYearValue: d(opts.june.priorYearValue) }
        : {}),
      ...(month === values.length && opts.june?.priorYearQuantity
        ? { priorYearQuantity: d(opts.june.priorYearQuantity) }
        : {}),
    };
    return month >= (opts.estimateFrom ?? 99) ? { month, estimate: figures } : { month, actual: figures };
  });
}

const amount = (precision: number, percentPrecision: number, plan: string | null): IndicatorRule => ({
  kind: 'amount',
  aggregation: 'sum',
  precision,
  percentPrecision,
  plan: plan === null ? null : d(plan),
});

describe('indicator arithmetic reproduces seed 001 (six months of 2023)', () => {
  const cases: {
    name: string;
    rule: IndicatorRule;
    values: string[];
    prior: string;
    june: string;
    cumulative: string;
    ofPlan: string | null;
    change: string;
  }[] = [
    {
      name: 'industrial production value: June 1.935, six months 14.103,4 tỷ đồng, 44,6% of plan, up 14,9%',
      rule: amount(1, 1, '31620'),
      values: ['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935'],
      prior: '12274',
      june: '1.935',
      cumulative: '14.103,4',
      ofPlan: '44,6%',
      change: 'tăng 14,9%',
    },
    {
      name: 'retail sales: June 8.242, cumulative 46.828 tỷ đồng, 43,36% of plan, up 28,32%',
      rule: amount(0, 2, '108000'),
      values: ['7512', '7340', '7698', '7905', '8131', '8242'],
      prior: '36493',
      june: '8.242',
      cumulative: '46.828',
      ofPlan: '43,36%',
      change: 'tăng 28,32%',
    },
    {
      name: 'exports: June 60, cumulative 420 triệu USD, 61,67% of plan, level with the same period',
      rule: amount(2, 2, '681'),
      values: ['75', '62', '78', '71', '74', '60'],
      prior: '420',
      june: '60',
      cumulative: '420',
      ofPlan: '61,67%',
      change: 'tương đương',
    },
    {
      name: 'imports: June 4, cumulative 59 triệu USD, 53,6% of plan, down 32%',
      rule: amount(2, 1, '110'),
      values: ['12.5', '10.2', '11.8', '9.6', '10.9', '4'],
      prior: '86.8',
      june: '4',
      cumulative: '59',
      ofPlan: '53,6%',
      change: 'giảm 32%',
    },
    {
      name: 'border trade: six months 74 triệu USD, down 10,8% (no plan stated)',
      rule: amount(1, 1, null),
      values: ['13', '12.4', '12.6', '11.9', '12.3', '11.8'],
      prior: '83',
      june: '11,8',
      cumulative: '74',
      ofPlan: null,
      change: 'giảm 10,8%',
    },
  ];

  it.each(cases)('$name', (c) => {
    const f = computeFigures(c.rule, months(c.values, { june: { priorYearValue: c.prior } }), 6);
    expect(formatValue(f.monthValue, c.rule.precision)).toBe(c.june);
    expect(formatValue(f.cumulative, c.rule.precision)).toBe(c.cumulative);
    expect(formatPercent(f.percentOfPlan)).toBe(c.ofPlan);
    expect(changePhrase(f.changePercent)).toBe(c.change);
    expect(f.missingMonths).toEqual([]);
    expect(f.estimated).toBe(false);
  });

  it('the same figures come out when last year is in tdkt as months instead of a typed prior-year figure', () => {
    const lastYear = months(['2000', '2000', '2000', '2000', '2000', '2274']);
    const f = computeFigures(
      amount(1, 1, '31620'),
      months(['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935']),
      6,
      lastYear,
    );
    expect(toPlain(f.priorValue!)).toBe('12274');
    expect(changePhrase(f.changePercent)).toBe('tăng 14,9%');
  });

  it('June still an estimate: the cumulative counts it and says so ("ước thực hiện"); the actual replaces it', () => {
    const m = months(['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935'], { estimateFrom: 6 });
    expect(computeFigures(amount(1, 1, '31620'), m, 6).estimated).toBe(true);
    m[5] = { month: 6, estimate: { value: d('1935') }, actual: { value: d('1940.1') } };
    const f = computeFigures(amount(1, 1, '31620'), m, 6);
    expect(f.estimated).toBe(false);
    expect(formatValue(f.cumulative, 1)).toBe('14.108,5');
  });

  it('industrial production index by sector: the index is the change (111,3 → up 11,3%; 120,30 printed 20,3%)', () => {
    const index: IndicatorRule = {
      kind: 'index',
      aggregation: 'last',
      precision: 2,
      percentPrecision: 2,
      plan: null,
    };
    const sectors: [string, string][] = [
      ['111.3', 'tăng 11,3%'],
      ['112.05', 'tăng 12,05%'],
      ['120.30', 'tăng 20,3%'],
      ['104.05', 'tăng 4,05%'],
      ['102.3', 'tăng 2,3%'],
      ['97.4', 'giảm 2,6%'],
    ];
    for (const [v, phrase] of sectors) {
      const f = computeFigures(index, [{ month: 6, estimate: { value: d(v) } }], 6);
      expect(changePhrase(f.changePercent)).toBe(phrase);
      expect(f.missingMonths).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('coffee exports with quantity and value: 165.000 tấn / 338 triệu USD, up 1,85% in quantity and 2,42% in value', () => {
    const rule = amount(2, 2, null);
    const f = computeFigures(
      rule,
      [
        {
          month: 6,
          actual: {
            value: d('338'),
            quantity: d('165000'),
            reportedCumulative: d('338'),
            priorYearValue: d('330'),
            priorYearQuantity: d('162003'),
          },
        },
      ],
      6,
    );
    expect(formatValue(f.cumulative, 2)).toBe('338');
    expect(formatValue(f.cumulativeQuantity, 0)).toBe('165.000');
    expect(changePhrase(f.quantityChangePercent)).toBe('tăng 1,85%');
    expect(changePhrase(f.changePercent)).toBe('tăng 2,42%');
  });

  it.each([
    ['478395', '478833', 1, '478.395/478.833', '99,9%'],
    ['181', '182', 2, '181/182', '99,45%'],
    ['220', '220', 2, '220/220', '100%'],
    ['182', '182', 2, '182/182', '100%'],
  ])('movement result as a fraction: %s/%s → %s = %s', (n, den, p, text, pct) => {
    const rule: IndicatorRule = {
      kind: 'fraction',
      aggregation: 'last',
      precision: 0,
      percentPrecision: p,
      plan: null,
    };
    const f = computeFigures(rule, [{ month: 5, actual: { numerator: d(n), denominator: d(den) } }], 6);
    expect(formatFraction(f.numerator, f.denominator)).toBe(text);
    expect(formatPercent(f.fractionPercent)).toBe(pct);
  });

  it('administrative procedures 15/12/2022–31/5/2023: 10.042 received, 9.946 resolved, 0 late, 9.816 online = "hơn 98%"', () => {
    const a = adminProcedureFigures({ received: 10042, resolved: 9946, onTime: 9946, late: 0, online: 9816 });
    expect(formatPercent(a.onlinePercent)).toBe('98,69%');
    expect(a.onlinePhrase).toBe('hơn 98%');
    expect(formatPercent(a.onTimePercent)).toBe('100%');
    expect(formatPercent(a.latePercent)).toBe('0%');
    expect(formatPercent(a.resolvedPercent)).toBe('99,04%');
    expect(
      adminProcedureFigures({ received: 50, resolved: 50, onTime: 50, late: 0, online: 49 }).onlinePhrase,
    ).toBe('98%');
  });
});

describe('exact decimals and half-up rounding', () => {
  it('tenths add up exactly (0,1 + 0,2 = 0,3, not 0,30000000000000004)', () => {
    expect(toPlain(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(toPlain(sum([0.1, 0.2, 0.3].map((x) => dec(x))))).toBe('0.6');
  });

  it.each([
    ['2.345', 2, '2.35'],
    ['2.344999', 2, '2.34'],
    ['-2.345', 2, '-2.35'],
    ['1.005', 2, '1.01'], // a binary float rounds 1.005 to 1.00
    ['0.5', 0, '1'],
    ['-0.5', 0, '-1'],
  ])('round(%s, %i) = %s (half away from zero)', (x, digits, out) => {
    expect(toPlain(round(d(x), digits))).toBe(out);
  });

  it('a share exactly on the half rounds up: 1/8 = 12,5% at 0 decimals → 13%', () => {
    expect(toPlain(div(d('100'), d('8'), 0))).toBe('13');
    expect(toPlain(div(d('-100'), d('8'), 0))).toBe('-13');
  });

  it.each([
    ['14.103,4', '14103.4'],
    ['1.935', '1935'],
    ['478.395', '478395'],
    ['0,63', '0.63'],
    ['0.63', '0.63'],
    ['14103.4', '14103.4'],
    ['-32', '-32'],
    ['−10,8', '-10.8'],
    ['1 935', '1935'],
  ])('reads "%s" typed the Vietnamese way as %s', (text, plain) => {
    expect(toPlain(parseVi(text)!)).toBe(plain);
  });

  it.each(['abc', '1,2,3', '12..3', '1.2.3,4,5', ''])('refuses "%s"', (text) => {
    expect(parseVi(text)).toBeNull();
  });

  it('writes Vietnamese thousands and decimals', () => {
    expect(formatVi(d('14103.4'))).toBe('14.103,4');
    expect(formatVi(d('1234567.891'))).toBe('1.234.567,891');
    expect(formatVi(d('-32.0'))).toBe('−32');
    expect(formatVi(d('-32.0'), { minus: false })).toBe('32');
  });
});

describe('the same-period figure typed on June’s estimate', () => {
  it('still counts when June’s actual replaces the estimate without one (14.103,4 against 12.274: tăng 14,9%)', () => {
    const entries = months(['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1953'], {
      estimateFrom: 6,
      june: { priorYearValue: '12274' },
    });
    const june = entries[5]!;
    june.actual = { value: d('1935') };
    const f = computeFigures(amount(1, 1, '31620'), entries, 6);
    expect(f.estimated).toBe(false);
    expect(formatValue(f.cumulative, 1)).toBe('14.103,4');
    expect(changePhrase(f.changePercent)).toBe('tăng 14,9%');
  });
});
