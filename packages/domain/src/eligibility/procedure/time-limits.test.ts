// A-TIME-1 (rules.md §9.6): 20 working days from a complete dossier; regime B: UNVERIFIED default (U8).
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../citation.ts';
import type { RegimeId } from '../types.ts';
import { appraisalDeadline } from './time-limits.ts';

const cases: {
  name: string;
  regime: RegimeId;
  completeOn: string;
  holidays?: string[];
  due: string;
  unverified: boolean;
}[] = [
  {
    name: 'A-TIME-1: complete Monday 03/04/2023 → due Monday 01/05/2023 (no holidays given)',
    regime: 'A',
    completeOn: '2023-04-03',
    due: '2023-05-01',
    unverified: false,
  },
  {
    name: 'A-TIME-1: 30/04 and 01/05 holidays push it to 03/05/2023',
    regime: 'A',
    completeOn: '2023-04-03',
    holidays: ['2023-05-01', '2023-05-02'],
    due: '2023-05-03',
    unverified: false,
  },
  {
    name: 'B (U8): complete Friday 10/01/2025 → due Friday 07/02/2025 without Tết',
    regime: 'B',
    completeOn: '2025-01-10',
    due: '2025-02-07',
    unverified: true,
  },
  {
    name: 'B2 (U8): Tết 27/01–31/01/2025 adds a week → 14/02/2025',
    regime: 'B2',
    completeOn: '2025-01-10',
    holidays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    due: '2025-02-14',
    unverified: true,
  },
  {
    name: 'complete on a Saturday: day 1 is Monday',
    regime: 'A',
    completeOn: '2023-04-01',
    due: '2023-04-28',
    unverified: false,
  },
];

describe('appraisalDeadline (A-TIME-1)', () => {
  it.each(cases)('$name', (c) => {
    const r = appraisalDeadline({ regime: c.regime, completeOn: c.completeOn, holidays: c.holidays ?? [] });
    expect(r.due).toBe(c.due);
    expect(r.workingDays).toBe(20);
    expect(r.unverified).toBe(c.unverified);
    expect(r.warnings.length > 0).toBe(c.unverified);
  });

  it('A cites ND 91/2017 Art. 48 (MEDIUM); B is UNVERIFIED with unverified-rule U8', () => {
    const a = appraisalDeadline({ regime: 'A', completeOn: '2023-04-03' });
    expect(formatCitation(a.citation, 'short')).toBe('Điều 48 NĐ 91/2017');
    expect(a.confidence).toBe('MEDIUM');
    expect(a.rule).toBe('A-TIME-1');
    const b = appraisalDeadline({ regime: 'B', completeOn: '2025-01-10' });
    expect(b.confidence).toBe('UNVERIFIED');
    expect(b.warnings.map((w) => [w.code, w.params?.['item'] ?? null])).toEqual([
      ['appraisal-days-unverified', null],
      ['unverified-rule', 'U8'],
    ]);
    expect(b.text).toBe(
      'Hồ sơ đầy đủ ngày 10/01/2025: thời hạn thẩm định, trình 20 ngày làm việc, đến hết ngày 07/02/2025.',
    );
  });
});
