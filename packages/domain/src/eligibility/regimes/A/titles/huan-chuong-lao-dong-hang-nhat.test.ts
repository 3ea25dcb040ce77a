// Huân chương Lao động hạng Nhất under regime A: hạng Nhì first (UNVERIFIED structure).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, years } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'huan-chuong-lao-dong-hang-nhat' as const;

describe('Huân chương Lao động hạng Nhất, regime A', () => {
  it('hạng Nhì in 2018 then 5 years HTXSNV and 2 provincial initiatives → eligible', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-nhi', 2018)],
      initiatives: [init(2020, 'cap-tinh'), init(2022, 'cap-tinh')],
    });
    expect(judge(2023, p, T, ON).status).toBe('eligible');
  });
  it('only hạng Ba → ineligible', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-ba', 2018)],
    });
    expect(check(judge(2023, p, T, ON), 'holds-huan-chuong-lao-dong-hang-nhi').outcome).toBe('not-met');
  });
});
