// Chiến sĩ thi đua cấp tỉnh (bộ, ban, ngành) — regime A.
// A-CSTDT-1: 3 consecutive CSTĐCS ending in the judged year, not already used for a previous CSTĐ cấp
// tỉnh, and an initiative with ministry/province scope (Law 2003 Art. 22; ND 91/2017 Art. 9(2)).
// A-CSTDT-3: secret ballot, >= 90% of all council members (ND 91/2017 Art. 45(8)) — council.ts.
// A-CSTDT-4: provincial caps — agency option cstdtQuotaShare (quotas.ts).
import { cite } from '../../../instruments.ts';
import { initiatives, streak } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaCapTinh: TitleRule = {
  target: 'chien-si-thi-dua-cap-tinh',
  ruleIds: ['A-CSTDT-1', 'A-CSTDT-2', 'A-CSTDT-3', 'A-CSTDT-4'],
  kinds: ['individual'],
  dependsOn: ['chien-si-thi-dua-co-so'],
  evaluate(ctx, v) {
    const c = cite('nd-91-2017', 9, 2);
    streak(v, ctx, {
      criterion: 'three-consecutive-cstdcs',
      rule: 'A-CSTDT-1',
      citation: c,
      title: 'chien-si-thi-dua-co-so',
      n: 3,
      endYear: ctx.year,
      consumer: 'chien-si-thi-dua-cap-tinh',
    });
    initiatives(v, ctx, {
      criterion: 'initiative-cap-tinh',
      rule: 'A-CSTDT-1',
      citation: c,
      from: ctx.year - 2,
      to: ctx.year,
      scope: 'cap-tinh',
      required: 1,
      allowScienceTopic: false,
    });
    v.councilItem(
      'outstanding-among-candidates',
      'A-CSTDT-1',
      cite('luat-15-2003-qh11', 22),
      'council-outstanding',
      { title: 'chien-si-thi-dua-cap-tinh' },
    );
    v.councilItem('council-secret-ballot', 'A-CSTDT-3', cite('nd-91-2017', 45, 8), 'council-vote', {
      threshold: 'Bỏ phiếu kín, từ 90% tổng số thành viên Hội đồng trở lên đồng ý',
    });
  },
};
