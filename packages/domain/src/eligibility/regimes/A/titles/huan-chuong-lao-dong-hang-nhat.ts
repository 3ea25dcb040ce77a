// Huân chương Lao động hạng Nhất — regime A (Law 2003 Art. 42; same structure as hạng Ba, UNVERIFIED).
import { hcldRuleA } from '../hcld.ts';

export const huanChuongLaoDongHangNhat = hcldRuleA(
  'huan-chuong-lao-dong-hang-nhat',
  'huan-chuong-lao-dong-hang-nhi',
  42,
  'A-HCLD1-1',
);
