// Vietnamese name parts for generated demo people: family names weighted roughly by how common they are,
// middle and given names by gender. All strings NFC.
import type { Prng } from './prng.ts';

export type Gender = 'nam' | 'nu';

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 24],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
];

const MIDDLE: Record<Gender, readonly (readonly [string, number])[]> = {
  nam: [
    ['Văn', 10],
    ['Hữu', 3],
    ['Đức', 4],
    ['Minh', 4],
    ['Quốc', 3],
    ['Thanh', 3],
    ['Công', 2],
    ['Xuân', 2],
    ['Ngọc', 2],
    ['Trọng', 2],
    ['Đình', 2],
    ['Quang', 2],
  ],
  nu: [
    ['Thị', 14],
    ['Ngọc', 3],
    ['Thanh', 3],
    ['Thu', 3],
    ['Minh', 2],
    ['Thùy', 2],
    ['Kim', 2],
    ['Bích', 2],
    ['Hồng', 2],
    ['Phương', 1],
    ['Mỹ', 1],
  ],
};

// "Hằng" is left out on purpose: the demo has exactly one "Nguyễn Thị Hằng", whom tests search for.
const GIVEN: Record<Gender, readonly string[]> = {
  nam: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Minh',
    'Nam',
    'Long',
    'Hải',
    'Sơn',
    'Thắng',
    'Quang',
    'Phúc',
    'Khánh',
    'Trung',
    'Hiếu',
    'Tâm',
    'Đạt',
    'Bình',
    'Cường',
    'Vinh',
    'Thành',
    'Huy',
    'Toàn',
    'Lâm',
    'Phong',
    'Tùng',
    'Kiên',
    'Lợi',
    'Thịnh',
    'Nghĩa',
    'Hoàng',
    'Việt',
    'Đông',
    'Tiến',
    'Khoa',
    'Duy',
  ],
  nu: [
    'Lan',
    'Hương',
    'Mai',
    'Hoa',
    'Linh',
    'Trang',
    'Thảo',
    'Yến',
    'Nhung',
    'Phương',
    'Thủy',
    'Hà',
    'Vân',
    'Dung',
    'Oanh',
    'Loan',
    'Hạnh',
    'Nga',
    'Quyên',
    'Uyên',
    'Thúy',
    'Liên',
    'Hiền',
    'Huyền',
    'Giang',
    'Nhàn',
    'Duyên',
    'Trinh',
    'Ly',
    'Anh',
  ],
};

export function generateName(prng: Prng, gender: Gender): string {
  const family = prng.weighted(FAMILY_NAMES);
  const middle = prng.weighted(MIDDLE[gender]);
  let given = prng.pick(GIVEN[gender]);
  // "Minh Minh", "Thanh Thanh" do not occur as names.
  while (given === middle) given = prng.pick(GIVEN[gender]);
  return `${family} ${middle} ${given}`.normalize('NFC');
}
