import { describe, expect, it } from 'vitest';
import { deadlineText, numberAndSymbol, placeDateText, quarterLabel, romanNumeral } from './format.ts';
import type { PlanDeadline } from './format.ts';

describe('document phrases', () => {
  it.each<[string, PlanDeadline, string]>([
    ['before a date', { kind: 'before', date: '2023-02-28' }, 'Trước ngày 28/02/2023'],
    ['on a date', { kind: 'on', date: '2023-10-30' }, '30/10/2023'],
    ['within a month', { kind: 'within-month', year: 2023, month: 12 }, 'Tháng 12/2023'],
    ['within a month below October', { kind: 'within-month', year: 2024, month: 3 }, 'Tháng 03/2024'],
    ['within the year', { kind: 'within-year', year: 2023 }, 'Trong năm 2023'],
    ['regularly', { kind: 'regularly' }, 'Thường xuyên'],
    ['per the block’s plan', { kind: 'per-plan', of: 'Khối' }, 'Theo Kế hoạch của Khối'],
    ['per the higher level’s plan', { kind: 'per-plan', of: 'cấp trên' }, 'Theo Kế hoạch của cấp trên'],
    [
      'as written',
      { kind: 'text', text: ' Trong năm 2023 (khen theo công trạng) ' },
      'Trong năm 2023 (khen theo công trạng)',
    ],
  ])('a task due %s reads "%s"', (_, deadline, expected) => {
    expect(deadlineText(deadline)).toBe(expected);
  });

  it('the place-and-date line pads day 1–9 and months 1–2 (Decree 30/2020), and an undated draft leaves blanks', () => {
    expect(placeDateText('Gia Lai', '2023-07-05')).toBe('Gia Lai, ngày 05 tháng 7 năm 2023');
    expect(placeDateText('Lạng Sơn', '2024-01-12')).toBe('Lạng Sơn, ngày 12 tháng 01 năm 2024');
    expect(placeDateText('Lạng Sơn', null)).toBe('Lạng Sơn, ngày … tháng … năm …');
  });

  it('decomposed input comes out composed (NFC)', () => {
    const decomposed = 'La\u0323ng So\u031Bn';
    expect(placeDateText(decomposed, null).startsWith('Lạng Sơn')).toBe(true);
    expect(deadlineText({ kind: 'per-plan', of: 'Kho\u0302\u0301i' })).toBe('Theo Kế hoạch của Khối');
  });

  it('a draft has no number yet: "…/KH-SCT"; a registered plan has one: "15/KH-SCT"', () => {
    expect(numberAndSymbol(null, 'KH-SCT')).toBe('…/KH-SCT');
    expect(numberAndSymbol('', 'KH-SCT')).toBe('…/KH-SCT');
    expect(numberAndSymbol(15, 'KH-SCT')).toBe('15/KH-SCT');
  });

  it('sections and quarters are numbered in Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV']);
    expect(quarterLabel(3)).toBe('QUÝ III');
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
});
