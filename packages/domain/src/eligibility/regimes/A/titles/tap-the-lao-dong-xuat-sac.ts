// Tập thể lao động xuất sắc — regime A.
// A-TTLDXS-1 (Law 2003 Art. 27(1); TT 16/2018/TT-BCT Art. 10(2)(c)): excellent completion (unit rated
// HTXSNV); 100% members complete their tasks; >= 70% LĐTT; at least one CSTĐCS; no member disciplined
// from cảnh cáo up; solidarity and an effective movement — council. A-REG-1 registration.
import { cite } from '../../../instruments.ts';
import {
  memberHasCstdcs,
  memberShare,
  membersAllComplete,
  membersNoDiscipline,
  ratingAtLeast,
  registration,
} from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const tapTheLaoDongXuatSac: TitleRule = {
  target: 'tap-the-lao-dong-xuat-sac',
  ruleIds: ['A-TTLDXS-1', 'A-REG-1'],
  kinds: ['collective'],
  dependsOn: [],
  evaluate(ctx, v) {
    const c = cite('luat-15-2003-qh11', 27, 1);
    ratingAtLeast(v, ctx, {
      criterion: 'collective-rating-htxsnv',
      rule: 'A-TTLDXS-1',
      citation: c,
      year: ctx.year,
      required: 'htxsnv',
    });
    membersAllComplete(v, ctx, { criterion: 'all-members-complete-tasks', rule: 'A-TTLDXS-1', citation: c });
    memberShare(v, ctx, {
      criterion: 'members-ldtt-at-least-70',
      rule: 'A-TTLDXS-1',
      citation: c,
      title: 'lao-dong-tien-tien',
      share: 0.7,
      strict: false,
    });
    memberHasCstdcs(v, ctx, { criterion: 'member-cstdcs', rule: 'A-TTLDXS-1', citation: c });
    if (ctx.params.ttldxsDisciplineClause === 'blocking')
      membersNoDiscipline(v, ctx, {
        criterion: 'no-member-disciplined-from-canh-cao',
        rule: 'A-TTLDXS-1',
        citation: c,
        level: 'canh-cao',
        blocking: true,
      });
    registration(v, ctx, cite('luat-15-2003-qh11', 10, 1, 'b'), 'A-REG-1');
    v.councilItem('emulation-movement', 'A-TTLDXS-1', c, 'council-emulation-movement');
  },
};
