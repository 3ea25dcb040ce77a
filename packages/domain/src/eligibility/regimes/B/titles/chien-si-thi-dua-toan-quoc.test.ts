// CSTĐ toàn quốc under regime B (B-CSTDTQ-1).
import { describe, expect, it } from 'vitest';
import { init, judge, person, titles, warningCodes, years } from '../../../testing/builders.ts';

const T = 'chien-si-thi-dua-toan-quoc' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

describe('Chiến sĩ thi đua toàn quốc, regime B', () => {
  it('CSTĐ cấp tỉnh 2021 and this year (2024), 6 consecutive CSTĐCS, national initiative → eligible', () => {
    const p = person({
      years: years(2019, 2024, 'htxsnv'),
      titles: [...titles(CS, 2019, 2020, 2021, 2022, 2023), ...titles('chien-si-thi-dua-cap-tinh', 2021)],
      initiatives: [init(2024, 'toan-quoc')],
    });
    const r = judge(2024, p, T);
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('publicity-required');
  });
  it('a CSTĐ toàn quốc already given for 2021 consumes the CSTĐCS streak up to 2021 → ineligible', () => {
    const p = person({
      years: years(2016, 2024, 'htxsnv'),
      titles: [
        ...titles(CS, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023),
        ...titles('chien-si-thi-dua-cap-tinh', 2018, 2021),
        { code: T, year: 2021 },
      ],
      initiatives: [init(2024, 'toan-quoc')],
    });
    expect(judge(2024, p, T).status).toBe('ineligible');
  });
});
