// Bằng khen cấp tỉnh (bộ, ban, ngành) — regime B.
// B-BKT-1 (Law 06/2022 Art. 74(1)(d)): 2 consecutive CSTĐCS (not already used for a previous Bằng khen
// cấp tỉnh), OR >= 2 consecutive years HTXSNV with 2 initiatives (or topics) recognised at cơ sở.
// Other points of Art. 74(1) are council routes. Window R-WIN-1 (ND 98/2023 Art. 30(9)).
// Collective (UNVERIFIED, not in rules.md): 2 consecutive years Tập thể LĐXS.
import { cite } from '../../../instruments.ts';
import { initiatives, ratingAtLeast, streak, windowClear } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const bangKhenCapTinh: TitleRule = {
  target: 'bang-khen-cap-tinh',
  ruleIds: ['B-BKT-1', 'R-WIN-1'],
  kinds: ['individual', 'collective'],
  dependsOn: ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'],
  evaluate(ctx, v) {
    const y = ctx.year;
    if (ctx.subject.kind === 'individual') {
      const c = cite('luat-06-2022-qh15', 74, 1, 'd');
      streak(v, ctx, {
        criterion: 'two-consecutive-cstdcs',
        rule: 'B-BKT-1',
        citation: c,
        title: 'chien-si-thi-dua-co-so',
        n: 2,
        endYear: y,
        consumer: 'bang-khen-cap-tinh',
        route: 'hai-lan-cstdcs',
      });
      const route = 'hai-nam-htxsnv-hai-sang-kien';
      ratingAtLeast(v, ctx, {
        criterion: 'htxsnv-previous-year',
        rule: 'B-BKT-1',
        citation: c,
        year: y - 1,
        required: 'htxsnv',
        route,
      });
      ratingAtLeast(v, ctx, {
        criterion: 'htxsnv-judged-year',
        rule: 'B-BKT-1',
        citation: c,
        year: y,
        required: 'htxsnv',
        route,
      });
      initiatives(v, ctx, {
        criterion: 'two-initiatives-co-so',
        rule: 'B-BKT-1',
        citation: c,
        from: y - 1,
        to: y,
        scope: 'co-so',
        required: 2,
        allowScienceTopic: true,
        route,
      });
      windowClear(v, ctx, {
        criterion: 'not-yet-rewarded-for-period',
        rule: 'R-WIN-1',
        citation: ctx.params.windowCitation,
        award: 'bang-khen-cap-tinh',
        from: y - 1,
        to: y,
        route,
      });
      const other = cite('luat-06-2022-qh15', 74, 1);
      v.councilItem(
        'movement-achievement',
        'B-BKT-1',
        other,
        'council-movement-achievement',
        {},
        'thanh-tich-phong-trao',
      );
      v.councilItem(
        'sudden-achievement',
        'B-BKT-1',
        other,
        'council-sudden-achievement',
        {},
        'thanh-tich-dot-xuat',
      );
    } else {
      const c = cite('luat-06-2022-qh15', 74, 2);
      streak(v, ctx, {
        criterion: 'two-consecutive-ttldxs',
        rule: 'B-BKT-1',
        citation: c,
        title: 'tap-the-lao-dong-xuat-sac',
        n: 2,
        endYear: y,
        consumer: 'bang-khen-cap-tinh',
        route: 'hai-nam-tap-the-lao-dong-xuat-sac',
      });
      v.councilItem(
        'movement-achievement',
        'B-BKT-1',
        c,
        'council-movement-achievement',
        {},
        'thanh-tich-phong-trao',
      );
      v.unverified('B-BKT-1 (tập thể)', 'B-BKT-1', '02 năm liên tục đạt Tập thể lao động xuất sắc');
    }
  },
};
