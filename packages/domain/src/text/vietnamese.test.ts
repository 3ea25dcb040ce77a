import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames,
  foldDiacritics,
  formatDateVi,
  formatNumberVi,
  nameSortKey,
  parseDateVi,
  placeAndDateLine,
  splitVietnameseName,
} from './vietnamese.ts';

describe('Vietnamese text conventions', () => {
  it('a user typing "nguyen thi hang" finds "Nguyễn Thị Hằng" (ư = u, đ = d, case ignored)', () => {
    expect(foldDiacritics('Nguyễn Thị Hằng')).toBe('nguyen thi hang');
    expect(foldDiacritics('Đặng Văn Ưng')).toBe('dang van ung');
    expect(foldDiacritics('ðỗ')).toBe('do');
    expect(foldDiacritics('Nguye\u0302\u0303n')).toBe('nguyen'); // decomposed input
  });

  it('the given name is the last word of a full name', () => {
    expect(splitVietnameseName('  Nguyễn   Thị Hằng ')).toEqual({ family: 'Nguyễn Thị', given: 'Hằng' });
  });

  it('name lists sort by given name, then family name, in Vietnamese alphabet order', () => {
    const names = [
      'Trần Văn Đào',
      'Lê Thị Ân',
      'Phạm An',
      'Nguyễn Văn Anh',
      'Vũ Ánh',
      'Hoàng Ăn',
      'Lê Dũng',
      'Bùi Dương',
      'Đỗ An',
    ];
    const expected = [
      'Đỗ An',
      'Phạm An',
      'Nguyễn Văn Anh',
      'Vũ Ánh',
      'Hoàng Ăn',
      'Lê Thị Ân',
      'Lê Dũng',
      'Bùi Dương',
      'Trần Văn Đào',
    ];
    expect([...names].sort(compareVietnameseNames)).toEqual(expected);
  });

  it('the stored sort key orders names exactly as the Vietnamese collator does', () => {
    const names = [
      'Trần Văn Đào',
      'Lê Thị Ân',
      'Phạm An',
      'Nguyễn Văn Anh',
      'Vũ Ánh',
      'Hoàng Ăn',
      'Lê Dũng',
      'Bùi Dương',
      'Đỗ An',
      'Nguyễn Thị Hằng',
      'Nguyễn Thị Hà',
      'Lý Hạ',
      'Mai Hả',
    ];
    const byKey = [...names].sort((a, b) =>
      nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0,
    );
    expect(byKey).toEqual([...names].sort(compareVietnameseNames));
  });

  it('numbers and dates are written the Vietnamese way', () => {
    expect(formatNumberVi(14103.4)).toBe('14.103,4');
    expect(formatNumberVi(43.36)).toBe('43,36');
    expect(formatNumberVi(1935, 1)).toBe('1.935,0');
    expect(formatDateVi('2023-07-05')).toBe('05/07/2023');
    expect(parseDateVi('5/7/2023')).toBe('2023-07-05');
    expect(parseDateVi('31/02/2023')).toBeNull();
    expect(placeAndDateLine('Gia Lai', '2023-07-05')).toBe('Gia Lai, ngày 05 tháng 7 năm 2023');
    expect(placeAndDateLine('Lạng Sơn', '2024-01-12')).toBe('Lạng Sơn, ngày 12 tháng 01 năm 2024');
  });
});
