// Lao động tiên tiến — regime B (from 01/01/2024; B2 inherits it).
// B-LDTT-1 (Law 06/2022 Art. 24(1)): rated HTTNV or above + spirit criterion (council). B-LDTT-2/3/4
// injury, training, maternity count as work; B-LDTT-5 transfers; B-LDTT-6 recruits < 6 months excluded
// (TT 01/2024/TT-BNV; article number UNVERIFIED, U2); B-LDTT-7 discipline (UNVERIFIED wording, default:
// from khiển trách); B-LDTT-9 / R-REG-2 registration is only a warning; absence limit = agency option.
import { cite } from '../../../instruments.ts';
import { ldttGate } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const laoDongTienTien: TitleRule = {
  target: 'lao-dong-tien-tien',
  ruleIds: [
    'B-LDTT-1',
    'B-LDTT-2',
    'B-LDTT-3',
    'B-LDTT-4',
    'B-LDTT-5',
    'B-LDTT-6',
    'B-LDTT-7',
    'B-LDTT-9',
    'R-REG-2',
  ],
  kinds: ['individual'],
  dependsOn: [],
  evaluate(ctx, v) {
    ldttGate(
      v,
      ctx,
      {
        standard: cite('luat-06-2022-qh15', 24, 1, 'a'),
        specialCases: ctx.params.ldttSpecialCases,
        disqualifiers: ctx.params.ldttSpecialCases,
        registration: cite('luat-06-2022-qh15', 7),
        absence: cite('luat-06-2022-qh15', 24),
      },
      {
        standard: 'B-LDTT-1',
        months: 'B-LDTT-4',
        recruit: 'B-LDTT-6',
        discipline: 'B-LDTT-7',
        registration: 'R-REG-2',
        absence: 'B-LDTT-7',
        transfer: 'B-LDTT-5',
      },
    );
    v.councilItem('spirit-and-ethics', 'B-LDTT-1', cite('luat-06-2022-qh15', 24, 1, 'b'), 'council-spirit');
  },
};
