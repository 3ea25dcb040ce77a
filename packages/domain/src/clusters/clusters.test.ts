import { describe, expect, it } from 'vitest';
import {
  allocateProposals,
  clampPoints,
  crossAssignments,
  finalPoints,
  missingCriteria,
  rankMembers,
  sheetTotal,
  tieBreakText,
  transition,
  type RankInput,
} from './index.ts';

const member = (agencyId: number, name: string, over: Partial<RankInput> = {}): RankInput => ({
  agencyId,
  name,
  total: 90,
  groupPoints: { I: 40, II: 50 },
  bonus: 0,
  penalty: 0,
  votes: null,
  ...over,
});

describe('a score is kept inside its criterion range', () => {
  it.each([
    ['standard above the maximum', { minPoints: 0, maxPoints: 10 }, 12, 10, true],
    ['standard below zero', { minPoints: 0, maxPoints: 10 }, -1, 0, true],
    ['bonus inside the range', { minPoints: 0, maxPoints: 5 }, 3.5, 3.5, false],
    ['penalty more negative than allowed', { minPoints: -5, maxPoints: 0 }, -8, -5, true],
    ['penalty given as a positive number', { minPoints: -5, maxPoints: 0 }, 2, 0, true],
    ['three decimals are rounded to two', { minPoints: 0, maxPoints: 10 }, 7.255, 7.26, false],
  ])('%s', (_name, range, given, points, clamped) => {
    expect(clampPoints(range, given)).toEqual({ points, clamped, given });
  });
});

describe('submission needs every criterion scored', () => {
  it('names the criteria still missing, in order', () => {
    expect(missingCriteria([{ id: 1 }, { id: 2 }, { id: 3 }], [3, 1])).toEqual([2]);
    expect(missingCriteria([{ id: 1 }], [1])).toEqual([]);
  });
  it('a sheet is submitted only when complete', () => {
    expect(transition('draft', 'submit', { complete: false })).toEqual({ ok: false, reason: 'incomplete' });
    expect(transition('draft', 'submit', { complete: true })).toEqual({ ok: true, status: 'submitted' });
  });
  it('penalties subtract from the total', () => {
    expect(sheetTotal([40, 50.5, 3, -2.25])).toBe(91.25);
  });
});

