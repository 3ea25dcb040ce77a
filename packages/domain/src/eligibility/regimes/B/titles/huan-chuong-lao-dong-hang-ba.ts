// Huân chương Lao động hạng Ba — regime B. B-HCLD3-1 (Law 06/2022 Art. 44(1)(e)); B-HCLD3-2 cống hiến.
import { hcldRuleB } from '../hcld.ts';

export const huanChuongLaoDongHangBa = hcldRuleB(
  'huan-chuong-lao-dong-hang-ba',
  'bang-khen-thu-tuong',
  44,
  'e',
  'B-HCLD3-1',
  true,
);
