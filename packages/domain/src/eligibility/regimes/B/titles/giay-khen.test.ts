// Giấy khen under regime B (B-GK-1: per province; U6 default).
import { describe, expect, it } from 'vitest';
import { judge, person, warningCodes, yr } from '../../../testing/builders.ts';

describe('Giấy khen, regime B', () => {
  it('LĐTT of the year → eligible on the default route, UNVERIFIED warning, local standard for the council', () => {
    const r = judge(2024, person({ years: [yr(2024)] }), 'giay-khen');
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('unverified-rule');
    expect(r.councilJudgement?.map((c) => c.criterion)).toContain('local-standard');
  });
  it('not LĐTT → ineligible on the default route', () => {
    expect(judge(2024, person({ years: [yr(2024, { rating: 'htnv' })] }), 'giay-khen').status).toBe(
      'ineligible',
    );
  });
});
