// Council tallies: thresholds per title and regime as data (A-CSTDT-3, B-CSTDT-2 / U1, agency rule).
import { describe, expect, it } from 'vitest';
import { requiredVotes, tally, thresholdFor } from './council.ts';

describe('Council vote tallies', () => {
  it.each([
    {
      name: 'A, CSTĐ cấp tỉnh: 18 of 20 members (90%) → passed',
      yes: 18,
      members: 20,
      present: 17,
      passed: true,
    },
    {
      name: 'A, CSTĐ cấp tỉnh: 17 of 20 members (85%) → not passed, even if all present agree',
      yes: 17,
      members: 20,
      present: 17,
      passed: false,
    },
    {
      name: 'A, CSTĐ cấp tỉnh: 12 of 13 (92,3%) → passed (need ceil(11,7) = 12)',
      yes: 12,
      members: 13,
      present: 13,
      passed: true,
    },
    { name: 'A, CSTĐ cấp tỉnh: 11 of 13 → not passed', yes: 11, members: 13, present: 13, passed: false },
  ])('$name', ({ yes, members, present, passed }) => {
    const r = tally({ target: 'chien-si-thi-dua-cap-tinh', regime: 'A', members, present, yes });
    expect(r.passed).toBe(passed);
    expect(r.citation).toEqual({ instrument: 'nd-91-2017', article: 45, clause: 8 });
    expect(r.unverified).toBe(false);
  });

  it('an open vote where a secret ballot is required does not count', () => {
    const r = tally({
      target: 'chien-si-thi-dua-toan-quoc',
      regime: 'A',
      members: 10,
      present: 10,
      yes: 10,
      secretBallot: false,
    });
    expect(r.passed).toBe(false);
    expect(r.reason.code).toBe('secret-ballot-required');
  });

  it('regime B keeps 90% of members as an UNVERIFIED default (U1)', () => {
    const r = tally({ target: 'co-thi-dua-cap-tinh', regime: 'B', members: 10, present: 9, yes: 9 });
    expect(r.passed).toBe(true);
    expect(r.unverified).toBe(true);
    expect(r.text).toContain('chưa kiểm chứng');
  });

  it('other titles: more than half of those present (agency rule, UNVERIFIED): 5 of 10 fails, 6 passes', () => {
    expect(
      tally({ target: 'chien-si-thi-dua-co-so', regime: 'B2', members: 15, present: 10, yes: 5 }).passed,
    ).toBe(false);
    expect(
      tally({ target: 'chien-si-thi-dua-co-so', regime: 'B2', members: 15, present: 10, yes: 6 }).passed,
    ).toBe(true);
    expect(thresholdFor('lao-dong-tien-tien', 'A').base).toBe('present');
  });

  it('rejects impossible tallies', () => {
    expect(tally({ target: 'giay-khen', regime: 'A', members: 5, present: 6, yes: 3 }).reason.code).toBe(
      'tally-invalid',
    );
  });

  it('required votes: "at least 90%" is a ceiling, "more than half" is floor + 1', () => {
    expect(requiredVotes(0.9, 20, false)).toBe(18);
    expect(requiredVotes(0.9, 21, false)).toBe(19);
    expect(requiredVotes(0.5, 10, true)).toBe(6);
    expect(requiredVotes(0.5, 9, true)).toBe(5);
  });
});
