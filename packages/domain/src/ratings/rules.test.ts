import { describe, expect, it } from 'vitest';
import {
  capExceededMessage,
  disciplineWarning,
  htxsnvCap,
  parseRating,
  ratingWarnings,
  type CapBase,
  type RatingLevel,
} from './rules.ts';

const many = (n: number, r: RatingLevel): RatingLevel[] => Array.from({ length: n }, () => r);

describe('R-RATE-2 HTXSNV cap: count(HTXSNV) <= floor(20% × base)', () => {
  const cases: {
    name: string;
    ratings: (RatingLevel | null)[];
    base: CapBase;
    allowed: number;
    used: number;
    exceeded: boolean;
  }[] = [
    { name: 'no one rated', ratings: [], base: 'httnv', allowed: 0, used: 0, exceeded: false },
    {
      name: '4 HTTNV → floor(0.8) = 0',
      ratings: many(4, 'httnv'),
      base: 'httnv',
      allowed: 0,
      used: 0,
      exceeded: false,
    },
    { name: '5 HTTNV → 1', ratings: many(5, 'httnv'), base: 'httnv', allowed: 1, used: 0, exceeded: false },
    {
      name: '9 HTTNV → floor(1.8) = 1, 1 HTXSNV ok',
      ratings: [...many(9, 'httnv'), 'htxsnv'],
      base: 'httnv',
      allowed: 1,
      used: 1,
      exceeded: false,
    },
    {
      name: '9 HTTNV + 2 HTXSNV → exceeded',
      ratings: [...many(9, 'httnv'), 'htxsnv', 'htxsnv'],
      base: 'httnv',
      allowed: 1,
      used: 2,
      exceeded: true,
    },
    {
      name: '15 HTTNV + 3 HTXSNV → 3/3',
      ratings: [...many(15, 'httnv'), ...many(3, 'htxsnv')],
      base: 'httnv',
      allowed: 3,
      used: 3,
      exceeded: false,
    },
    {
      name: 'HTNV, KHTNV and unrated are not in the base',
      ratings: [...many(4, 'httnv'), 'htnv', 'khtnv', null, 'htxsnv'],
      base: 'httnv',
      allowed: 0,
      used: 1,
      exceeded: true,
    },
    {
      name: '"HTTNV or above": 4 HTTNV + 1 HTXSNV → base 5 → 1',
      ratings: [...many(4, 'httnv'), 'htxsnv'],
      base: 'httnv-or-above',
      allowed: 1,
      used: 1,
      exceeded: false,
    },
    {
      name: '"HTTNV or above": 8 HTTNV + 2 HTXSNV → base 10 → 2',
      ratings: [...many(8, 'httnv'), ...many(2, 'htxsnv')],
      base: 'httnv-or-above',
      allowed: 2,
      used: 2,
      exceeded: false,
    },
    {
      name: '"HTTNV" reading of the same unit → base 8 → 1, exceeded',
      ratings: [...many(8, 'httnv'), ...many(2, 'htxsnv')],
      base: 'httnv',
      allowed: 1,
      used: 2,
      exceeded: true,
    },
  ];
  it.each(cases)('$name', ({ ratings, base, allowed, used, exceeded }) => {
    const cap = htxsnvCap(ratings, { base });
    expect(cap).toMatchObject({ allowed, used, exceeded, base, percent: 20 });
    expect(cap.text).toBe(`HTXSNV: ${used}/${allowed} đã dùng`);
  });

  it('rounds down on integers (no floating error: 15 × 20% = 3 exactly)', () => {
    expect(htxsnvCap(many(15, 'httnv')).allowed).toBe(3);
    expect(htxsnvCap(many(14, 'httnv')).allowed).toBe(2);
    expect(htxsnvCap(many(35, 'httnv'), { percent: 10 }).allowed).toBe(3);
  });

  it('says why in Vietnamese', () => {
    const cap = htxsnvCap([...many(9, 'httnv'), 'htxsnv', 'htxsnv']);
    expect(capExceededMessage(cap)).toBe(
      'Số người xếp loại HTXSNV (2) vượt tỷ lệ 20% số người xếp loại HTTNV (9 người, tối đa 1). Muốn vượt phải nêu lý do (R-RATE-2).',
    );
  });
});

describe('R-RATE-1 disciplined in the year ⇒ KHTNV (warning)', () => {
  const cases: { rating: RatingLevel | null; disciplined: boolean; year: number; warn: boolean }[] = [
    { rating: 'httnv', disciplined: true, year: 2024, warn: true },
    { rating: 'htxsnv', disciplined: true, year: 2023, warn: true },
    { rating: 'htnv', disciplined: true, year: 2024, warn: true },
    { rating: 'khtnv', disciplined: true, year: 2024, warn: false },
    { rating: null, disciplined: true, year: 2024, warn: false },
    { rating: 'htxsnv', disciplined: false, year: 2024, warn: false },
    { rating: 'httnv', disciplined: true, year: 2022, warn: false }, // before ND 48/2023
  ];
  it.each(cases)(
    '$rating disciplined=$disciplined in $year → warn $warn',
    ({ rating, disciplined, year, warn }) => {
      const w = disciplineWarning({ personId: 7, name: 'Lê Văn Kỷ', year, rating, disciplined });
      expect(w !== null).toBe(warn);
      if (w) {
        expect(w).toMatchObject({ code: 'disciplined-not-khtnv', rule: 'R-RATE-1', personId: 7 });
        expect(w.message).toContain('bị kỷ luật trong năm');
      }
    },
  );

  it('ratingWarnings gathers both rules', () => {
    const { cap, warnings } = ratingWarnings(
      [{ personId: 1, name: 'A', year: 2024, rating: 'httnv', disciplined: true }],
      ['htxsnv', 'httnv'],
    );
    expect(cap.exceeded).toBe(true);
    expect(warnings.map((w) => w.rule)).toEqual(['R-RATE-1', 'R-RATE-2']);
  });
});

describe('parseRating (Excel import)', () => {
  it.each([
    ['HTXSNV', 'htxsnv'],
    ['htttnv', null],
    ['Hoàn thành tốt nhiệm vụ', 'httnv'],
    [' htnv ', 'htnv'],
    ['Không hoàn thành nhiệm vụ', 'khtnv'],
    ['', null],
  ])('%s → %s', (text, level) => {
    expect(parseRating(text)).toBe(level);
  });
});
