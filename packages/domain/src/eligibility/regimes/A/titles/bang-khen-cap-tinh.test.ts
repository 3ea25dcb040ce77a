// Bằng khen cấp tỉnh under regime A (A-BKT-1 point c; R-WIN-1 window, U9).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, titles, unit, years, yr } from '../../../testing/builders.ts';
import type { AwardRecord, Initiative, Status, YearFacts } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'bang-khen-cap-tinh' as const;

const cases: {
  name: string;
  y?: YearFacts[];
  inits?: Initiative[];
  awards?: AwardRecord[];
  status: Status;
  failing?: string;
}[] = [
  { name: 'HTXSNV 2022 and 2023 with 2 cơ sở initiatives → eligible', status: 'eligible' },
  {
    name: 'HTTNV in 2022 → ineligible',
    y: [yr(2022), yr(2023, { rating: 'htxsnv' })],
    status: 'ineligible',
    failing: 'htxsnv-previous-year',
  },
  {
    name: 'only one initiative in the two years → ineligible',
    inits: [init(2023)],
    status: 'ineligible',
    failing: 'two-initiatives-co-so',
  },
  {
    name: 'previous Bằng khen whose period ends 2021 → window clear → eligible',
    awards: [award(T, 2021, { period: { from: 2019, to: 2021 } })],
    status: 'eligible',
  },
  {
    name: 'previous Bằng khen covering 2022 → window overlap → ineligible',
    awards: [award(T, 2022, { period: { from: 2021, to: 2022 } })],
    status: 'ineligible',
    failing: 'not-yet-rewarded-for-period',
  },
  {
    name: 'no period recorded: decision dated 15/03/2023 covers the years before 2023 → ineligible',
    awards: [award(T, 2021, { decidedOn: '2023-03-15' })],
    status: 'ineligible',
    failing: 'not-yet-rewarded-for-period',
  },
  {
    name: 'an annulled Bằng khen covering 2022 does not close the window',
    awards: [award(T, 2022, { status: 'annulled' })],
    status: 'eligible',
  },
];

describe('Bằng khen cấp tỉnh, regime A', () => {
  it.each(cases)('$name', (c) => {
    const p = person({
      years: c.y ?? years(2022, 2023, 'htxsnv'),
      initiatives: c.inits ?? [init(2022), init(2023)],
      awards: c.awards ?? [],
    });
    const r = judge(2023, p, T, ON);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('cites ND 91/2017 Art. 39(1)(c) and flags the window rule as UNVERIFIED (U9)', () => {
    const r = judge(2023, person({ years: years(2022, 2023, 'htxsnv'), initiatives: [init(2023)] }), T, ON);
    expect(check(r, 'two-initiatives-co-so').citation).toEqual({
      instrument: 'nd-91-2017',
      article: 39,
      clause: 1,
      point: 'c',
    });
    expect(r.warnings?.some((w) => w.params?.['item'] === 'U9')).toBe(true);
  });

  it('a collective with 2 consecutive years Tập thể LĐXS (UNVERIFIED default)', () => {
    const u = unit([], {
      years: [yr(2023, { rating: 'htxsnv' })],
      titles: titles('tap-the-lao-dong-xuat-sac', 2022),
    });
    const r = judge(2023, u, T, ON);
    expect(check(r, 'two-consecutive-ttldxs').outcome).not.toBe('met'); // no members: this year's TTLĐXS unknown
  });
});
