// Chiến sĩ thi đua cơ sở under regime B (B-CSTDCS-1): LĐTT + (HTXSNV or initiative or topic), two routes.
import { describe, expect, it } from 'vitest';
import { init, judge, person, yr } from '../../../testing/builders.ts';
import type { Initiative, Status, YearFacts } from '../../../types.ts';

const Y = 2024;
const T = 'chien-si-thi-dua-co-so' as const;

const cases: {
  name: string;
  year?: Partial<YearFacts>;
  inits?: Initiative[];
  requireInit?: boolean;
  status: Status;
  routes?: Record<string, Status>;
}[] = [
  {
    name: 'HTXSNV without any initiative → eligible (no longer needed from 2024)',
    year: { rating: 'htxsnv' },
    status: 'eligible',
    routes: { 'hoan-thanh-xuat-sac': 'eligible', 'sang-kien': 'ineligible' },
  },
  {
    name: 'HTTNV with a recognised initiative → eligible on the initiative route',
    inits: [init(2024)],
    status: 'eligible',
    routes: { 'hoan-thanh-xuat-sac': 'ineligible', 'sang-kien': 'eligible' },
  },
  { name: 'HTTNV, no initiative → ineligible', status: 'ineligible' },
  {
    name: 'HTTNV with an accepted science topic → eligible',
    year: { scienceTopic: true },
    status: 'eligible',
  },
  {
    name: 'HTXSNV but the agency requires an initiative → ineligible',
    year: { rating: 'htxsnv' },
    requireInit: true,
    status: 'ineligible',
  },
  {
    name: 'HTXSNV + initiative with the agency requirement → eligible',
    year: { rating: 'htxsnv' },
    inits: [init(2024)],
    requireInit: true,
    status: 'eligible',
  },
  {
    name: 'HTXSNV but not LĐTT (disciplined) → ineligible',
    year: { rating: 'htxsnv', monthsWorked: 4 },
    status: 'ineligible',
  },
];

describe('Chiến sĩ thi đua cơ sở, regime B', () => {
  it.each(cases)('$name', (c) => {
    const r = judge(Y, person({ years: [yr(Y, c.year ?? {})], initiatives: c.inits ?? [] }), T, {
      options: { cstdcsRequiresInitiative: c.requireInit ?? false },
    });
    expect(r.status).toBe(c.status);
    if (c.routes)
      expect(Object.fromEntries((r.routes ?? []).map((x) => [x.route, x.status]))).toEqual(c.routes);
  });

  it('cites Law 06/2022 Art. 23 on both routes', () => {
    const r = judge(Y, person({ years: [yr(Y)] }), T);
    expect(
      r.checks
        .filter((c) => c.route)
        .every((c) => c.citation.instrument === 'luat-06-2022-qh15' && c.citation.article === 23),
    ).toBe(true);
  });
});
