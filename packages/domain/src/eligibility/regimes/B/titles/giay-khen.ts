// Giấy khen — regime B. B-GK-1 (Law 06/2022 Art. 75(2)): each ministry/province details the standards.
// Default until the province's regulation is entered (U6, UNVERIFIED): LĐTT of the year (collective:
// rated HTTNV or above); movement and sudden-achievement routes are for the council.
import { cite } from '../../../instruments.ts';
import { ratingAtLeast, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const giayKhen: TitleRule = {
  target: 'giay-khen',
  ruleIds: ['B-GK-1'],
  kinds: ['individual', 'collective'],
  dependsOn: ['lao-dong-tien-tien'],
  evaluate(ctx, v) {
    const c = cite('luat-06-2022-qh15', 75, 2);
    if (ctx.subject.kind === 'individual') {
      sameYearTitle(v, ctx, {
        criterion: 'holds-lao-dong-tien-tien',
        rule: 'B-GK-1',
        citation: c,
        title: 'lao-dong-tien-tien',
        route: 'hoan-thanh-tot-nhiem-vu',
      });
    } else {
      ratingAtLeast(v, ctx, {
        criterion: 'collective-rating-at-least-httnv',
        rule: 'B-GK-1',
        citation: c,
        year: ctx.year,
        required: 'httnv',
        route: 'hoan-thanh-tot-nhiem-vu',
      });
    }
    v.councilItem('local-standard', 'B-GK-1', c, 'council-local-standard');
    v.councilItem(
      'movement-achievement',
      'B-GK-1',
      c,
      'council-movement-achievement',
      {},
      'thanh-tich-phong-trao',
    );
    v.councilItem('sudden-achievement', 'B-GK-1', c, 'council-sudden-achievement', {}, 'thanh-tich-dot-xuat');
    v.unverified(
      'B-GK-1',
      'U6',
      'đạt Lao động tiên tiến trong năm (tập thể: hoàn thành tốt nhiệm vụ) cho đến khi nhập quy định của tỉnh',
    );
  },
};
