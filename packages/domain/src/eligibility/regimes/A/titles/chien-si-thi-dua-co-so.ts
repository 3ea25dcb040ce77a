// Chiến sĩ thi đua cơ sở — regime A.
// A-CSTDCS-1: LĐTT of the year AND an initiative recognised at cơ sở (or an accepted, applied science
// topic) — ND 91/2017 Art. 9(3), Law 2003 Art. 23. A-CSTDCS-2 (15% of LĐTT) and A-CSTDCS-3 (leaders) are
// quotas, computed in quotas.ts.
import { cite } from '../../../instruments.ts';
import { initiatives, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaCoSo: TitleRule = {
  target: 'chien-si-thi-dua-co-so',
  ruleIds: ['A-CSTDCS-1', 'A-CSTDCS-2', 'A-CSTDCS-3'],
  kinds: ['individual'],
  dependsOn: ['lao-dong-tien-tien'],
  evaluate(ctx, v) {
    const c = cite('nd-91-2017', 9, 3);
    sameYearTitle(v, ctx, {
      criterion: 'holds-lao-dong-tien-tien',
      rule: 'A-CSTDCS-1',
      citation: c,
      title: 'lao-dong-tien-tien',
    });
    initiatives(v, ctx, {
      criterion: 'initiative-co-so',
      rule: 'A-CSTDCS-1',
      citation: c,
      from: ctx.year,
      to: ctx.year,
      scope: 'co-so',
      required: 1,
      allowScienceTopic: true,
    });
  },
};
