// Council vote thresholds per title and regime (DATA), and the tally function.
// A-CSTDT-3 (ND 91/2017 Art. 45(8), HIGH): CSTĐ cấp bộ/tỉnh and above — secret ballot, >= 90% of ALL
// council members (absent members vote in writing, so `yes` counts written votes too).
// B-CSTDT-2 / U1 (UNVERIFIED): the same 90%-of-members secret ballot is kept as the default for CSTĐ cấp
// tỉnh, CSTĐ toàn quốc, the flags and the orders; the citation is the article the default comes from.
// Other titles: agency rule (UNVERIFIED, rules.md §9.3): more than half of the members present.
import { cite } from './instruments.ts';
import type { Citation, ReasonParams, RegimeId, TargetCode } from './types.ts';

export interface VoteThreshold {
  regimes: readonly RegimeId[];
  targets: readonly TargetCode[] | 'others';
  secretBallot: boolean;
  share: number;
  base: 'members' | 'present';
  /** true: more than `share`; false: at least `share`. */
  strict: boolean;
  citation: Citation;
  rule: string;
  unverified: boolean;
}

const HIGH_TITLES: readonly TargetCode[] = ['chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc'];
const B_SECRET: readonly TargetCode[] = [
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
];

export const VOTE_THRESHOLDS: readonly VoteThreshold[] = [
  {
    regimes: ['A'],
    targets: HIGH_TITLES,
    secretBallot: true,
    share: 0.9,
    base: 'members',
    strict: false,
    citation: cite('nd-91-2017', 45, 8),
    rule: 'A-CSTDT-3',
    unverified: false,
  },
  {
    regimes: ['B', 'B2'],
    targets: B_SECRET,
    secretBallot: true,
    share: 0.9,
    base: 'members',
    strict: false,
    citation: cite('nd-91-2017', 45, 8),
    rule: 'B-CSTDT-2',
    unverified: true,
  },
  {
    regimes: ['A', 'B', 'B2'],
    targets: 'others',
    secretBallot: false,
    share: 0.5,
    base: 'present',
    strict: true,
    citation: cite('nd-91-2017', 45),
    rule: 'agency-council-rule',
    unverified: true,
  },
];

export function thresholdFor(target: TargetCode, regime: RegimeId): VoteThreshold {
  const exact = VOTE_THRESHOLDS.find(
    (t) => t.regimes.includes(regime) && t.targets !== 'others' && t.targets.includes(target),
  );
  const fallback = VOTE_THRESHOLDS.find((t) => t.regimes.includes(regime) && t.targets === 'others');
  const r = exact ?? fallback;
  if (!r) throw new Error(`no vote threshold for ${target} under ${regime}`);
  return r;
}

export interface TallyInput {
  target: TargetCode;
  regime: RegimeId;
  /** All members of the council. */
  members: number;
  /** Members present at the meeting. */
  present: number;
  /** Votes in favour (including written votes of absent members, where the rule counts all members). */
  yes: number;
  /** Was the vote a secret ballot? Absent = assumed as required. */
  secretBallot?: boolean;
}

export interface TallyResult {
  target: TargetCode;
  regime: RegimeId;
  passed: boolean;
  yes: number;
  base: number;
  required: number;
  threshold: { share: number; base: 'members' | 'present'; strict: boolean; secretBallot: boolean };
  citation: Citation;
  rule: string;
  unverified: boolean;
  reason: {
    code: 'vote-passed' | 'vote-failed' | 'secret-ballot-required' | 'tally-invalid';
    params: ReasonParams;
  };
  text: string;
}

function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toString().replace('.', ',')}%`;
}

/** Minimum number of votes: "at least 90%" → ceil(0.9 × base); "more than half" → floor(0.5 × base) + 1. */
export function requiredVotes(share: number, base: number, strict: boolean): number {
  const x = share * base;
  return strict ? Math.floor(x + 1e-9) + 1 : Math.ceil(x - 1e-9);
}

export function tally(input: TallyInput): TallyResult {
  const th = thresholdFor(input.target, input.regime);
  const base = th.base === 'members' ? input.members : input.present;
  const required = requiredVotes(th.share, base, th.strict);
  const common = {
    target: input.target,
    regime: input.regime,
    yes: input.yes,
    base,
    required,
    threshold: { share: th.share, base: th.base, strict: th.strict, secretBallot: th.secretBallot },
    citation: th.citation,
    rule: th.rule,
    unverified: th.unverified,
  };
  const label = `${th.strict ? 'trên' : 'từ'} ${pct(th.share)} ${th.base === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt'}`;
  const suffix = th.unverified ? ' (ngưỡng mặc định, chưa kiểm chứng)' : '';
  if (
    !Number.isInteger(input.members) ||
    input.members < 1 ||
    input.present < 0 ||
    input.present > input.members ||
    input.yes < 0 ||
    input.yes > input.members
  ) {
    return {
      ...common,
      passed: false,
      reason: {
        code: 'tally-invalid',
        params: { members: input.members, present: input.present, yes: input.yes },
      },
      text: `Số liệu biểu quyết không hợp lệ: ${input.yes} đồng ý, ${input.present}/${input.members} thành viên có mặt.`,
    };
  }
  if (th.secretBallot && input.secretBallot === false) {
    return {
      ...common,
      passed: false,
      reason: { code: 'secret-ballot-required', params: { threshold: label } },
      text: `Phải bỏ phiếu kín; cuộc biểu quyết công khai không có giá trị${suffix}.`,
    };
  }
  const passed = input.yes >= required;
  const ratio = base > 0 ? input.yes / base : 0;
  const params = { yes: input.yes, base, required, share: th.share, threshold: label };
  return {
    ...common,
    passed,
    reason: { code: passed ? 'vote-passed' : 'vote-failed', params },
    text: `${input.yes}/${base} phiếu đồng ý (${pct(ratio)}), ${passed ? 'đạt' : 'không đạt'} ngưỡng ${label} (cần ${required})${suffix}.`,
  };
}
