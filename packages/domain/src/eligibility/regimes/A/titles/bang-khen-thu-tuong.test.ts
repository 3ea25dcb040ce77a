// Bằng khen Thủ tướng under regime A (A-BKTTg-1 point c; R-KIND-1, R-ANN-1, R-WIN-1).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, years, yr } from '../../../testing/builders.ts';
import type { AwardRecord, Initiative, Status, YearFacts } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'bang-khen-thu-tuong' as const;
const BK = 'bang-khen-cap-tinh' as const;
const five = [2019, 2020, 2021, 2022, 2023].map((y) => init(y));

const cases: {
  name: string;
  awards: AwardRecord[];
  y?: YearFacts[];
  inits?: Initiative[];
  status: Status;
  failing?: string;
}[] = [
  {
    name: 'BK tỉnh for 2018, then 5 years HTXSNV with 5 initiatives → eligible',
    awards: [award(BK, 2018)],
    status: 'eligible',
  },
  { name: 'no BK tỉnh → ineligible', awards: [], status: 'ineligible', failing: 'holds-bang-khen-cap-tinh' },
  {
    name: 'BK tỉnh of a campaign (chuyên đề) does not count (R-KIND-1)',
    awards: [award(BK, 2018, { kind: 'chuyen-de' })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'annulled BK tỉnh does not count (R-ANN-1)',
    awards: [award(BK, 2018, { status: 'annulled' })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'BK tỉnh period ending 2019 → only 4 years after → ineligible',
    awards: [award(BK, 2019, { period: { from: 2018, to: 2019 } })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'one year HTTNV inside the 5 → ineligible',
    awards: [award(BK, 2018)],
    y: [...years(2019, 2020, 'htxsnv'), yr(2021), ...years(2022, 2023, 'htxsnv')],
    status: 'ineligible',
    failing: 'five-years-htxsnv',
  },
  {
    name: '4 initiatives only → ineligible',
    awards: [award(BK, 2018)],
    inits: five.slice(1),
    status: 'ineligible',
    failing: 'five-initiatives-co-so',
  },
];

describe('Bằng khen Thủ tướng, regime A', () => {
  it.each(cases)('$name', (c) => {
    const p = person({
      years: c.y ?? years(2017, 2023, 'htxsnv'),
      awards: c.awards,
      initiatives: c.inits ?? five,
    });
    const r = judge(2023, p, T, ON);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('warns when a chuyên đề award was set aside, citing ND 91/2017 Art. 38(1)(c)', () => {
    const r = judge(
      2023,
      person({
        years: years(2017, 2023, 'htxsnv'),
        awards: [award(BK, 2018, { kind: 'chuyen-de' })],
        initiatives: five,
      }),
      T,
      ON,
    );
    expect(r.warnings?.map((w) => w.code)).toContain('chuyen-de-not-counted');
    expect(check(r, 'holds-bang-khen-cap-tinh').citation).toEqual({
      instrument: 'nd-91-2017',
      article: 38,
      clause: 1,
      point: 'c',
    });
  });
});
