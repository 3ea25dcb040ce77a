// Bằng khen của Thủ tướng Chính phủ — regime B.
// B-BKTTg-1 (Law 06/2022 Art. 73(1)(b)): already holds a Bằng khen cấp bộ/tỉnh (not annulled, not
// đợt/chuyên đề — R-ANN-1, R-KIND-1), and >= 5 consecutive years up to the proposal rated HTTNV or above,
// within which 3 times CSTĐCS; the window starts after that Bằng khen's achievement period (ND 98/2023
// Art. 30(9)) and after any previous Bằng khen Thủ tướng. Note the change from A (5 × HTXSNV + 5 initiatives).
// Collective (UNVERIFIED): Bằng khen cấp tỉnh, then 5 consecutive years HTTNV+ with 3 × Tập thể LĐXS.
import { cite } from '../../../instruments.ts';
import { countTitles, prerequisite, yearsRun } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const bangKhenThuTuong: TitleRule = {
  target: 'bang-khen-thu-tuong',
  ruleIds: ['B-BKTTg-1', 'R-KIND-1', 'R-ANN-1', 'R-WIN-1'],
  kinds: ['individual', 'collective'],
  dependsOn: ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'],
  evaluate(ctx, v) {
    const c = cite('luat-06-2022-qh15', 73, 1, 'b');
    const pre = prerequisite(v, ctx, {
      criterion: 'holds-bang-khen-cap-tinh',
      rule: 'B-BKTTg-1',
      citation: c,
      award: 'bang-khen-cap-tinh',
      yearsAfter: 5,
    });
    const prev = ctx.history.lastCovered('bang-khen-thu-tuong', { meritOnly: true });
    const after = Math.max(pre.end ?? ctx.year - 5, prev?.end ?? -Infinity);
    const run = yearsRun(v, ctx, {
      criterion: 'five-years-httnv',
      rule: 'B-BKTTg-1',
      citation: c,
      n: 5,
      min: 'httnv',
      after,
    });
    const from = run.outcome === 'met' ? run.from : ctx.year - 4;
    const title = ctx.subject.kind === 'individual' ? 'chien-si-thi-dua-co-so' : 'tap-the-lao-dong-xuat-sac';
    countTitles(v, ctx, {
      criterion: 'three-times-in-period',
      rule: 'B-BKTTg-1',
      citation: c,
      title,
      from,
      to: ctx.year,
      required: 3,
    });
    if (ctx.subject.kind === 'collective')
      v.unverified(
        'B-BKTTg-1 (tập thể)',
        'B-BKTTg-1',
        'đã có Bằng khen cấp tỉnh, 05 năm liên tục hoàn thành tốt nhiệm vụ, trong đó 03 lần Tập thể lao động xuất sắc',
      );
    v.councilItem(
      'movement-achievement',
      'B-BKTTg-1',
      cite('luat-06-2022-qh15', 73, 1),
      'council-movement-achievement',
      {},
      'thanh-tich-phong-trao',
    );
    v.warn('one-state-form-per-year');
  },
};
