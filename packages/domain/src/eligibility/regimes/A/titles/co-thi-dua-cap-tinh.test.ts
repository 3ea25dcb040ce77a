// Cờ thi đua cấp tỉnh under regime A (A-CTDT-1): TTLĐXS level + leading the cluster.
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, unit, yr } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };

function setup(rank: number | undefined) {
  const people = [person({ years: [yr(2023)], initiatives: [init(2023)] }), person({ years: [yr(2023)] })];
  const u = unit(
    people.map((p) => p.id),
    { years: [yr(2023, { rating: 'htxsnv', ...(rank === undefined ? {} : { clusterRank: rank }) })] },
  );
  return [u, ...people];
}

describe('Cờ thi đua cấp tỉnh, regime A', () => {
  it('first of its cluster and TTLĐXS → eligible', () => {
    expect(judge(2023, setup(1), 'co-thi-dua-cap-tinh', ON).status).toBe('eligible');
  });
  it('second of its cluster with one flag → ineligible', () => {
    expect(check(judge(2023, setup(2), 'co-thi-dua-cap-tinh', ON), 'leads-cluster').outcome).toBe('not-met');
  });
  it('second of its cluster when the cluster has two flags → eligible', () => {
    expect(
      judge(2023, setup(2), 'co-thi-dua-cap-tinh', { ...ON, options: { flagsPerCluster: 2 } }).status,
    ).toBe('eligible');
  });
  it('no cluster rank → needs review', () => {
    expect(judge(2023, setup(undefined), 'co-thi-dua-cap-tinh', ON).status).toBe('needs-review');
  });
});
