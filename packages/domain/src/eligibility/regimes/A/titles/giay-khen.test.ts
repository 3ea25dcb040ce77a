// Giấy khen under regime A (A-GK-1, UNVERIFIED list U6): default route = LĐTT of the year.
import { describe, expect, it } from 'vitest';
import { judge, person, unit, warningCodes, yr } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };

describe('Giấy khen, regime A', () => {
  it.each([
    { name: 'LĐTT of the year → eligible', rating: 'httnv' as const, status: 'eligible' },
    { name: 'rated HTNV → ineligible on the default route', rating: 'htnv' as const, status: 'ineligible' },
  ])('$name', ({ rating, status }) => {
    expect(judge(2023, person({ years: [yr(2023, { rating })] }), 'giay-khen', ON).status).toBe(status);
  });

  it('says the default is UNVERIFIED (U6) and keeps council routes listed', () => {
    const r = judge(2023, person({ years: [yr(2023)] }), 'giay-khen', ON);
    expect(warningCodes(r)).toContain('unverified-rule');
    expect(r.councilJudgement?.map((c) => c.route)).toEqual(['thanh-tich-phong-trao', 'thanh-tich-dot-xuat']);
  });

  it('a collective rated HTTNV → eligible', () => {
    expect(judge(2023, unit([], { years: [yr(2023)] }), 'giay-khen', ON).status).toBe('eligible');
  });
});
