// Huân chương Lao động hạng Nhất — regime B (Law 06/2022 Art. 42; same structure as hạng Ba, UNVERIFIED counts).
import { hcldRuleB } from '../hcld.ts';

export const huanChuongLaoDongHangNhat = hcldRuleB(
  'huan-chuong-lao-dong-hang-nhat',
  'huan-chuong-lao-dong-hang-nhi',
  42,
  undefined,
  'B-HCLD1-1',
  false,
);
