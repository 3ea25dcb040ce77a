// Chiến sĩ thi đua cơ sở under regime A (A-CSTDCS-1): LĐTT + an initiative recognised at cơ sở.
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, yr } from '../../../testing/builders.ts';
import type { Initiative, Status, YearFacts } from '../../../types.ts';

const Y = 2023;
const ON = { evaluatedOn: '2023-12-20' };
const T = 'chien-si-thi-dua-co-so' as const;

const cases: {
  name: string;
  year?: Partial<YearFacts>;
  initiatives?: Initiative[];
  status: Status;
  failing?: string;
}[] = [
  {
    name: 'LĐTT and a recognised cơ sở initiative → eligible',
    initiatives: [init(2023)],
    status: 'eligible',
  },
  {
    name: 'LĐTT, rated HTXSNV but no initiative → ineligible (HTXSNV is not a route in A)',
    year: { rating: 'htxsnv' },
    status: 'ineligible',
    failing: 'initiative-co-so',
  },
  {
    name: 'initiative only registered, not yet recognised → needs review',
    initiatives: [init(2023, 'co-so', 'registered')],
    status: 'needs-review',
  },
  {
    name: 'initiative rejected → ineligible',
    initiatives: [init(2023, 'co-so', 'rejected')],
    status: 'ineligible',
    failing: 'initiative-co-so',
  },
  {
    name: 'initiative of the previous year does not count',
    initiatives: [init(2022)],
    status: 'ineligible',
    failing: 'initiative-co-so',
  },
  {
    name: 'an accepted science topic replaces the initiative',
    year: { scienceTopic: true },
    status: 'eligible',
  },
  {
    name: 'a provincial-scope initiative also counts at cơ sở',
    initiatives: [init(2023, 'cap-tinh')],
    status: 'eligible',
  },
  {
    name: 'not LĐTT (rated HTNV) → ineligible',
    year: { rating: 'htnv' },
    initiatives: [init(2023)],
    status: 'ineligible',
    failing: 'holds-lao-dong-tien-tien',
  },
];

describe('Chiến sĩ thi đua cơ sở, regime A', () => {
  it.each(cases)('$name', (c) => {
    const r = judge(Y, person({ years: [yr(Y, c.year ?? {})], initiatives: c.initiatives ?? [] }), T, ON);
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('names and cites the missing initiative: ND 91/2017 Art. 9(3)', () => {
    const c = check(judge(Y, person({ years: [yr(Y)] }), T, ON), 'initiative-co-so');
    expect(c.citation).toEqual({ instrument: 'nd-91-2017', article: 9, clause: 3 });
    expect(c.reason.code).toBe('initiative-missing');
    expect(c.text).toBe('Chưa có sáng kiến được công nhận phạm vi cơ sở trở lên trong năm 2023.');
  });
});
