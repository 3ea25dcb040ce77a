// Tập thể lao động xuất sắc under regime A (A-TTLDXS-1).
import { describe, expect, it } from 'vitest';
import { check, init, judge, person, unit, yr } from '../../../testing/builders.ts';
import type { IndividualSubject, Rating } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'tap-the-lao-dong-xuat-sac' as const;

function members(ratings: Rating[], cstdcs = true): IndividualSubject[] {
  return ratings.map((rating, i) =>
    person({ years: [yr(2023, { rating })], initiatives: cstdcs && i === 0 ? [init(2023)] : [] }),
  );
}

describe('Tập thể lao động xuất sắc, regime A', () => {
  it.each([
    {
      name: '10 members, 7 LĐTT (70%), all complete, one CSTĐCS → eligible',
      ratings: [...Array(7).fill('httnv'), 'htnv', 'htnv', 'htnv'] as Rating[],
      status: 'eligible',
    },
    {
      name: '6 of 10 LĐTT (60%) → ineligible',
      ratings: [...Array(6).fill('httnv'), ...Array(4).fill('htnv')] as Rating[],
      status: 'ineligible',
    },
    {
      name: 'one member did not complete (KHTNV) → ineligible',
      ratings: [...Array(9).fill('httnv'), 'khtnv'] as Rating[],
      status: 'ineligible',
    },
  ])('$name', ({ ratings, status }) => {
    const people = members(ratings);
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv' })] },
    );
    expect(judge(2023, [u, ...people], T, ON).status).toBe(status);
  });

  it('no CSTĐCS among members → ineligible', () => {
    const people = members(['httnv', 'httnv', 'httnv'], false);
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv' })] },
    );
    expect(check(judge(2023, [u, ...people], T, ON), 'member-cstdcs').outcome).toBe('not-met');
  });

  it('the unit rated only HTTNV → ineligible', () => {
    const people = members(['httnv', 'httnv']);
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023)] },
    );
    expect(check(judge(2023, [u, ...people], T, ON), 'collective-rating-htxsnv').outcome).toBe('not-met');
  });

  it('a member with cảnh cáo → ineligible in regime A', () => {
    const people = members(['httnv', 'httnv', 'httnv']);
    people[1] = { ...(people[1] as IndividualSubject), disciplines: [{ year: 2023, level: 'canh-cao' }] };
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2023, { rating: 'htxsnv' })] },
    );
    expect(check(judge(2023, [u, ...people], T, ON), 'no-member-disciplined-from-canh-cao').outcome).toBe(
      'not-met',
    );
  });
});
