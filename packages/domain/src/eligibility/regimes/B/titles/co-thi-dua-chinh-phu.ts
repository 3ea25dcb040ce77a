// Cờ thi đua của Chính phủ — regime B.
// B-CTDCP-1 (Law 06/2022 Art. 25; ND 98/2023 details Art. 25(4)): selected among collectives awarded the
// ministry/province flag in the year; the numbers a ministry/province may propose are UNVERIFIED (U5):
// default quota coChinhPhuQuotaShare = 20% (quotas.ts).
import { cite } from '../../../instruments.ts';
import { sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const coThiDuaChinhPhu: TitleRule = {
  target: 'co-thi-dua-chinh-phu',
  ruleIds: ['B-CTDCP-1'],
  kinds: ['collective'],
  dependsOn: ['co-thi-dua-cap-tinh'],
  evaluate(ctx, v) {
    sameYearTitle(v, ctx, {
      criterion: 'holds-co-thi-dua-cap-tinh',
      rule: 'B-CTDCP-1',
      citation: cite('luat-06-2022-qh15', 25),
      title: 'co-thi-dua-cap-tinh',
    });
    v.councilItem('exceeds-targets', 'B-CTDCP-1', cite('luat-06-2022-qh15', 25), 'council-exceeds-targets');
    v.unverified(
      'B-CTDCP-1',
      'U5',
      'số Cờ thi đua Chính phủ được đề nghị không quá 20% số tập thể đạt Cờ thi đua cấp tỉnh',
    );
  },
};
