// Giấy khen — regime A. A-GK-1 (Law 2003 Art. 75; ND 91/2017): achievements in movements, tasks done
// well, or sudden achievements. The exact national list is UNVERIFIED (U6): default = rated HTTNV or above
// and LĐTT in the year (collective: the unit rated HTTNV or above); other routes are for the council.
import { cite } from '../../../instruments.ts';
import { ratingAtLeast, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const giayKhen: TitleRule = {
  target: 'giay-khen',
  ruleIds: ['A-GK-1'],
  kinds: ['individual', 'collective'],
  dependsOn: ['lao-dong-tien-tien'],
  evaluate(ctx, v) {
    const c = cite('luat-15-2003-qh11', 75);
    if (ctx.subject.kind === 'individual') {
      sameYearTitle(v, ctx, {
        criterion: 'holds-lao-dong-tien-tien',
        rule: 'A-GK-1',
        citation: c,
        title: 'lao-dong-tien-tien',
        route: 'hoan-thanh-tot-nhiem-vu',
      });
    } else {
      ratingAtLeast(v, ctx, {
        criterion: 'collective-rating-at-least-httnv',
        rule: 'A-GK-1',
        citation: c,
        year: ctx.year,
        required: 'httnv',
        route: 'hoan-thanh-tot-nhiem-vu',
      });
    }
    v.councilItem(
      'movement-achievement',
      'A-GK-1',
      c,
      'council-movement-achievement',
      {},
      'thanh-tich-phong-trao',
    );
    v.councilItem('sudden-achievement', 'A-GK-1', c, 'council-sudden-achievement', {}, 'thanh-tich-dot-xuat');
    v.unverified('A-GK-1', 'U6', 'xếp loại từ Hoàn thành tốt nhiệm vụ và đạt Lao động tiên tiến trong năm');
  },
};
