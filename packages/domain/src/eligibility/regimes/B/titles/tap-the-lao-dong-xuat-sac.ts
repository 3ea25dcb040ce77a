// Tập thể lao động xuất sắc — regime B.
// B-TTLDXS-1 (Law 06/2022 Art. 27(1)): (a) excellent completion (unit rated HTXSNV); (b) emulation —
// council; (c) 100% members complete their tasks, >= 70% LĐTT; (d) at least one CSTĐCS; (đ) solidarity —
// council. No discipline clause in the quoted 2022 text (param ttldxsDisciplineClause = off).
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
  ruleIds: ['B-TTLDXS-1', 'R-REG-2'],
  kinds: ['collective'],
  dependsOn: [],
  evaluate(ctx, v) {
    ratingAtLeast(v, ctx, {
      criterion: 'collective-rating-htxsnv',
      rule: 'B-TTLDXS-1',
      citation: cite('luat-06-2022-qh15', 27, 1, 'a'),
      year: ctx.year,
      required: 'htxsnv',
    });
    const cc = cite('luat-06-2022-qh15', 27, 1, 'c');
    membersAllComplete(v, ctx, { criterion: 'all-members-complete-tasks', rule: 'B-TTLDXS-1', citation: cc });
    memberShare(v, ctx, {
      criterion: 'members-ldtt-at-least-70',
      rule: 'B-TTLDXS-1',
      citation: cc,
      title: 'lao-dong-tien-tien',
      share: 0.7,
      strict: false,
    });
    memberHasCstdcs(v, ctx, {
      criterion: 'member-cstdcs',
      rule: 'B-TTLDXS-1',
      citation: cite('luat-06-2022-qh15', 27, 1, 'd'),
    });
    if (ctx.params.ttldxsDisciplineClause === 'blocking')
      membersNoDiscipline(v, ctx, {
        criterion: 'no-member-disciplined-from-canh-cao',
        rule: 'B-TTLDXS-1',
        citation: cc,
        level: 'canh-cao',
        blocking: true,
      });
    registration(v, ctx, cite('luat-06-2022-qh15', 7), 'R-REG-2');
    v.councilItem(
      'emulation-movement',
      'B-TTLDXS-1',
      cite('luat-06-2022-qh15', 27, 1, 'b'),
      'council-emulation-movement',
    );
  },
};
