// Bằng khen Thủ tướng under regime B (B-BKTTg-1: BK tỉnh, then >= 5 years HTTNV+ with 3 CSTĐCS).
import { describe, expect, it } from 'vitest';
import { award, check, judge, person, titles, years, yr } from '../../../testing/builders.ts';
import type { AwardRecord, Status, TitleRecord, YearFacts } from '../../../types.ts';

const T = 'bang-khen-thu-tuong' as const;
const BK = 'bang-khen-cap-tinh' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

const cases: {
  name: string;
  awards: AwardRecord[];
  t?: TitleRecord[];
  y?: YearFacts[];
  status: Status;
  failing?: string;
}[] = [
  {
    name: 'BK tỉnh 2019, 2020–2024 HTTNV+, CSTĐCS 2021, 2022, 2023 → eligible',
    awards: [award(BK, 2019)],
    status: 'eligible',
  },
  {
    name: 'only 2 CSTĐCS in the 5 years → ineligible',
    awards: [award(BK, 2019)],
    t: titles(CS, 2022, 2023),
    status: 'ineligible',
    failing: 'three-times-in-period',
  },
  {
    name: 'BK tỉnh period ending 2020 → the 5 years are not complete → ineligible',
    awards: [award(BK, 2020, { period: { from: 2019, to: 2020 } })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'BK tỉnh 2019 decided 10/02/2021 without period: counted from the decision → ineligible',
    awards: [award(BK, 2019, { decidedOn: '2021-02-10' })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'BK tỉnh chuyên đề does not count (R-KIND-1)',
    awards: [award(BK, 2019, { kind: 'chuyen-de' })],
    status: 'ineligible',
    failing: 'holds-bang-khen-cap-tinh',
  },
  {
    name: 'rated HTNV in 2022 breaks the 5 years → ineligible',
    awards: [award(BK, 2019)],
    y: [...years(2019, 2021), yr(2022, { rating: 'htnv' }), ...years(2023, 2024)],
    status: 'ineligible',
    failing: 'five-years-httnv',
  },
  {
    name: 'a BK Thủ tướng already covering 2021 restarts the window → ineligible',
    awards: [award(BK, 2015), award(T, 2021)],
    status: 'ineligible',
    failing: 'five-years-httnv',
  },
];

describe('Bằng khen Thủ tướng, regime B', () => {
  it.each(cases)('$name', (c) => {
    const p = person({
      years: c.y ?? years(2018, 2024),
      awards: c.awards,
      titles: c.t ?? titles(CS, 2021, 2022, 2023),
    });
    const r = judge(2024, p, T);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('cites Law 06/2022 Art. 73(1)(b)', () => {
    const r = judge(
      2024,
      person({ years: years(2018, 2024), awards: [award(BK, 2019)], titles: titles(CS, 2022) }),
      T,
    );
    expect(check(r, 'three-times-in-period').citation).toEqual({
      instrument: 'luat-06-2022-qh15',
      article: 73,
      clause: 1,
      point: 'b',
    });
  });
});
