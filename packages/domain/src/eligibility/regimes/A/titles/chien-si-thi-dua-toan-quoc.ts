// Chiến sĩ thi đua toàn quốc — regime A.
// A-CSTDTQ-1: 2 consecutive CSTĐ cấp tỉnh (≙ 6 consecutive CSTĐCS), proposed in the year of or the year
// after the second one (TT 07/2014 Art. 4(3)), with an initiative of nationwide influence (Law 2003
// Art. 21; ND 91/2017 Art. 9(1)). Secret ballot >= 90% (ND 91 Art. 45(8)); public consultation (A-PUB-1).
import { cite } from '../../../instruments.ts';
import { countTitles, initiatives, streak, titleOutcome } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaToanQuoc: TitleRule = {
  target: 'chien-si-thi-dua-toan-quoc',
  ruleIds: ['A-CSTDTQ-1', 'A-CSTDT-3', 'A-PUB-1'],
  kinds: ['individual'],
  dependsOn: ['chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-co-so'],
  evaluate(ctx, v) {
    const c = cite('nd-91-2017', 9, 1);
    // The second CSTĐ cấp tỉnh: this year's (engine) or last year's (history) — "năm liền kề".
    const z2 =
      titleOutcome(ctx, 'chien-si-thi-dua-cap-tinh', ctx.year) !== 'not-met' ||
      !ctx.history.has('chien-si-thi-dua-cap-tinh', ctx.year - 1)
        ? ctx.year
        : ctx.year - 1;
    countTitles(v, ctx, {
      criterion: 'two-consecutive-cstd-cap-tinh',
      rule: 'A-CSTDTQ-1',
      citation: c,
      title: 'chien-si-thi-dua-cap-tinh',
      from: z2 - 3,
      to: z2,
      required: 2,
    });
    streak(v, ctx, {
      criterion: 'six-consecutive-cstdcs',
      rule: 'A-CSTDTQ-1',
      citation: cite('tt-07-2014-bnv', 4, 3),
      title: 'chien-si-thi-dua-co-so',
      n: 6,
      endYear: z2,
      consumer: 'chien-si-thi-dua-toan-quoc',
    });
    initiatives(v, ctx, {
      criterion: 'initiative-toan-quoc',
      rule: 'A-CSTDTQ-1',
      citation: c,
      from: z2 - 5,
      to: ctx.year,
      scope: 'toan-quoc',
      required: 1,
      allowScienceTopic: false,
    });
    v.councilItem(
      'outstanding-among-candidates',
      'A-CSTDTQ-1',
      cite('luat-15-2003-qh11', 21),
      'council-outstanding',
      { title: 'chien-si-thi-dua-toan-quoc' },
    );
    v.councilItem('council-secret-ballot', 'A-CSTDT-3', cite('nd-91-2017', 45, 8), 'council-vote', {
      threshold: 'Bỏ phiếu kín, từ 90% tổng số thành viên Hội đồng trở lên đồng ý',
    });
    v.warn('publicity-required', { days: 0 });
  },
};
