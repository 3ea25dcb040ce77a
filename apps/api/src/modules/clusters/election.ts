// The year-end conference's election of next year's leader and deputy (suy tôn Cụm trưởng, Cụm phó): pure.
// Rule (seed 003 task 8, rules.md §9.2 step 5 — rotation is data, no legal formula): for each office the
// candidate with the most votes in favour is elected when those votes are more than half of the votes cast
// (quá bán); two candidates level at the top elect nobody (the conference votes again). One agency cannot
// hold both offices. Invalid input is returned as field issues, never thrown.
import type { FieldIssue } from '../../errors.ts';

export interface CandidateVotes {
  subject: 'leader' | 'deputy';
  agencyId: number;
  votesFor: number;
  votesAgainst: number;
}

export interface ElectionTally {
  leaderId: number;
  deputyId: number | null;
  /** Every candidate with `passed` set (the elected ones). */
  rows: (CandidateVotes & { passed: boolean })[];
}

function winner(cands: CandidateVotes[], votesTotal: number): number | null {
  // Most votes first; the order among the rest does not matter (only a unique top can win).
  const sorted = [...cands].sort((a, b) => b.votesFor - a.votesFor || a.agencyId - b.agencyId);
  const top = sorted[0];
  if (!top) return null;
  if (sorted[1] && sorted[1].votesFor === top.votesFor) return null;
  return top.votesFor * 2 > votesTotal ? top.agencyId : null;
}

export function tallyElection(
  candidates: readonly CandidateVotes[],
  votesTotal: number,
  memberIds: readonly number[],
): { ok: true; tally: ElectionTally } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    const key = `${c.subject}:${c.agencyId}`;
    if (seen.has(key))
      issues.push({
        path: `candidates.${i}.agencyId`,
        message: 'Một cơ quan được đề cử hai lần cho cùng chức danh.',
      });
    seen.add(key);
    if (!memberIds.includes(c.agencyId))
      issues.push({
        path: `candidates.${i}.agencyId`,
        message: 'Cơ quan được đề cử không phải thành viên của Cụm.',
      });
    if (c.votesFor + c.votesAgainst > votesTotal)
      issues.push({
        path: `candidates.${i}.votesFor`,
        message: `Số phiếu tán thành và không tán thành vượt quá tổng số phiếu (${votesTotal}).`,
      });
  });
  if (issues.length) return { ok: false, issues };
  const leaders = candidates.filter((c) => c.subject === 'leader');
  const deputies = candidates.filter((c) => c.subject === 'deputy');
  if (leaders.length === 0)
    return {
      ok: false,
      issues: [{ path: 'candidates', message: 'Hãy nhập cơ quan được đề cử Cụm trưởng.' }],
    };
  const leaderId = winner(leaders, votesTotal);
  if (leaderId === null)
    return {
      ok: false,
      issues: [
        {
          path: 'candidates',
          message:
            'Chưa có cơ quan đạt quá bán số phiếu làm Cụm trưởng (hoặc hai cơ quan ngang phiếu): hãy bầu lại.',
        },
      ],
    };
  let deputyId: number | null = null;
  if (deputies.length > 0) {
    deputyId = winner(deputies, votesTotal);
    if (deputyId === null)
      return {
        ok: false,
        issues: [
          {
            path: 'candidates',
            message:
              'Chưa có cơ quan đạt quá bán số phiếu làm Cụm phó (hoặc hai cơ quan ngang phiếu): hãy bầu lại.',
          },
        ],
      };
    if (deputyId === leaderId)
      return {
        ok: false,
        issues: [{ path: 'candidates', message: 'Một cơ quan không thể vừa là Cụm trưởng vừa là Cụm phó.' }],
      };
  }
  return {
    ok: true,
    tally: {
      leaderId,
      deputyId,
      rows: candidates.map((c) => ({
        ...c,
        passed:
          (c.subject === 'leader' && c.agencyId === leaderId) ||
          (c.subject === 'deputy' && c.agencyId === deputyId),
      })),
    },
  };
}
