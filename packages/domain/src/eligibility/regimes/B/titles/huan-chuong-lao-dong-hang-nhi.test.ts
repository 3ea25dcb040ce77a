// Huân chương Lao động hạng Nhì under regime B (Art. 43; same structure, UNVERIFIED counts).
import { describe, expect, it } from 'vitest';
import { award, judge, person, titles, warningCodes, years, yr } from '../../../testing/builders.ts';

const T = 'huan-chuong-lao-dong-hang-nhi' as const;

describe('Huân chương Lao động hạng Nhì, regime B', () => {
  it('hạng Ba 2019, then 5 years with one HTXSNV and 3 CSTĐCS → eligible, flagged UNVERIFIED', () => {
    const p = person({
      years: [...years(2019, 2023), yr(2024, { rating: 'htxsnv' })],
      awards: [award('huan-chuong-lao-dong-hang-ba', 2019)],
      titles: titles('chien-si-thi-dua-co-so', 2020, 2021, 2022),
    });
    const r = judge(2024, p, T);
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('unverified-rule');
  });
  it('BK Thủ tướng only → ineligible', () => {
    const p = person({ years: years(2019, 2024, 'htxsnv'), awards: [award('bang-khen-thu-tuong', 2019)] });
    expect(judge(2024, p, T).status).toBe('ineligible');
  });
});
