// Bằng khen của Thủ tướng Chính phủ — regime A.
// A-BKTTg-1 (Law 2003 Art. 71 as amended, khoản 38 Điều 1 Luật 39/2013; ND 91/2017 Art. 38(1)(c)): already
// holds a Bằng khen cấp tỉnh (never annulled, never đợt/chuyên đề — R-ANN-1, R-KIND-1), then 5 consecutive
// years HTXSNV with 5 initiatives recognised at cơ sở in that period; the window starts after the
// achievement period of that Bằng khen (R-WIN-1). Council routes (a), (b).
// Collective (UNVERIFIED): Bằng khen cấp tỉnh then 5 consecutive years HTXSNV.
import { cite } from '../../../instruments.ts';
import { initiatives, prerequisite, yearsRun } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const bangKhenThuTuong: TitleRule = {
  target: 'bang-khen-thu-tuong',
  ruleIds: ['A-BKTTg-1', 'R-KIND-1', 'R-ANN-1', 'R-WIN-1'],
  kinds: ['individual', 'collective'],
  dependsOn: [],
  evaluate(ctx, v) {
    const c = cite('nd-91-2017', 38, 1, 'c');
    const route = 'bang-khen-va-5-nam-htxsnv';
    const pre = prerequisite(v, ctx, {
      criterion: 'holds-bang-khen-cap-tinh',
      rule: 'A-BKTTg-1',
      citation: c,
      award: 'bang-khen-cap-tinh',
      yearsAfter: 5,
    });
    const prev = ctx.history.lastCovered('bang-khen-thu-tuong', { meritOnly: true });
    const after = Math.max(pre.end ?? ctx.year - 5, prev?.end ?? -Infinity);
    const run = yearsRun(v, ctx, {
      criterion: 'five-years-htxsnv',
      rule: 'A-BKTTg-1',
      citation: c,
      n: 5,
      min: 'htxsnv',
      after,
      route,
    });
    if (ctx.subject.kind === 'individual') {
      initiatives(v, ctx, {
        criterion: 'five-initiatives-co-so',
        rule: 'A-BKTTg-1',
        citation: c,
        from: run.outcome === 'met' ? run.from : ctx.year - 4,
        to: ctx.year,
        scope: 'co-so',
        required: 5,
        allowScienceTopic: true,
        route,
      });
    } else {
      v.unverified(
        'A-BKTTg-1 (tập thể)',
        'A-BKTTg-1',
        'đã có Bằng khen cấp tỉnh và 05 năm liên tục hoàn thành xuất sắc nhiệm vụ',
      );
    }
    const law = cite('luat-39-2013-qh13', 1, 38);
    v.councilItem(
      'movement-achievement',
      'A-BKTTg-1',
      law,
      'council-movement-achievement',
      {},
      'thanh-tich-phong-trao',
    );
    v.councilItem('many-achievements', 'A-BKTTg-1', law, 'council-many-achievements', {}, 'nhieu-thanh-tich');
    v.warn('one-state-form-per-year');
  },
};
