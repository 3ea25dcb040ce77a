// Lao động tiên tiến — regime A (years judged up to 2023).
// A-LDTT-1 standard (Law 2003 Art. 24; ND 91/2017 Art. 10(1)); A-LDTT-2/3/4 injury, training, maternity
// count as work (ND 91/2017 Art. 10(2)-(4)); A-LDTT-5 transfers (Art. 10(5)); A-LDTT-6 recruits < 10 months
// and discipline from khiển trách excluded (Art. 10(6)); A-LDTT-7 no national absence bar (agency option);
// A-LDTT-9 / A-REG-1 registration required (Law 2003 Art. 10(1)(b)).
import { cite } from '../../../instruments.ts';
import { ldttGate } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const laoDongTienTien: TitleRule = {
  target: 'lao-dong-tien-tien',
  ruleIds: [
    'A-LDTT-1',
    'A-LDTT-2',
    'A-LDTT-3',
    'A-LDTT-4',
    'A-LDTT-5',
    'A-LDTT-6',
    'A-LDTT-7',
    'A-LDTT-9',
    'A-REG-1',
  ],
  kinds: ['individual'],
  dependsOn: [],
  evaluate(ctx, v) {
    ldttGate(
      v,
      ctx,
      {
        standard: cite('nd-91-2017', 10, 1),
        specialCases: cite('nd-91-2017', 10, 4),
        disqualifiers: cite('nd-91-2017', 10, 6),
        registration: cite('luat-15-2003-qh11', 10, 1, 'b'),
        absence: cite('nd-91-2017', 10),
      },
      {
        standard: 'A-LDTT-1',
        months: 'A-LDTT-4',
        recruit: 'A-LDTT-6',
        discipline: 'A-LDTT-6',
        registration: 'A-REG-1',
        absence: 'A-LDTT-7',
        transfer: 'A-LDTT-5',
      },
    );
    v.councilItem('spirit-and-ethics', 'A-LDTT-1', cite('luat-15-2003-qh11', 24), 'council-spirit');
  },
};
