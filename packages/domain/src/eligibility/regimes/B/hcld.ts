// Shared shape of the three classes of Huân chương Lao động under regime B.
// B-HCLD3-1 (Law 06/2022 Art. 44(1)(e), HIGH): already holds BK Thủ tướng, then >= 5 consecutive years
// rated HTTNV or above up to the proposal, within which >= 1 year HTXSNV and 3 times CSTĐCS. Hạng Nhì
// (Art. 43) and hạng Nhất (Art. 42) follow the same structure over the lower class (MEDIUM for the
// numbering, counts UNVERIFIED). B-HCLD3-2: career contribution (position × years tables, council;
// B: Law Art. 44(1)(g) via ND 98/2023, B2: ND 152/2025 Art. 21). B-PUB-1: publicity >= 10 working days.
// Collective (UNVERIFIED): the lower form, then 5 consecutive years HTTNV+ with >= 1 HTXSNV and 3 × Tập thể LĐXS.
import { cite } from '../../instruments.ts';
import { countHtxsnv, countTitles, prerequisite, yearsRun } from '../../predicates.ts';
import type { TitleRule } from '../../rule.ts';
import type { TargetCode } from '../../types.ts';

export function hcldRuleB(
  target: TargetCode,
  lower: TargetCode,
  article: number,
  point: string | undefined,
  ruleId: string,
  verified: boolean,
): TitleRule {
  return {
    target,
    ruleIds: [ruleId, 'B-HCLD3-2', 'B-PUB-1', 'R-KIND-1', 'R-ANN-1'],
    kinds: ['individual', 'collective'],
    dependsOn: ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'],
    evaluate(ctx, v) {
      const c =
        point === undefined
          ? cite('luat-06-2022-qh15', article, 1)
          : cite('luat-06-2022-qh15', article, 1, point);
      const route = 'thanh-tich';
      const pre = prerequisite(v, ctx, {
        criterion: `holds-${lower}`,
        rule: ruleId,
        citation: c,
        award: lower,
        yearsAfter: 5,
        route,
      });
      const prev = ctx.history.lastCovered(target, { meritOnly: true });
      const after = Math.max(pre.end ?? ctx.year - 5, prev?.end ?? -Infinity);
      const run = yearsRun(v, ctx, {
        criterion: 'five-years-httnv',
        rule: ruleId,
        citation: c,
        n: 5,
        min: 'httnv',
        after,
        route,
      });
      const from = run.outcome === 'met' ? run.from : ctx.year - 4;
      countHtxsnv(v, ctx, {
        criterion: 'one-year-htxsnv',
        rule: ruleId,
        citation: c,
        from,
        to: ctx.year,
        required: 1,
        route,
      });
      const title =
        ctx.subject.kind === 'individual' ? 'chien-si-thi-dua-co-so' : 'tap-the-lao-dong-xuat-sac';
      countTitles(v, ctx, {
        criterion: 'three-times-in-period',
        rule: ruleId,
        citation: c,
        title,
        from,
        to: ctx.year,
        required: 3,
        route,
      });
      v.councilItem(
        'career-contribution',
        'B-HCLD3-2',
        ctx.params.congHienCitation,
        'council-cong-hien',
        {},
        'qua-trinh-cong-hien',
      );
      if (!verified || ctx.subject.kind === 'collective')
        v.unverified(
          ruleId,
          ruleId,
          'đã có hình thức liền kề thấp hơn, 05 năm liên tục từ hoàn thành tốt nhiệm vụ, trong đó ít nhất 01 năm hoàn thành xuất sắc và 03 lần CSTĐCS (tập thể: Tập thể LĐXS)',
        );
      v.warn('publicity-required', { days: 10 });
      v.warn('one-state-form-per-year');
    },
  };
}
