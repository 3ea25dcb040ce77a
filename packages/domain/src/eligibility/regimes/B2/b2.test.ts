// Regime B2 (from 01/07/2025) inherits B as data: same rules, overridden parameters only.
import { describe, expect, it } from 'vitest';
import { regimeById } from '../../regimes.ts';
import { rulesFor } from '../../registry.ts';
import { TARGETS } from '../../types.ts';

describe('Regime B2 inherits regime B', () => {
  it('every title and form of B is the same rule object under B2 (no copied files)', () => {
    const b = rulesFor('B');
    const b2 = rulesFor('B2');
    for (const t of TARGETS) expect(b2[t]).toBe(b[t]);
  });
  it('B2 differs only by its decree, publicity and career-contribution citations', () => {
    const b = regimeById('B').params;
    const b2 = regimeById('B2').params;
    const diff = Object.keys(b).filter(
      (k) => JSON.stringify(b[k as keyof typeof b]) !== JSON.stringify(b2[k as keyof typeof b2]),
    );
    expect(diff.sort()).toEqual(['congHienCitation', 'decree', 'publicityCitation']);
    expect(b2.publicityCitation).toEqual({ instrument: 'nd-152-2025', article: 60, clause: 3 });
  });
  it('every regime has a rule for every title/form', () => {
    for (const id of ['A', 'B', 'B2'] as const)
      expect(Object.keys(rulesFor(id)).sort()).toEqual([...TARGETS].sort());
  });
});
