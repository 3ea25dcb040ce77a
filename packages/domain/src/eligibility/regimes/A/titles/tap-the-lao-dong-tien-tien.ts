// Tập thể lao động tiên tiến — regime A.
// A-TTLDTT-1 (Law 2003 Art. 28(1)): (a) completes its tasks well; (b) effective emulation movement —
// council; (c) MORE THAN 50% of its individuals LĐTT and no individual disciplined from cảnh cáo up;
// (d) solidarity — council. A-REG-1 registration.
import { cite } from '../../../instruments.ts';
import { memberShare, membersNoDiscipline, ratingAtLeast, registration } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const tapTheLaoDongTienTien: TitleRule = {
  target: 'tap-the-lao-dong-tien-tien',
  ruleIds: ['A-TTLDTT-1', 'A-REG-1'],
  kinds: ['collective'],
  dependsOn: [],
  evaluate(ctx, v) {
    ratingAtLeast(v, ctx, {
      criterion: 'collective-rating-at-least-httnv',
      rule: 'A-TTLDTT-1',
      citation: cite('luat-15-2003-qh11', 28, 1, 'a'),
      year: ctx.year,
      required: 'httnv',
    });
    const c = cite('luat-15-2003-qh11', 28, 1, 'c');
    memberShare(v, ctx, {
      criterion: 'members-ldtt-over-half',
      rule: 'A-TTLDTT-1',
      citation: c,
      title: 'lao-dong-tien-tien',
      share: 0.5,
      strict: true,
    });
    membersNoDiscipline(v, ctx, {
      criterion: 'no-member-disciplined-from-canh-cao',
      rule: 'A-TTLDTT-1',
      citation: c,
      level: 'canh-cao',
      blocking: ctx.params.ttldttDisciplineClause === 'blocking',
    });
    registration(v, ctx, cite('luat-15-2003-qh11', 10, 1, 'b'), 'A-REG-1');
    v.councilItem(
      'emulation-movement',
      'A-TTLDTT-1',
      cite('luat-15-2003-qh11', 28, 1, 'b'),
      'council-emulation-movement',
    );
  },
};
