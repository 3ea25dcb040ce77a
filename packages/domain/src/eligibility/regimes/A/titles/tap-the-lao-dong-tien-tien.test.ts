// Tập thể lao động tiên tiến under regime A (A-TTLDTT-1): > 50% LĐTT (strictly), no member disciplined
// from cảnh cáo up, unit rated HTTNV+, registration.
import { describe, expect, it } from 'vitest';
import { check, judge, person, unit, yr } from '../../../testing/builders.ts';
import type { IndividualSubject } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'tap-the-lao-dong-tien-tien' as const;

function team(ldtt: number, others: number, extra: Partial<IndividualSubject> = {}) {
  const people: IndividualSubject[] = [];
  for (let i = 0; i < ldtt; i++) people.push(person({ years: [yr(2023)] }));
  for (let i = 0; i < others; i++)
    people.push(person({ years: [yr(2023, { rating: 'htnv' })], ...(i === 0 ? extra : {}) }));
  return people;
}

describe('Tập thể lao động tiên tiến, regime A', () => {
  it.each([
    { name: '3 of 5 members LĐTT (60%) → eligible', ldtt: 3, others: 2, status: 'eligible' },
    {
      name: '2 of 4 members LĐTT (exactly 50%) → ineligible: more than half is required',
      ldtt: 2,
      others: 2,
      status: 'ineligible',
    },
    { name: '1 of 3 → ineligible', ldtt: 1, others: 2, status: 'ineligible' },
  ])('$name', ({ ldtt, others, status }) => {
    const people = team(ldtt, others);
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023)] },
    );
    expect(judge(2023, [u, ...people], T, ON).status).toBe(status);
  });

  it('a member with a cảnh cáo → ineligible, citing Law 2003 Art. 28(1)(c)', () => {
    const people = team(3, 1, { disciplines: [{ year: 2023, level: 'canh-cao' }] });
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023)] },
    );
    const c = check(judge(2023, [u, ...people], T, ON), 'no-member-disciplined-from-canh-cao');
    expect(c.outcome).toBe('not-met');
    expect(c.citation).toEqual({ instrument: 'luat-15-2003-qh11', article: 28, clause: 1, point: 'c' });
  });

  it('a member with a khiển trách only does not block the collective', () => {
    const people = team(3, 1, { disciplines: [{ year: 2023, level: 'khien-trach' }] });
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023)] },
    );
    expect(judge(2023, [u, ...people], T, ON).status).toBe('eligible');
  });

  it('members missing from the input make the share undetermined → needs review', () => {
    const people = team(2, 0);
    const u = unit([...people.map((p) => p.id), 'X1', 'X2'], { years: [yr(2023)] });
    const r = judge(2023, [u, ...people], T, ON);
    expect(r.status).toBe('needs-review');
    expect(r.warnings?.map((w) => w.code)).toContain('member-not-in-input');
  });

  it('the unit did not register → ineligible (A-REG-1)', () => {
    const people = team(3, 0);
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { registered: false })] },
    );
    expect(check(judge(2023, [u, ...people], T, ON), 'registered').outcome).toBe('not-met');
  });
});
