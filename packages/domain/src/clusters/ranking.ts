// Ranking of a cluster's members with the written tie-break (a cluster setting shown on the ranking page,
// e.g. "1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị"), and the
// proposals that follow from it: Cờ thi đua for the leading member(s), Bằng khen for the next ones, in the
// numbers the yearly guidance allows (rules.md §9.2: "set by the yearly guidance; keep as data").

/** One step of the written rule. `group:I` compares the points of criteria group I. */
export type TieBreakKey = 'total' | 'bonus' | 'penalty' | 'vote' | `group:${string}`;

export const DEFAULT_TIE_BREAK: readonly TieBreakKey[] = ['total', 'group:I', 'bonus', 'vote'];

export function isTieBreakKey(s: string): s is TieBreakKey {
  return s === 'total' || s === 'bonus' || s === 'penalty' || s === 'vote' || /^group:\S+$/.test(s);
}

/** "điểm nhóm tiêu chí I" … as written on the ranking page and in the minutes. */
export function tieBreakLabel(k: TieBreakKey): string {
  if (k === 'total') return 'tổng điểm';
  if (k === 'bonus') return 'số điểm thưởng';
  if (k === 'penalty') return 'số điểm trừ ít hơn';
  if (k === 'vote') return 'biểu quyết của hội nghị';
  return `điểm nhóm tiêu chí ${k.slice('group:'.length)}`;
}

/** "1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị". */
export function tieBreakText(keys: readonly TieBreakKey[]): string {
  return keys.map((k, i) => `${i + 1}) ${tieBreakLabel(k)}`).join('; ');
}

export interface RankInput {
  agencyId: number;
  /** For the last, deterministic fallback and for display. */
  name: string;
  total: number;
  /** Points per criteria group code ("I", "II" …). */
  groupPoints: Readonly<Record<string, number>>;
  /** Sum of bonus points (≥ 0). */
  bonus: number;
  /** Sum of penalty points (≤ 0); closer to zero ranks higher. */
  penalty: number;
  /** Votes for this member at the cluster meeting, when the meeting voted to separate a tie. */
  votes: number | null;
}

export interface RankedMember {
  agencyId: number;
  name: string;
  total: number;
  rank: number;
  /** The rule that separated this member from the member just above it with the same total, if any. */
  tieBreak: string | null;
  /** Still equal with a neighbour after every written rule: the meeting must decide (vote). */
  unresolved: boolean;
}

function valueOf(m: RankInput, k: TieBreakKey): number {
  if (k === 'total') return m.total;
  if (k === 'bonus') return m.bonus;
  if (k === 'penalty') return m.penalty;
  if (k === 'vote') return m.votes ?? 0;
  return m.groupPoints[k.slice('group:'.length)] ?? 0;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * Ranks members by the written rule, higher first on every step ('total' is always compared first even when
 * the rule omits it). Members equal on every step are ordered by name (Vietnamese collation) so ranks stay
 * unique and reproducible, and both are flagged `unresolved` so the page asks the meeting to vote.
 */
export function rankMembers(members: readonly RankInput[], rule: readonly TieBreakKey[]): RankedMember[] {
  const keys: TieBreakKey[] = ['total', ...rule.filter((k) => k !== 'total')];
  const decisive = (a: RankInput, b: RankInput): TieBreakKey | null => {
    for (const k of keys) if (valueOf(a, k) !== valueOf(b, k)) return k;
    return null;
  };
  const sorted = [...members].sort((a, b) => {
    const k = decisive(a, b);
    if (k !== null) return valueOf(b, k) - valueOf(a, k);
    return collator.compare(a.name, b.name) || a.agencyId - b.agencyId;
  });
  return sorted.map((m, i) => {
    const above = i > 0 ? sorted[i - 1]! : null;
    const below = i + 1 < sorted.length ? sorted[i + 1]! : null;
    const kAbove = above ? decisive(above, m) : 'total';
    const unresolved = (above !== null && kAbove === null) || (below !== null && decisive(m, below) === null);
    let tieBreak: string | null = null;
    if (above && above.total === m.total)
      tieBreak =
        kAbove === null ? 'bằng nhau theo mọi tiêu chí, xếp theo tên cơ quan' : tieBreakLabel(kAbove);
    return { agencyId: m.agencyId, name: m.name, total: m.total, rank: i + 1, tieBreak, unresolved };
  });
}

export type ProposalCode =
  'co-thi-dua-cap-tinh' | 'co-thi-dua-chinh-phu' | 'bang-khen-cap-tinh' | 'bang-khen-thu-tuong';

export interface ProposalQuota {
  flags: number;
  certificates: number;
  flagCode: ProposalCode;
  certificateCode: ProposalCode;
}

export interface RankProposal {
  agencyId: number;
  rank: number;
  code: ProposalCode;
}

/**
 * The leading `flags` members are proposed for the flag, the next `certificates` for Bằng khen. A tie still
 * unresolved across a quota boundary (equal on every written rule) is reported in `undecided` and nothing is
 * proposed until the meeting's vote separates it.
 */
export function allocateProposals(
  ranked: readonly RankedMember[],
  q: ProposalQuota,
): { proposals: RankProposal[]; undecided: number[] } {
  const undecided = new Set<number>();
  for (const b of [q.flags, q.flags + q.certificates]) {
    const at = ranked[b - 1];
    const next = ranked[b];
    if (at && next && at.unresolved && next.unresolved && at.total === next.total)
      for (const m of ranked) if (m.unresolved && m.total === at.total) undecided.add(m.agencyId);
  }
  if (undecided.size > 0) return { proposals: [], undecided: [...undecided] };
  const proposals: RankProposal[] = [];
  for (const m of ranked) {
    if (m.rank <= q.flags) proposals.push({ agencyId: m.agencyId, rank: m.rank, code: q.flagCode });
    else if (m.rank <= q.flags + q.certificates)
      proposals.push({ agencyId: m.agencyId, rank: m.rank, code: q.certificateCode });
  }
  return { proposals, undecided: [] };
}

export const PROPOSAL_LABELS: Record<ProposalCode, string> = {
  'co-thi-dua-cap-tinh': 'Cờ thi đua cấp bộ, ngành, tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'bang-khen-cap-tinh': 'Bằng khen cấp bộ, ngành, tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
};
