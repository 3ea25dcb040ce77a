// A-SIMP-1 / B-SIMP-1 (rules.md §9.7): the simplified procedure, only for đột xuất awards, all three conditions.
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../citation.ts';
import type { AwardKind, RegimeId } from '../types.ts';
import { checkSimplifiedProcedure } from './simplified.ts';

const yes = { politicalNeed: true, suddenOutstandingAct: true, achievementClear: true };
const cases: {
  name: string;
  regime: RegimeId;
  kind: AwardKind;
  facts: { politicalNeed?: boolean; suddenOutstandingAct?: boolean; achievementClear?: boolean };
  outcome: string;
  allowed: boolean;
  code: string;
}[] = [
  {
    name: 'A-SIMP-1: rescue during a flood, all three conditions → allowed',
    regime: 'A',
    kind: 'dot-xuat',
    facts: yes,
    outcome: 'met',
    allowed: true,
    code: 'simplified-allowed',
  },
  {
    name: 'B-SIMP-1: same under the 2022 law → allowed (MEDIUM)',
    regime: 'B',
    kind: 'dot-xuat',
    facts: yes,
    outcome: 'met',
    allowed: true,
    code: 'simplified-allowed',
  },
  {
    name: 'yearly (công trạng) proposal → never simplified',
    regime: 'B',
    kind: 'cong-trang',
    facts: yes,
    outcome: 'not-met',
    allowed: false,
    code: 'simplified-kind-not-sudden',
  },
  {
    name: 'topical (chuyên đề) proposal → never simplified',
    regime: 'A',
    kind: 'chuyen-de',
    facts: yes,
    outcome: 'not-met',
    allowed: false,
    code: 'simplified-kind-not-sudden',
  },
  {
    name: 'achievement not clear → refused',
    regime: 'A',
    kind: 'dot-xuat',
    facts: { ...yes, achievementClear: false },
    outcome: 'not-met',
    allowed: false,
    code: 'simplified-achievement-clear',
  },
  {
    name: 'no political need → refused',
    regime: 'B2',
    kind: 'dot-xuat',
    facts: { ...yes, politicalNeed: false },
    outcome: 'not-met',
    allowed: false,
    code: 'simplified-political-need',
  },
  {
    name: 'sudden act not stated → unknown',
    regime: 'B',
    kind: 'dot-xuat',
    facts: { politicalNeed: true, achievementClear: true },
    outcome: 'unknown',
    allowed: false,
    code: 'simplified-sudden-act',
  },
  {
    name: 'one unknown and one refused → refused',
    regime: 'A',
    kind: 'dot-xuat',
    facts: { politicalNeed: true, achievementClear: false },
    outcome: 'not-met',
    allowed: false,
    code: 'simplified-achievement-clear',
  },
];

describe('checkSimplifiedProcedure (A-SIMP-1, B-SIMP-1)', () => {
  it.each(cases)('$name', (c) => {
    const r = checkSimplifiedProcedure({ regime: c.regime, kind: c.kind, ...c.facts });
    expect(r.outcome).toBe(c.outcome);
    expect(r.allowed).toBe(c.allowed);
    expect(r.reason.code).toBe(c.code);
    expect(r.rule).toBe(c.regime === 'A' ? 'A-SIMP-1' : 'B-SIMP-1');
  });

  it('cites Law 2003 Art. 85 / ND 91/2017 Art. 55 (A, HIGH) and Law 06/2022 Art. 85 (B, MEDIUM, warned)', () => {
    const a = checkSimplifiedProcedure({ regime: 'A', kind: 'dot-xuat', ...yes });
    const b = checkSimplifiedProcedure({ regime: 'B', kind: 'dot-xuat', ...yes });
    expect(formatCitation(a.citation, 'short')).toBe('Điều 85 Luật TĐKT 2003');
    expect(formatCitation(a.conditions[0]!.citation, 'short')).toBe('Điều 55 NĐ 91/2017');
    expect(a.confidence).toBe('HIGH');
    expect(a.warnings).toEqual([]);
    expect(formatCitation(b.citation, 'short')).toBe('Điều 85 Luật TĐKT 2022');
    expect(b.confidence).toBe('MEDIUM');
    expect(b.warnings.map((w) => w.code)).toEqual(['simplified-medium-confidence']);
  });

  it('lists the three conditions with their outcomes in Vietnamese', () => {
    const r = checkSimplifiedProcedure({
      regime: 'A',
      kind: 'dot-xuat',
      politicalNeed: true,
      suddenOutstandingAct: false,
    });
    expect(r.conditions.map((c) => c.outcome)).toEqual(['met', 'not-met', 'unknown']);
    expect(r.conditions[1]?.text).toBe(
      'Không có thành tích xuất sắc đột xuất trong chiến đấu, công tác, lao động, học tập.',
    );
  });
});
