// Huân chương Lao động hạng Ba under regime B (B-HCLD3-1 Law 06/2022 Art. 44(1)(e); B-HCLD3-2 cống hiến).
import { describe, expect, it } from 'vitest';
import { award, check, judge, person, titles, warningCodes, years, yr } from '../../../testing/builders.ts';

const T = 'huan-chuong-lao-dong-hang-ba' as const;
const CS = 'chien-si-thi-dua-co-so' as const;

describe('Huân chương Lao động hạng Ba, regime B', () => {
  it('BK Thủ tướng 2019, 5 years HTTNV+ with one HTXSNV and 3 CSTĐCS → eligible, publicity 10 working days', () => {
    const p = person({
      years: [...years(2019, 2023), yr(2024, { rating: 'htxsnv' })],
      awards: [award('bang-khen-thu-tuong', 2019)],
      titles: titles(CS, 2021, 2022, 2023),
    });
    const r = judge(2024, p, T);
    expect(r.status).toBe('eligible');
    expect(r.warnings?.find((w) => w.code === 'publicity-required')?.params).toEqual({ days: 10 });
  });
  it('no HTXSNV year → ineligible', () => {
    const p = person({
      years: years(2019, 2024),
      awards: [award('bang-khen-thu-tuong', 2019)],
      titles: titles(CS, 2021, 2022, 2023),
    });
    expect(check(judge(2024, p, T), 'one-year-htxsnv').outcome).toBe('not-met');
  });
  it('the career-contribution route cites the law in B and ND 152/2025 Art. 21 in B2', () => {
    const p = person({ years: years(2019, 2025) });
    const b = judge(2024, p, T).councilJudgement?.find((c) => c.route === 'qua-trinh-cong-hien');
    const b2 = judge(2025, p, T).councilJudgement?.find((c) => c.route === 'qua-trinh-cong-hien');
    expect(b?.citation).toEqual({ instrument: 'luat-06-2022-qh15', article: 44, clause: 1, point: 'g' });
    expect(b2?.citation).toEqual({ instrument: 'nd-152-2025', article: 21 });
  });
  it('a verified rule for individuals: no UNVERIFIED warning for hạng Ba', () => {
    const r = judge(2024, person({ years: years(2019, 2024) }), T);
    expect(warningCodes(r)).not.toContain('unverified-rule');
  });
});
