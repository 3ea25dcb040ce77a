// Tập thể lao động tiên tiến — regime B.
// B-TTLDTT-1 (Law 06/2022 Art. 28(1)): completes its tasks well; active emulation — council; MORE THAN 50%
// of members LĐTT; solidarity — council. Whether the "no member disciplined from cảnh cáo" clause survived is
// UNVERIFIED (U4): it is applied as a warning only (param ttldttDisciplineClause). Registration R-REG-2.
import { cite } from '../../../instruments.ts';
import { memberShare, membersNoDiscipline, ratingAtLeast, registration } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const tapTheLaoDongTienTien: TitleRule = {
  target: 'tap-the-lao-dong-tien-tien',
  ruleIds: ['B-TTLDTT-1', 'R-REG-2'],
  kinds: ['collective'],
  dependsOn: [],
  evaluate(ctx, v) {
    const c = cite('luat-06-2022-qh15', 28, 1);
    ratingAtLeast(v, ctx, {
      criterion: 'collective-rating-at-least-httnv',
      rule: 'B-TTLDTT-1',
      citation: c,
      year: ctx.year,
      required: 'httnv',
    });
    memberShare(v, ctx, {
      criterion: 'members-ldtt-over-half',
      rule: 'B-TTLDTT-1',
      citation: c,
      title: 'lao-dong-tien-tien',
      share: 0.5,
      strict: true,
    });
    const blocking = ctx.params.ttldttDisciplineClause === 'blocking';
    const before = v.warnings.length;
    membersNoDiscipline(v, ctx, {
      criterion: 'no-member-disciplined-from-canh-cao',
      rule: 'B-TTLDTT-1',
      citation: c,
      level: 'canh-cao',
      blocking,
    });
    if (!blocking && v.warnings.length > before)
      v.unverified('B-TTLDTT-1', 'U4', 'thành viên bị kỷ luật từ cảnh cáo chỉ được cảnh báo, không loại');
    registration(v, ctx, cite('luat-06-2022-qh15', 7), 'R-REG-2');
    v.councilItem('emulation-movement', 'B-TTLDTT-1', c, 'council-emulation-movement');
  },
};
