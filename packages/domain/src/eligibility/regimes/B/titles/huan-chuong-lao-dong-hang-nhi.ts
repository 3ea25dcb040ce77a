// Huân chương Lao động hạng Nhì — regime B (Law 06/2022 Art. 43; same structure as hạng Ba, UNVERIFIED counts).
import { hcldRuleB } from '../hcld.ts';

export const huanChuongLaoDongHangNhi = hcldRuleB(
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-ba',
  43,
  undefined,
  'B-HCLD2-1',
  false,
);
