// CSTĐ cấp tỉnh under regime A (A-CSTDT-1, A-CSTDT-3): 3 consecutive CSTĐCS, streak consumption,
// provincial-scope initiative, secret ballot 90% for the council.
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, titles, years } from '../../../testing/builders.ts';
import type { Initiative, Status, TitleRecord } from '../../../types.ts';

const Y = 2023;
const ON = { evaluatedOn: '2023-12-20' };
const T = 'chien-si-thi-dua-cap-tinh' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

const cases: { name: string; t: TitleRecord[]; inits?: Initiative[]; status: Status; failing?: string }[] = [
  {
    name: 'CSTĐCS 2021, 2022 and this year + provincial initiative → eligible',
    t: titles(CS, 2021, 2022),
    status: 'eligible',
  },
  {
    name: 'gap year 2021 resets the streak → ineligible',
    t: titles(CS, 2020, 2022),
    status: 'ineligible',
    failing: 'three-consecutive-cstdcs',
  },
  {
    name: 'an annulled CSTĐCS does not count (R-ANN-1)',
    t: [...titles(CS, 2022), { code: CS, year: 2021, status: 'annulled' }],
    status: 'ineligible',
    failing: 'three-consecutive-cstdcs',
  },
  {
    name: 'streak already used for CSTĐ cấp tỉnh 2022 is not used again → ineligible',
    t: [...titles(CS, 2020, 2021, 2022), { code: T, year: 2022 }],
    status: 'ineligible',
    failing: 'three-consecutive-cstdcs',
  },
  {
    name: 'CSTĐ cấp tỉnh 2020; 2021–2023 is a fresh streak → eligible',
    t: [...titles(CS, 2018, 2019, 2020, 2021, 2022), { code: T, year: 2020 }],
    status: 'eligible',
  },
  {
    name: 'initiative only at cơ sở → ineligible',
    t: titles(CS, 2021, 2022),
    inits: [init(2023), init(2022)],
    status: 'ineligible',
    failing: 'initiative-cap-tinh',
  },
  {
    name: 'provincial initiative from 2021 (inside the window) → eligible',
    t: titles(CS, 2021, 2022),
    inits: [init(2023), init(2021, 'cap-tinh')],
    status: 'eligible',
  },
  {
    name: 'provincial initiative from 2020 (outside the window) → ineligible',
    t: titles(CS, 2021, 2022),
    inits: [init(2023), init(2020, 'cap-tinh')],
    status: 'ineligible',
    failing: 'initiative-cap-tinh',
  },
];

describe('Chiến sĩ thi đua cấp tỉnh, regime A', () => {
  it.each(cases)('$name', (c) => {
    const p = person({
      years: years(2019, 2023),
      titles: c.t,
      initiatives: c.inits ?? [init(2023), init(2022, 'cap-tinh')],
    });
    const r = judge(Y, p, T, ON);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('the consumed streak is named and cited (ND 91/2017 Art. 9(2))', () => {
    const p = person({
      years: years(2019, 2023),
      titles: [...titles(CS, 2020, 2021, 2022), { code: T, year: 2022 }],
      initiatives: [init(2023), init(2023, 'cap-tinh')],
    });
    const c = check(judge(Y, p, T, ON), 'three-consecutive-cstdcs');
    expect(c.reason.code).toBe('streak-consumed');
    expect(c.citation).toEqual({ instrument: 'nd-91-2017', article: 9, clause: 2 });
  });

  it('the 90% secret ballot of ND 91/2017 Art. 45(8) is listed for the council', () => {
    const p = person({
      years: years(2019, 2023),
      titles: titles(CS, 2021, 2022),
      initiatives: [init(2023), init(2022, 'cap-tinh')],
    });
    const vote = judge(Y, p, T, ON).councilJudgement?.find((c) => c.criterion === 'council-secret-ballot');
    expect(vote?.citation).toEqual({ instrument: 'nd-91-2017', article: 45, clause: 8 });
  });
});
