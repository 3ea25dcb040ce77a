// Huân chương Lao động hạng Nhất under regime B (Art. 42; same structure, UNVERIFIED counts).
import { describe, expect, it } from 'vitest';
import { award, check, judge, person, titles, years } from '../../../testing/builders.ts';

const T = 'huan-chuong-lao-dong-hang-nhat' as const;

describe('Huân chương Lao động hạng Nhất, regime B', () => {
  it('hạng Nhì 2019 then 5 HTXSNV years with 3 CSTĐCS → eligible', () => {
    const p = person({
      years: years(2019, 2024, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-nhi', 2019)],
      titles: titles('chien-si-thi-dua-co-so', 2020, 2021, 2022),
    });
    expect(judge(2024, p, T).status).toBe('eligible');
  });
  it('an annulled hạng Nhì does not count (R-ANN-1)', () => {
    const p = person({
      years: years(2019, 2024, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-nhi', 2019, { status: 'annulled' })],
    });
    expect(check(judge(2024, p, T), 'holds-huan-chuong-lao-dong-hang-nhi').outcome).toBe('not-met');
  });
});
