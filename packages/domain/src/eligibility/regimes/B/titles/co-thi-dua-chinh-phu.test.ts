// Cờ thi đua Chính phủ under regime B (B-CTDCP-1; U5 numbers as a default quota).
import { describe, expect, it } from 'vitest';
import { init, judge, person, run, unit, yr } from '../../../testing/builders.ts';

describe('Cờ thi đua Chính phủ, regime B', () => {
  it('selected among provincial-flag holders; 5 flag holders → at most 1 proposal (20%, floor)', () => {
    const subjects = [];
    for (let i = 0; i < 5; i++) {
      const p = person({ years: [yr(2024)], initiatives: [init(2024)] });
      subjects.push(p, unit([p.id], { years: [yr(2024, { rating: 'htxsnv', clusterRank: 1 })] }));
    }
    const out = run(2024, subjects);
    const q = out.quotas.find((x) => x.target === 'co-thi-dua-chinh-phu');
    expect(q).toMatchObject({ base: 5, limit: 1, candidates: 5 });
    expect(q?.allocation?.selected).toHaveLength(1);
  });
  it('without the provincial flag → ineligible', () => {
    const p = person({ years: [yr(2024)] });
    expect(
      judge(
        2024,
        [unit([p.id], { years: [yr(2024, { rating: 'httnv', clusterRank: 1 })] }), p],
        'co-thi-dua-chinh-phu',
      ).status,
    ).toBe('ineligible');
  });
});
