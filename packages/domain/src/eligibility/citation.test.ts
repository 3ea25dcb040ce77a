import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';
import { cite, INSTRUMENTS } from './instruments.ts';

describe('The one citation formatter', () => {
  it.each([
    {
      c: cite('luat-06-2022-qh15', 74, 1, 'd'),
      text: 'điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15',
    },
    { c: cite('nd-91-2017', 45, 8), text: 'khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP' },
    { c: cite('tt-16-2018-bct', 14), text: 'Điều 14 Thông tư số 16/2018/TT-BCT' },
  ])('$text', ({ c, text }) => {
    expect(formatCitation(c)).toBe(text);
  });
  it('has a short form for tables', () => {
    expect(formatCitation(cite('nd-98-2023', 30, 9), 'short')).toBe('khoản 9 Điều 30 NĐ 98/2023');
  });
  it('every instrument has a name with diacritics and consistent dates', () => {
    for (const i of Object.values(INSTRUMENTS)) {
      expect(i.name.length).toBeGreaterThan(10);
      if (i.signedOn && i.effectiveFrom) expect(i.signedOn <= i.effectiveFrom).toBe(true);
    }
  });
});
