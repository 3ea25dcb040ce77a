// Huân chương Lao động hạng Ba — regime A. A-HCLD3-1 (Law 2003 Art. 44 as amended 2013; LOW, U7).
import { hcldRuleA } from '../hcld.ts';

export const huanChuongLaoDongHangBa = hcldRuleA(
  'huan-chuong-lao-dong-hang-ba',
  'bang-khen-thu-tuong',
  44,
  'A-HCLD3-1',
);
