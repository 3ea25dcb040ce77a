// Cờ thi đua Chính phủ under regime A (A-CTDCP-1; A-CTDCP-2 quota, UNVERIFIED).
import { describe, expect, it } from 'vitest';
import { init, judge, person, run, unit, yr } from '../../../testing/builders.ts';

const ON = { evaluatedOn: '2023-12-20' };

describe('Cờ thi đua Chính phủ, regime A', () => {
  const people = [person({ years: [yr(2023)], initiatives: [init(2023)] })];
  it('holder of the provincial flag of the year → eligible; council judges "most outstanding"', () => {
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv', clusterRank: 1 })] },
    );
    const r = judge(2023, [u, ...people], 'co-thi-dua-chinh-phu', ON);
    expect(r.status).toBe('eligible');
    expect(r.councilJudgement?.[0]?.criterion).toBe('exceeds-targets');
  });
  it('not the provincial flag → ineligible', () => {
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv', clusterRank: 3 })] },
    );
    expect(judge(2023, [u, ...people], 'co-thi-dua-chinh-phu', ON).status).toBe('ineligible');
  });
  it('the 20% cap is reported as a quota marked unverified', () => {
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv', clusterRank: 1 })] },
    );
    const q = run(2023, [u, ...people], ON).quotas.find((x) => x.target === 'co-thi-dua-chinh-phu');
    expect(q).toMatchObject({ base: 1, limit: 0, unverified: true, candidates: 1 });
  });
});
