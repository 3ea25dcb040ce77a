// R-REG-1: the regime is chosen once, from the table, by the date of judgement.
import { describe, expect, it } from 'vitest';
import { pickRegime, REGIMES } from './regimes.ts';
import { check, judge, person, run, warningCodes, yr } from './testing/builders.ts';

describe('Choosing the legal regime (R-REG-1)', () => {
  it.each([
    { year: 2023, on: '2023-12-20', regime: 'A', why: 'year 2023 judged in 2023' },
    { year: 2023, on: '2023-12-31', regime: 'A', why: 'the last day of regime A' },
    { year: 2023, on: '2024-01-10', regime: 'B', why: 'year 2023 judged from 01/01/2024' },
    { year: 2023, on: undefined, regime: 'A', why: 'no date: 31/12 of the year' },
    { year: 2024, on: undefined, regime: 'B', why: '2024 → B' },
    { year: 2025, on: '2025-06-30', regime: 'B', why: 'the last day of B' },
    { year: 2025, on: '2025-07-01', regime: 'B2', why: 'ND 152/2025 in force' },
    { year: 2025, on: undefined, regime: 'B2', why: '31/12/2025' },
    { year: 2019, on: '2020-01-15', regime: 'A', why: 'old years judged before 2024' },
    { year: 2024, on: '2023-12-01', regime: 'B', why: 'a judgement cannot predate its year' },
  ])('$why: $year judged $on → $regime', ({ year, on, regime }) => {
    expect(pickRegime(year, on).id).toBe(regime);
  });

  it('the table covers every day without overlap', () => {
    expect(REGIMES.map((r) => [r.id, r.from, r.to])).toEqual([
      ['A', null, '2023-12-31'],
      ['B', '2024-01-01', '2025-06-30'],
      ['B2', '2025-07-01', null],
    ]);
  });

  it('the same recruit (8 months in 2023) is refused under A in December 2023 and accepted under B in January 2024', () => {
    const p = person({ years: [yr(2023, { recruitedOn: '2023-05-01' })] });
    expect(judge(2023, p, 'lao-dong-tien-tien', { evaluatedOn: '2023-12-20' }).status).toBe('ineligible');
    const b = judge(2023, p, 'lao-dong-tien-tien', { evaluatedOn: '2024-01-10' });
    expect(b.status).toBe('eligible');
    expect(warningCodes(b)).toContain('regime-by-decision-date');
  });

  it('an agency may judge by the achievement year instead (judgeByDecisionDate: false)', () => {
    const out = run(2023, [person({ years: [yr(2023)] })], {
      evaluatedOn: '2024-01-10',
      options: { judgeByDecisionDate: false },
    });
    expect(out.regime).toBe('A');
  });

  it('registration: blocking in 2023 (A), a warning in 2024 (B)', () => {
    const p = person({ years: [yr(2023, { registered: false }), yr(2024, { registered: false })] });
    expect(
      check(judge(2023, p, 'lao-dong-tien-tien', { evaluatedOn: '2023-12-20' }), 'registered').outcome,
    ).toBe('not-met');
    expect(judge(2024, p, 'lao-dong-tien-tien').status).toBe('eligible');
  });
});
