// Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công Thương" — regime A.
// A-KNC-1 (TT 16/2018/TT-BCT Art. 14(1)(a)): >= 20 years in the sector for men, >= 15 for women, 10 for
// hazardous jobs; periods under discipline from khiển trách up are not counted; given once.
import { cite } from '../../../instruments.ts';
import type { TitleRule } from '../../../rule.ts';
import { notYetReceived, sectorService } from '../../../service-length.ts';

export const kyNiemChuongCongThuong: TitleRule = {
  target: 'ky-niem-chuong-cong-thuong',
  ruleIds: ['A-KNC-1'],
  kinds: ['individual'],
  dependsOn: [],
  evaluate(ctx, v) {
    const c = cite('tt-16-2018-bct', 14, 1, 'a');
    sectorService(v, ctx, 'A-KNC-1', c);
    notYetReceived(v, ctx, 'A-KNC-1', c);
  },
};
