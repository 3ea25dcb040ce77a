// CSTĐ cấp tỉnh under regime B (B-CSTDT-1): history from regime A carries over (R-REG-1).
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, titles, warningCodes, years } from '../../../testing/builders.ts';

const T = 'chien-si-thi-dua-cap-tinh' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

describe('Chiến sĩ thi đua cấp tỉnh, regime B', () => {
  it('CSTĐCS 2022 and 2023 granted under the old law count, with CSTĐCS 2024 on HTXSNV → eligible', () => {
    const p = person({
      years: years(2022, 2024, 'htxsnv'),
      titles: titles(CS, 2022, 2023),
      initiatives: [init(2023, 'cap-tinh')],
    });
    const r = judge(2024, p, T);
    expect(r.status).toBe('eligible');
    expect(check(r, 'three-consecutive-cstdcs').evidence?.map((e) => e.year)).toEqual([2022, 2023, 2024]);
  });
  it('a gap year 2023 → ineligible', () => {
    const p = person({
      years: years(2022, 2024, 'htxsnv'),
      titles: titles(CS, 2021, 2022),
      initiatives: [init(2023, 'cap-tinh')],
    });
    expect(check(judge(2024, p, T), 'three-consecutive-cstdcs').outcome).toBe('not-met');
  });
  it('the council threshold is flagged UNVERIFIED (U1)', () => {
    const p = person({
      years: years(2022, 2024, 'htxsnv'),
      titles: titles(CS, 2022, 2023),
      initiatives: [init(2023, 'cap-tinh')],
    });
    const r = judge(2024, p, T);
    expect(warningCodes(r)).toContain('unverified-rule');
    expect(r.councilJudgement?.map((c) => c.criterion)).toContain('initiative-scope-recognised');
  });
  it('CSTĐ cấp tỉnh already given for 2023 consumed the streak → ineligible in 2024', () => {
    const p = person({
      years: years(2020, 2024, 'htxsnv'),
      titles: [...titles(CS, 2021, 2022, 2023), { code: T, year: 2023 }],
      initiatives: [init(2024, 'cap-tinh')],
    });
    expect(check(judge(2024, p, T), 'three-consecutive-cstdcs').reason.code).toBe('streak-consumed');
  });
});
