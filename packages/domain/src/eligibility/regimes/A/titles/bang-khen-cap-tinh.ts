// Bằng khen cấp tỉnh (bộ, ban, ngành) — regime A.
// A-BKT-1: (a) outstanding achievement in a movement, (b) many achievements with influence — council
// routes (Law 2003 Art. 72 as amended, khoản 39 Điều 1 Luật 39/2013); (c) 2 consecutive years HTXSNV with
// 2 initiatives recognised at cơ sở (ND 91/2017 Art. 39(1)(c), MEDIUM). Next-award window per U9.
// Collective (UNVERIFIED, not in rules.md): 2 consecutive years Tập thể LĐXS.
import { cite } from '../../../instruments.ts';
import { initiatives, ratingAtLeast, streak, windowClear } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const bangKhenCapTinh: TitleRule = {
  target: 'bang-khen-cap-tinh',
  ruleIds: ['A-BKT-1', 'R-WIN-1'],
  kinds: ['individual', 'collective'],
  dependsOn: ['tap-the-lao-dong-xuat-sac'],
  evaluate(ctx, v) {
    const y = ctx.year;
    const law = cite('luat-39-2013-qh13', 1, 39);
    if (ctx.subject.kind === 'individual') {
      const c = cite('nd-91-2017', 39, 1, 'c');
      const route = 'hai-nam-htxsnv-hai-sang-kien';
      ratingAtLeast(v, ctx, {
        criterion: 'htxsnv-previous-year',
        rule: 'A-BKT-1',
        citation: c,
        year: y - 1,
        required: 'htxsnv',
        route,
      });
      ratingAtLeast(v, ctx, {
        criterion: 'htxsnv-judged-year',
        rule: 'A-BKT-1',
        citation: c,
        year: y,
        required: 'htxsnv',
        route,
      });
      initiatives(v, ctx, {
        criterion: 'two-initiatives-co-so',
        rule: 'A-BKT-1',
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
      if (ctx.params.windowUnverified)
        v.unverified(
          'R-WIN-1',
          'U9',
          'tính từ thời gian lập thành tích ghi trong quyết định trước, nếu không có thì từ ngày ký quyết định',
        );
    } else {
      const route = 'hai-nam-tap-the-lao-dong-xuat-sac';
      streak(v, ctx, {
        criterion: 'two-consecutive-ttldxs',
        rule: 'A-BKT-1',
        citation: cite('nd-91-2017', 39, 2),
        title: 'tap-the-lao-dong-xuat-sac',
        n: 2,
        endYear: y,
        consumer: 'bang-khen-cap-tinh',
        route,
      });
      v.unverified('A-BKT-1 (tập thể)', 'A-BKT-1', '02 năm liên tục đạt Tập thể lao động xuất sắc');
    }
    v.councilItem(
      'movement-achievement',
      'A-BKT-1',
      law,
      'council-movement-achievement',
      {},
      'thanh-tich-phong-trao',
    );
    v.councilItem('many-achievements', 'A-BKT-1', law, 'council-many-achievements', {}, 'nhieu-thanh-tich');
  },
};
