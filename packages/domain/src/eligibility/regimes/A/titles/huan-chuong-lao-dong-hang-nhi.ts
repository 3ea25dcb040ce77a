// Huân chương Lao động hạng Nhì — regime A (Law 2003 Art. 43; same structure as hạng Ba, UNVERIFIED).
import { hcldRuleA } from '../hcld.ts';

export const huanChuongLaoDongHangNhi = hcldRuleA(
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-ba',
  43,
  'A-HCLD2-1',
);
