// Chiến sĩ thi đua toàn quốc — regime B.
// B-CSTDTQ-1 (Law 06/2022 Art. 21): among persons with 2 consecutive CSTĐ cấp bộ/tỉnh (≙ 6 consecutive
// CSTĐCS, the second in the judged year or the one before); initiative/topic of national influence.
// Publicity >= 10 working days in practice (B-PUB-1); council threshold UNVERIFIED (U1).
import { cite } from '../../../instruments.ts';
import { countTitles, initiatives, streak, titleOutcome } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaToanQuoc: TitleRule = {
  target: 'chien-si-thi-dua-toan-quoc',
  ruleIds: ['B-CSTDTQ-1', 'B-PUB-1'],
  kinds: ['individual'],
  dependsOn: ['chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-co-so'],
  evaluate(ctx, v) {
    const c = cite('luat-06-2022-qh15', 21, 1);
    const z2 =
      titleOutcome(ctx, 'chien-si-thi-dua-cap-tinh', ctx.year) !== 'not-met' ||
      !ctx.history.has('chien-si-thi-dua-cap-tinh', ctx.year - 1)
        ? ctx.year
        : ctx.year - 1;
    countTitles(v, ctx, {
      criterion: 'two-consecutive-cstd-cap-tinh',
      rule: 'B-CSTDTQ-1',
      citation: c,
      title: 'chien-si-thi-dua-cap-tinh',
      from: z2 - 3,
      to: z2,
      required: 2,
    });
    streak(v, ctx, {
      criterion: 'six-consecutive-cstdcs',
      rule: 'B-CSTDTQ-1',
      citation: c,
      title: 'chien-si-thi-dua-co-so',
      n: 6,
      endYear: z2,
      consumer: 'chien-si-thi-dua-toan-quoc',
    });
    initiatives(v, ctx, {
      criterion: 'initiative-toan-quoc',
      rule: 'B-CSTDTQ-1',
      citation: c,
      from: z2 - 5,
      to: ctx.year,
      scope: 'toan-quoc',
      required: 1,
      allowScienceTopic: false,
    });
    v.councilItem('outstanding-among-candidates', 'B-CSTDTQ-1', c, 'council-outstanding', {
      title: 'chien-si-thi-dua-toan-quoc',
    });
    v.councilItem(
      'initiative-scope-recognised',
      'B-CSTDTQ-1',
      cite('luat-06-2022-qh15', 21, 2),
      'council-initiative-scope',
      { scope: 'toan-quoc' },
    );
    v.warn('publicity-required', { days: 10 });
    v.unverified('B-CSTDT-2', 'U1', 'bỏ phiếu kín, từ 90% tổng số thành viên Hội đồng đồng ý');
  },
};
