// Huân chương Lao động hạng Nhì under regime A: the lower class first (UNVERIFIED structure).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, years } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'huan-chuong-lao-dong-hang-nhi' as const;

describe('Huân chương Lao động hạng Nhì, regime A', () => {
  it('hạng Ba in 2018 then 5 years HTXSNV and 2 provincial initiatives → eligible', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-ba', 2018)],
      initiatives: [init(2020, 'cap-tinh'), init(2022, 'cap-tinh')],
    });
    expect(judge(2023, p, T, ON).status).toBe('eligible');
  });
  it('hạng Ba in 2020 → too recent → ineligible', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('huan-chuong-lao-dong-hang-ba', 2020)],
      initiatives: [init(2021, 'cap-tinh'), init(2022, 'cap-tinh')],
    });
    expect(check(judge(2023, p, T, ON), 'holds-huan-chuong-lao-dong-hang-ba').reason.code).toBe(
      'prerequisite-too-recent',
    );
  });
});
