// Cờ thi đua của Chính phủ — regime A.
// A-CTDCP-1 (Law 2003 Art. 25; ND 91/2017 Art. 11): selected among the collectives leading the
// ministry/province movement (holders of the provincial flag of the year); exceeding targets and being
// the most outstanding are for the council. A-CTDCP-2 (<= 20% of flag-standard collectives, UNVERIFIED
// carry-over) is a quota (quotas.ts).
import { cite } from '../../../instruments.ts';
import { sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const coThiDuaChinhPhu: TitleRule = {
  target: 'co-thi-dua-chinh-phu',
  ruleIds: ['A-CTDCP-1', 'A-CTDCP-2'],
  kinds: ['collective'],
  dependsOn: ['co-thi-dua-cap-tinh'],
  evaluate(ctx, v) {
    sameYearTitle(v, ctx, {
      criterion: 'holds-co-thi-dua-cap-tinh',
      rule: 'A-CTDCP-1',
      citation: cite('nd-91-2017', 11),
      title: 'co-thi-dua-cap-tinh',
    });
    v.councilItem('exceeds-targets', 'A-CTDCP-1', cite('luat-15-2003-qh11', 25), 'council-exceeds-targets');
  },
};
