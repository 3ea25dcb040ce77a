// Working days (rules.md §9.4 publicity count, §9.6 time limits): weekends, holidays, both conventions,
// and the edge of the 10-day publicity rule (B-PUB-1): exactly 10 vs 9.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

// 2025-03-03 is a Monday.
const cases: {
  name: string;
  from: string;
  to: string;
  holidays?: string[];
  includeStart?: boolean;
  includeEnd?: boolean;
  days: number;
}[] = [
  {
    name: 'Monday to next Monday: 5 days (publication day counted, meeting day not)',
    from: '2025-03-03',
    to: '2025-03-10',
    days: 5,
  },
  {
    name: 'two full weeks Monday → Monday: exactly 10 (B-PUB-1 edge, met)',
    from: '2025-03-03',
    to: '2025-03-17',
    days: 10,
  },
  {
    name: 'published Tuesday, meeting two weeks later on Monday: 9 (B-PUB-1 edge, not met)',
    from: '2025-03-04',
    to: '2025-03-17',
    days: 9,
  },
  {
    name: 'published on a Saturday: the weekend does not count',
    from: '2025-03-08',
    to: '2025-03-10',
    days: 0,
  },
  {
    name: 'a holiday inside the span is skipped',
    from: '2025-03-03',
    to: '2025-03-17',
    holidays: ['2025-03-05'],
    days: 9,
  },
  {
    name: 'a holiday on a weekend changes nothing',
    from: '2025-03-03',
    to: '2025-03-17',
    holidays: ['2025-03-08'],
    days: 10,
  },
  {
    name: 'meeting day counted when the convention says so',
    from: '2025-03-03',
    to: '2025-03-10',
    includeEnd: true,
    days: 6,
  },
  {
    name: 'publication day not counted when the convention says so',
    from: '2025-03-03',
    to: '2025-03-10',
    includeStart: false,
    days: 4,
  },
  { name: 'same day: 0 under the default convention', from: '2025-03-03', to: '2025-03-03', days: 0 },
  { name: 'meeting before publication: 0', from: '2025-03-10', to: '2025-03-03', days: 0 },
  {
    name: 'across a year end (31/12/2024 Tuesday → 06/01/2025 Monday, 01/01 holiday)',
    from: '2024-12-31',
    to: '2025-01-06',
    holidays: ['2025-01-01'],
    days: 3,
  },
];

describe('workingDaysBetween', () => {
  it.each(cases)('$name', (c) => {
    const convention = { includeStart: c.includeStart ?? true, includeEnd: c.includeEnd ?? false };
    expect(workingDaysBetween(c.from, c.to, { holidays: c.holidays ?? [], convention })).toBe(c.days);
  });

  it('rejects an impossible date', () => {
    expect(() => workingDaysBetween('2025-02-30', '2025-03-03')).toThrow(RangeError);
    expect(() => workingDaysBetween('03/03/2025', '2025-03-03')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    {
      name: 'complete on Monday: the 20th working day is 4 weeks later on Monday',
      from: '2025-03-03',
      n: 20,
      due: '2025-03-31',
    },
    { name: 'complete on Friday: day 1 is the next Monday', from: '2025-03-07', n: 1, due: '2025-03-10' },
    {
      name: 'a holiday pushes the due date by one working day',
      from: '2025-03-03',
      n: 20,
      holidays: ['2025-03-10'],
      due: '2025-04-01',
    },
    {
      name: 'Tết: 5 holidays skipped',
      from: '2025-01-24',
      n: 1,
      holidays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      due: '2025-02-03',
    },
    { name: 'n = 0 is the same day', from: '2025-03-03', n: 0, due: '2025-03-03' },
  ])('$name', (c) => {
    expect(addWorkingDays(c.from, c.n, c.holidays)).toBe(c.due);
  });

  it('weekends are not working days', () => {
    expect(isWorkingDay('2025-03-08')).toBe(false);
    expect(isWorkingDay('2025-03-09')).toBe(false);
    expect(isWorkingDay('2025-03-10')).toBe(true);
    expect(isWorkingDay('2025-09-02', ['2025-09-02'])).toBe(false);
  });
});
