// Lao động tiên tiến under regime B (B-LDTT-1..9, R-REG-2), and B2 inheriting it.
import { describe, expect, it } from 'vitest';
import { check, judge, person, warningCodes, yr } from '../../../testing/builders.ts';
import type { Discipline, Status, YearFacts } from '../../../types.ts';

const Y = 2024;
const T = 'lao-dong-tien-tien' as const;

const cases: {
  name: string;
  year?: Partial<YearFacts>;
  disciplines?: Discipline[];
  status: Status;
  failing?: string;
  warning?: string;
}[] = [
  { name: 'rated HTTNV, whole year → eligible', status: 'eligible' },
  {
    name: 'rated HTNV → ineligible (B-LDTT-1)',
    year: { rating: 'htnv' },
    status: 'ineligible',
    failing: 'rating-at-least-httnv',
  },
  {
    name: 'recruited 01/07/2024: 6 months → eligible (B-LDTT-6 threshold 6)',
    year: { recruitedOn: '2024-07-01', monthsWorked: 6 },
    status: 'eligible',
  },
  {
    name: 'recruited 01/08/2024: 5 months → ineligible (B-LDTT-6)',
    year: { recruitedOn: '2024-08-01', monthsWorked: 5 },
    status: 'ineligible',
    failing: 'new-recruit-months',
  },
  {
    name: 'recruited 01/05/2024: 8 months, under 10 but over 6 → eligible',
    year: { recruitedOn: '2024-05-01' },
    status: 'eligible',
  },
  {
    name: '3 months worked + maternity leave → eligible (B-LDTT-4)',
    year: { monthsWorked: 3, maternityLeave: true },
    status: 'eligible',
  },
  {
    name: 'training counts whatever the result when discipline is good (B-LDTT-3)',
    year: { monthsWorked: 3, trainingMonths: 4, trainingResult: 'trung-binh' },
    status: 'eligible',
  },
  {
    name: 'khiển trách in the year → ineligible (B-LDTT-7), flagged UNVERIFIED',
    disciplines: [{ year: 2024, level: 'khien-trach' }],
    status: 'ineligible',
    failing: 'no-discipline-in-year',
    warning: 'unverified-rule',
  },
  {
    name: 'disciplined but rated HTTNV → warned: ND 90/2020 forces KHTNV (R-RATE-1)',
    disciplines: [{ year: 2024, level: 'khien-trach' }],
    status: 'ineligible',
    warning: 'rating-inconsistent-with-discipline',
  },
  {
    name: 'did not register → still eligible, with a warning (R-REG-2)',
    year: { registered: false },
    status: 'eligible',
    warning: 'not-registered',
  },
  {
    name: 'registration not recorded → eligible (no check from 2024)',
    year: { registered: undefined },
    status: 'eligible',
  },
];

describe('Lao động tiên tiến, regime B', () => {
  it.each(cases)('$name', (c) => {
    const r = judge(Y, person({ years: [yr(Y, c.year ?? {})], disciplines: c.disciplines ?? [] }), T);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
    if (c.warning) expect(warningCodes(r)).toContain(c.warning);
  });

  it('an agency that still requires registration makes it blocking', () => {
    const r = judge(Y, person({ years: [yr(Y, { registered: false })] }), T, {
      options: { registrationRequired: true },
    });
    expect(r.status).toBe('ineligible');
  });

  it('the 5-month recruit is refused with the regime-B threshold and its citation (TT 01/2024)', () => {
    const c = check(
      judge(Y, person({ years: [yr(Y, { recruitedOn: '2024-08-01' })] }), T),
      'new-recruit-months',
    );
    expect(c.reason.params).toMatchObject({ months: 5, required: 6 });
    expect(c.citation.instrument).toBe('tt-01-2024-bnv');
  });

  it('B2 (2025, judged from 01/07/2025) applies the same rule', () => {
    expect(judge(2025, person({ years: [yr(2025, { recruitedOn: '2025-07-01' })] }), T).status).toBe(
      'eligible',
    );
    expect(judge(2025, person({ years: [yr(2025, { recruitedOn: '2025-08-01' })] }), T).status).toBe(
      'ineligible',
    );
  });
});
