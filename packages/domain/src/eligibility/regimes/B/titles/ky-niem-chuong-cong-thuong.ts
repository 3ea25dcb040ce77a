// Kỷ niệm chương ngành Công Thương — regime B. The Ministry's circular under Law 06/2022 is UNVERIFIED
// (U15): A-KNC-1's thresholds (20 / 15 / 10 years, disciplined periods not counted) are kept as defaults.
import { cite } from '../../../instruments.ts';
import type { TitleRule } from '../../../rule.ts';
import { notYetReceived, sectorService } from '../../../service-length.ts';

export const kyNiemChuongCongThuong: TitleRule = {
  target: 'ky-niem-chuong-cong-thuong',
  ruleIds: ['A-KNC-1', 'U15'],
  kinds: ['individual'],
  dependsOn: [],
  evaluate(ctx, v) {
    const c = cite('tt-16-2018-bct', 14, 1, 'a');
    sectorService(v, ctx, 'A-KNC-1', c);
    notYetReceived(v, ctx, 'A-KNC-1', c);
    v.unverified(
      'A-KNC-1',
      'U15',
      'giữ ngưỡng 20 năm (nam), 15 năm (nữ), 10 năm (nghề độc hại) của TT 16/2018/TT-BCT',
    );
  },
};
