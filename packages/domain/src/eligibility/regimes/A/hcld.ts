// Shared shape of the three classes of Huân chương Lao động under regime A (A-HCLD3-1, LOW confidence,
// U7): the lower form (BK Thủ tướng for hạng Ba, the lower class for hạng Nhì/Nhất), then 5 consecutive
// years HTXSNV, with either 2 initiatives of ministry/province scope or CSTĐ cấp tỉnh twice in that period.
// Every verdict carries the UNVERIFIED warning. Public consultation A-PUB-1.
import { cite } from '../../instruments.ts';
import { countTitles, initiatives, prerequisite, yearsRun } from '../../predicates.ts';
import type { TitleRule } from '../../rule.ts';
import type { TargetCode } from '../../types.ts';

export function hcldRuleA(target: TargetCode, lower: TargetCode, article: number, ruleId: string): TitleRule {
  return {
    target,
    ruleIds: [ruleId, 'A-PUB-1', 'R-KIND-1', 'R-ANN-1'],
    kinds: ['individual', 'collective'],
    dependsOn: ['chien-si-thi-dua-cap-tinh'],
    evaluate(ctx, v) {
      const c = cite('luat-15-2003-qh11', article);
      const pre = prerequisite(v, ctx, {
        criterion: `holds-${lower}`,
        rule: ruleId,
        citation: c,
        award: lower,
        yearsAfter: 5,
      });
      const prev = ctx.history.lastCovered(target, { meritOnly: true });
      const after = Math.max(pre.end ?? ctx.year - 5, prev?.end ?? -Infinity);
      const run = yearsRun(v, ctx, {
        criterion: 'five-years-htxsnv',
        rule: ruleId,
        citation: c,
        n: 5,
        min: 'htxsnv',
        after,
      });
      const from = run.outcome === 'met' ? run.from : ctx.year - 4;
      if (ctx.subject.kind === 'individual') {
        initiatives(v, ctx, {
          criterion: 'two-initiatives-cap-tinh',
          rule: ruleId,
          citation: c,
          from,
          to: ctx.year,
          scope: 'cap-tinh',
          required: 2,
          route: 'sang-kien-cap-tinh',
        });
        countTitles(v, ctx, {
          criterion: 'two-cstd-cap-tinh',
          rule: ruleId,
          citation: c,
          title: 'chien-si-thi-dua-cap-tinh',
          from,
          to: ctx.year,
          required: 2,
          route: 'hai-lan-cstd-cap-tinh',
        });
      }
      v.councilItem(
        'career-contribution',
        ruleId,
        ctx.params.congHienCitation,
        'council-cong-hien',
        {},
        'qua-trinh-cong-hien',
      );
      v.unverified(
        ruleId,
        'U7',
        'đã có hình thức liền kề thấp hơn, 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, 02 sáng kiến cấp tỉnh hoặc 02 lần CSTĐ cấp tỉnh',
      );
      v.warn('publicity-required', { days: 0 });
      v.warn('one-state-form-per-year');
    },
  };
}
