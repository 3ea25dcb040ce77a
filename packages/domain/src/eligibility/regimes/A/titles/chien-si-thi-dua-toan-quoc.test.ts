// CSTĐ toàn quốc under regime A (A-CSTDTQ-1): 2 consecutive CSTĐ cấp tỉnh (6 consecutive CSTĐCS),
// proposed in the year of or after the second, national-scope initiative.
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, titles, years } from '../../../testing/builders.ts';
import type { TitleRecord } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'chien-si-thi-dua-toan-quoc' as const;
const CS = 'chien-si-thi-dua-co-so' as const;
const CT = 'chien-si-thi-dua-cap-tinh' as const;

function subject(t: TitleRecord[], scope: 'toan-quoc' | 'cap-tinh' = 'toan-quoc') {
  return person({ years: years(2016, 2023), titles: t, initiatives: [init(2023), init(2022, scope)] });
}

describe('Chiến sĩ thi đua toàn quốc, regime A', () => {
  it('CSTĐ cấp tỉnh 2019 and 2022, CSTĐCS 2017–2022, proposed in 2023 (adjacent year) → eligible', () => {
    const r = judge(
      2023,
      subject([...titles(CS, 2017, 2018, 2019, 2020, 2021, 2022), ...titles(CT, 2019, 2022)]),
      T,
      ON,
    );
    expect(r.status).toBe('eligible');
  });

  it('only one CSTĐ cấp tỉnh → ineligible', () => {
    const r = judge(
      2023,
      subject([...titles(CS, 2017, 2018, 2019, 2020, 2021, 2022), ...titles(CT, 2022)]),
      T,
      ON,
    );
    expect(check(r, 'two-consecutive-cstd-cap-tinh').outcome).toBe('not-met');
  });

  it('a gap in the CSTĐCS years between the two CSTĐ cấp tỉnh → not consecutive', () => {
    const r = judge(
      2023,
      subject([...titles(CS, 2017, 2018, 2019, 2021, 2022), ...titles(CT, 2019, 2022)]),
      T,
      ON,
    );
    expect(check(r, 'six-consecutive-cstdcs').outcome).toBe('not-met');
  });

  it('no national-scope initiative → ineligible, citing ND 91/2017 Art. 9(1)', () => {
    const r = judge(
      2023,
      subject([...titles(CS, 2017, 2018, 2019, 2020, 2021, 2022), ...titles(CT, 2019, 2022)], 'cap-tinh'),
      T,
      ON,
    );
    const c = check(r, 'initiative-toan-quoc');
    expect(c.outcome).toBe('not-met');
    expect(c.citation).toEqual({ instrument: 'nd-91-2017', article: 9, clause: 1 });
  });

  it('public consultation is flagged (A-PUB-1)', () => {
    const r = judge(
      2023,
      subject([...titles(CS, 2017, 2018, 2019, 2020, 2021, 2022), ...titles(CT, 2019, 2022)]),
      T,
      ON,
    );
    expect(r.warnings?.map((w) => w.code)).toContain('publicity-required');
  });
});