describe('sheet states: draft → submitted → scored → confirmed → published', () => {
  it('a sheet is returned only with a reason, and a returned sheet is edited and submitted again', () => {
    expect(transition('submitted', 'return', { reason: '  ' })).toEqual({
      ok: false,
      reason: 'reason-required',
    });
    expect(transition('submitted', 'return', { reason: 'Thiếu minh chứng 1.2' })).toEqual({
      ok: true,
      status: 'returned',
    });
    expect(transition('returned', 'edit')).toEqual({ ok: true, status: 'returned' });
    expect(transition('returned', 'submit', { complete: true })).toEqual({ ok: true, status: 'submitted' });
  });
  it('follows the order and skips no step', () => {
    expect(transition('submitted', 'score')).toEqual({ ok: true, status: 'scored' });
    expect(transition('scored', 'confirm')).toEqual({ ok: true, status: 'confirmed' });
    expect(transition('confirmed', 'publish')).toEqual({ ok: true, status: 'published' });
    expect(transition('draft', 'confirm')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(transition('submitted', 'edit')).toEqual({ ok: false, reason: 'not-allowed' });
  });
  it('nothing changes after publication', () => {
    for (const a of ['edit', 'submit', 'return', 'score', 'confirm', 'publish'] as const)
      expect(transition('published', a, { complete: true, reason: 'x' })).toEqual({
        ok: false,
        reason: 'published',
      });
  });
});

describe('cross-scoring assignments', () => {
  it('a member never scores itself, and each scores the next members in order', () => {
    const a = crossAssignments([1, 2, 3, 4, 5], [], 2);
    expect(a).toHaveLength(10);
    expect(a.every((x) => x.scorerAgencyId !== x.scoredAgencyId)).toBe(true);
    expect(a.filter((x) => x.scorerAgencyId === 5).map((x) => x.scoredAgencyId)).toEqual([1, 2]);
  });
  it('a declared conflict is skipped and the next member is taken instead', () => {
    const a = crossAssignments([1, 2, 3], [{ scorerAgencyId: 1, scoredAgencyId: 2 }], 1);
    expect(a.find((x) => x.scorerAgencyId === 1)?.scoredAgencyId).toBe(3);
  });
  it('asking for more than the other members gives each of them once', () => {
    expect(crossAssignments([1, 2], [], 5)).toEqual([
      { scorerAgencyId: 1, scoredAgencyId: 2 },
      { scorerAgencyId: 2, scoredAgencyId: 1 },
    ]);
  });
  it('the final points average the leader and the cross scores when the rules ask for it', () => {
    expect(finalPoints('leader', 8, [6, 7])).toBe(8);
    expect(finalPoints('leader-and-cross', 8, [6, 7])).toBe(7.25);
    expect(finalPoints('leader-and-cross', 8, [])).toBe(8);
  });
});

describe('ranking with the written tie-break', () => {
  it('writes the rule as it is shown on the ranking page', () => {
    expect(tieBreakText(['total', 'group:I', 'bonus', 'vote'])).toBe(
      '1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị',
    );
  });
  it('equal totals are separated by group I points, and the rank says which rule did it', () => {
    const r = rankMembers(
      [
        member(1, 'Sở Công Thương Lai Châu', { total: 95 }),
        member(2, 'Sở Công Thương Điện Biên', { total: 92, groupPoints: { I: 40 } }),
        member(3, 'Sở Công Thương Sơn La', { total: 92, groupPoints: { I: 42 } }),
      ],
      ['total', 'group:I', 'bonus', 'vote'],
    );
    expect(r.map((m) => [m.agencyId, m.rank, m.tieBreak])).toEqual([
      [1, 1, null],
      [3, 2, null],
      [2, 3, 'điểm nhóm tiêu chí I'],
    ]);
    expect(r.some((m) => m.unresolved)).toBe(false);
  });
  it('the next rule applies when the earlier ones are equal (bonus, then the meeting vote)', () => {
    const r = rankMembers(
      [
        member(1, 'A', { bonus: 2, votes: 1 }),
        member(2, 'B', { bonus: 2, votes: 4 }),
        member(3, 'C', { bonus: 3 }),
      ],
      ['group:I', 'bonus', 'vote'],
    );
    expect(r.map((m) => m.agencyId)).toEqual([3, 2, 1]);
    expect(r[1]!.tieBreak).toBe('số điểm thưởng');
    expect(r[2]!.tieBreak).toBe('biểu quyết của hội nghị');
  });
  it('members equal on every rule are ordered by name and flagged for the meeting', () => {
    const r = rankMembers(
      [member(2, 'Sở Công Thương Điện Biên'), member(1, 'Sở Công Thương Lai Châu')],
      ['total'],
    );
    expect(r.map((m) => m.agencyId)).toEqual([2, 1]);
    expect(r.every((m) => m.unresolved)).toBe(true);
    expect(r[1]!.tieBreak).toBe('bằng nhau theo mọi tiêu chí, xếp theo tên cơ quan');
  });
  it('a smaller penalty ranks higher when the rule lists it', () => {
    const r = rankMembers([member(1, 'A', { penalty: -3 }), member(2, 'B', { penalty: -1 })], ['penalty']);
    expect(r.map((m) => m.agencyId)).toEqual([2, 1]);
  });
});

describe('proposals from the ranking', () => {
  const quota = {
    flags: 1,
    certificates: 2,
    flagCode: 'co-thi-dua-cap-tinh',
    certificateCode: 'bang-khen-cap-tinh',
  } as const;
  it('the leading member gets the flag, the next ones Bằng khen, in the allowed numbers', () => {
    const ranked = rankMembers(
      [
        member(1, 'A', { total: 99 }),
        member(2, 'B', { total: 95 }),
        member(3, 'C', { total: 94 }),
        member(4, 'D', { total: 90 }),
      ],
      ['total'],
    );
    expect(allocateProposals(ranked, quota)).toEqual({
      proposals: [
        { agencyId: 1, rank: 1, code: 'co-thi-dua-cap-tinh' },
        { agencyId: 2, rank: 2, code: 'bang-khen-cap-tinh' },
        { agencyId: 3, rank: 3, code: 'bang-khen-cap-tinh' },
      ],
      undecided: [],
    });
  });
  it('an unresolved tie for the flag proposes nothing until the meeting votes', () => {
    const ranked = rankMembers([member(1, 'A'), member(2, 'B'), member(3, 'C', { total: 80 })], ['total']);
    expect(allocateProposals(ranked, quota)).toEqual({ proposals: [], undecided: [1, 2] });
  });
});
