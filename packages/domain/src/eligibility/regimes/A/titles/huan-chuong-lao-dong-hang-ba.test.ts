// Huân chương Lao động hạng Ba under regime A (A-HCLD3-1, LOW / U7: always flagged UNVERIFIED).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, titles, years } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'huan-chuong-lao-dong-hang-ba' as const;

describe('Huân chương Lao động hạng Ba, regime A', () => {
  it('BK Thủ tướng 2018, 5 years HTXSNV, 2 provincial initiatives → eligible, flagged U7', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('bang-khen-thu-tuong', 2018)],
      initiatives: [init(2021, 'cap-tinh'), init(2023, 'cap-tinh')],
    });
    const r = judge(2023, p, T, ON);
    expect(r.status).toBe('eligible');
    expect(r.routes?.find((x) => x.route === 'sang-kien-cap-tinh')?.status).toBe('eligible');
    expect(r.warnings?.some((w) => w.params?.['item'] === 'U7')).toBe(true);
  });

  it('the CSTĐ cấp tỉnh route: twice CSTĐ cấp tỉnh in the period → eligible', () => {
    const p = person({
      years: years(2017, 2023, 'htxsnv'),
      awards: [award('bang-khen-thu-tuong', 2018)],
      titles: titles('chien-si-thi-dua-cap-tinh', 2020, 2022),
    });
    expect(judge(2023, p, T, ON).status).toBe('eligible');
  });

  it('without BK Thủ tướng → ineligible, citing Law 2003 Art. 44', () => {
    const r = judge(2023, person({ years: years(2017, 2023, 'htxsnv') }), T, ON);
    const c = check(r, 'holds-bang-khen-thu-tuong');
    expect(c.outcome).toBe('not-met');
    expect(c.citation).toEqual({ instrument: 'luat-15-2003-qh11', article: 44 });
  });
});
