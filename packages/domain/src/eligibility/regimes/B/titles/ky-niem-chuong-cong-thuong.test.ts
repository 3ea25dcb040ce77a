// Kỷ niệm chương ngành Công Thương under regime B: A-KNC-1 thresholds kept (U15, flagged).
import { describe, expect, it } from 'vitest';
import { judge, person, warningCodes } from '../../../testing/builders.ts';

const T = 'ky-niem-chuong-cong-thuong' as const;

describe('Kỷ niệm chương ngành Công Thương, regime B', () => {
  it.each([
    {
      name: 'a woman since 01/09/2009 has 15 years on 31/12/2024 → eligible',
      p: { gender: 'nu' as const, sectorSince: '2009-09-01' },
      status: 'eligible',
    },
    {
      name: 'a man since 2009 → ineligible',
      p: { gender: 'nam' as const, sectorSince: '2009-09-01' },
      status: 'ineligible',
    },
  ])('$name', ({ p, status }) => {
    const r = judge(2024, person(p), T);
    expect(r.status).toBe(status);
    expect(warningCodes(r)).toContain('unverified-rule');
  });
});
