// The result serialiser writes exactly JSON.stringify(results).slice(1, -1), whatever repeats or not.
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine.ts';
import { ResultSerializer, type ByteOut } from './serialize.ts';
import { person, yr } from './testing/builders.ts';
import type { EligibilityResult, HistoryInput } from './types.ts';

function bytes(s: ResultSerializer, results: EligibilityResult[]): string {
  const parts: Buffer[] = [];
  const out: ByteOut = {
    put: (b) => parts.push(Buffer.from(b)),
    putString: (x) => parts.push(Buffer.from(x)),
  };
  s.writeResults(results, out);
  return Buffer.concat(parts).toString('utf8');
}

describe('ResultSerializer', () => {
  const input: HistoryInput = {
    format: 'tdkt-history/1',
    year: 2024,
    evaluatedOn: '2025-01-10',
    subjects: [
      person({ id: 'A', years: [yr(2022), yr(2023, { rating: 'htxsnv' }), yr(2024, { rating: 'htxsnv' })] }),
      person({ id: 'B', years: [yr(2022), yr(2023, { rating: 'htxsnv' }), yr(2024, { rating: 'htxsnv' })] }),
      person({
        id: 'C "x"',
        years: [yr(2024, { monthsWorked: 4 })],
        disciplines: [{ year: 2024, level: 'canh-cao' }],
      }),
    ],
  };
  const all = evaluate(input).results;

  it('writes the same bytes as JSON.stringify, first time and from its caches', () => {
    const s = new ResultSerializer();
    for (let round = 0; round < 2; round++) {
      for (const id of ['A', 'B', 'C "x"']) {
        const rs = all.filter((r) => r.subject === id);
        expect(bytes(s, rs)).toBe(JSON.stringify(rs).slice(1, -1));
      }
    }
  });

  it('falls back to JSON.stringify for null/NaN params and foreign shapes', () => {
    const s = new ResultSerializer();
    const base = all.filter((r) => r.subject === 'A');
    const variants: EligibilityResult[][] = [
      base.map((r) => ({
        ...r,
        checks: r.checks.map((c) => ({
          ...c,
          reason: { ...c.reason, params: { ...c.reason.params, x: Number.NaN } },
        })),
      })),
      base.map((r) => ({
        ...r,
        checks: r.checks.map((c) => ({
          ...c,
          reason: { ...c.reason, params: { ...c.reason.params, x: null } },
          text: 'other',
        })),
      })),
      base.map((r) => ({ extra: 1, ...r }) as EligibilityResult),
      base.map((r) => ({ ...r, warnings: [] })),
    ];
    for (const v of variants) expect(bytes(s, v)).toBe(JSON.stringify(v).slice(1, -1));
  });
});
