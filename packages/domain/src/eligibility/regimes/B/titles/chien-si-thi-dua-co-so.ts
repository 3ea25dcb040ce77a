// Chiến sĩ thi đua cơ sở — regime B.
// B-CSTDCS-1 (Law 06/2022 Art. 23): LĐTT of the year AND (rated HTXSNV OR an initiative recognised at cơ sở
// OR an accepted science topic) — two routes. The agency may still require an initiative (option
// cstdcsRequiresInitiative; the seeds do). B-CSTDCS-2: no national quota (U3) — agency option.
import { cite } from '../../../instruments.ts';
import { initiatives, ratingAtLeast, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaCoSo: TitleRule = {
  target: 'chien-si-thi-dua-co-so',
  ruleIds: ['B-CSTDCS-1', 'B-CSTDCS-2'],
  kinds: ['individual'],
  dependsOn: ['lao-dong-tien-tien'],
  evaluate(ctx, v) {
    sameYearTitle(v, ctx, {
      criterion: 'holds-lao-dong-tien-tien',
      rule: 'B-CSTDCS-1',
      citation: cite('luat-06-2022-qh15', 23, 1),
      title: 'lao-dong-tien-tien',
    });
    const c = cite('luat-06-2022-qh15', 23, 2);
    ratingAtLeast(v, ctx, {
      criterion: 'rating-htxsnv',
      rule: 'B-CSTDCS-1',
      citation: c,
      year: ctx.year,
      required: 'htxsnv',
      route: 'hoan-thanh-xuat-sac',
    });
    if (ctx.options.cstdcsRequiresInitiative) {
      initiatives(v, ctx, {
        criterion: 'agency-requires-initiative',
        rule: 'B-CSTDCS-1',
        citation: c,
        from: ctx.year,
        to: ctx.year,
        scope: 'co-so',
        required: 1,
        allowScienceTopic: true,
        route: 'hoan-thanh-xuat-sac',
      });
    }
    initiatives(v, ctx, {
      criterion: 'initiative-co-so',
      rule: 'B-CSTDCS-1',
      citation: c,
      from: ctx.year,
      to: ctx.year,
      scope: 'co-so',
      required: 1,
      allowScienceTopic: true,
      route: 'sang-kien',
    });
  },
};
