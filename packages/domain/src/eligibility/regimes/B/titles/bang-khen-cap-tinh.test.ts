// Bằng khen cấp tỉnh under regime B (B-BKT-1 point d; R-WIN-1 ND 98/2023 Art. 30(9)).
import { describe, expect, it } from 'vitest';
import { award, check, init, judge, person, titles, years, yr } from '../../../testing/builders.ts';

const T = 'bang-khen-cap-tinh' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

describe('Bằng khen cấp tỉnh, regime B', () => {
  it('CSTĐCS 2023 and 2024 → eligible on the two-CSTĐCS route', () => {
    const r = judge(2024, person({ years: years(2023, 2024, 'htxsnv'), titles: titles(CS, 2023) }), T);
    expect(r.routes?.find((x) => x.route === 'hai-lan-cstdcs')?.status).toBe('eligible');
    expect(r.status).toBe('eligible');
  });
  it('Bộ Nội vụ cross-regime example: 2023 HTXSNV + 1 initiative, 2024 HTXSNV + 1 initiative → eligible on the HTXSNV route', () => {
    const r = judge(
      2024,
      person({ years: years(2023, 2024, 'htxsnv'), initiatives: [init(2023), init(2024)] }),
      T,
    );
    expect(r.routes?.find((x) => x.route === 'hai-nam-htxsnv-hai-sang-kien')?.status).toBe('eligible');
  });
  it('the CSTĐCS streak already used for a BK tỉnh covering 2023 is not used again', () => {
    const r = judge(
      2024,
      person({
        years: years(2022, 2024, 'htxsnv'),
        titles: titles(CS, 2022, 2023),
        awards: [award(T, 2023, { period: { from: 2022, to: 2023 } })],
      }),
      T,
    );
    expect(check(r, 'two-consecutive-cstdcs').reason.code).toBe('streak-consumed');
    expect(r.status).toBe('ineligible');
  });
  it('HTTNV 2023 and no CSTĐCS 2023 → ineligible on both routes', () => {
    const r = judge(
      2024,
      person({ years: [yr(2023), yr(2024, { rating: 'htxsnv' })], initiatives: [init(2024)] }),
      T,
    );
    expect(r.status).toBe('ineligible');
  });
  it('cites Law 06/2022 Art. 74(1)(d)', () => {
    const r = judge(2024, person({ years: years(2023, 2024) }), T);
    expect(check(r, 'two-consecutive-cstdcs').citation).toEqual({
      instrument: 'luat-06-2022-qh15',
      article: 74,
      clause: 1,
      point: 'd',
    });
  });
});
