// Cờ thi đua cấp tỉnh under regime B (B-CTDT-1: leads the khối/cụm; detail UNVERIFIED).
import { describe, expect, it } from 'vitest';
import { init, judge, person, unit, warningCodes, yr } from '../../../testing/builders.ts';

describe('Cờ thi đua cấp tỉnh, regime B', () => {
  const people = [person({ years: [yr(2024)], initiatives: [init(2024)] })];
  it('leads its cluster and TTLĐXS → eligible, flagged UNVERIFIED', () => {
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024, { rating: 'htxsnv', clusterRank: 1 })] },
    );
    const r = judge(2024, [u, ...people], 'co-thi-dua-cap-tinh');
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('unverified-rule');
  });
  it('third in its cluster → ineligible', () => {
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024, { rating: 'htxsnv', clusterRank: 3 })] },
    );
    expect(judge(2024, [u, ...people], 'co-thi-dua-cap-tinh').status).toBe('ineligible');
  });
});
