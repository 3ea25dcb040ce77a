// Chiến sĩ thi đua cấp tỉnh (bộ, ban, ngành) — regime B.
// B-CSTDT-1 (Law 06/2022 Art. 22(1)-(2)): outstanding among persons with 3 consecutive CSTĐCS (not already
// used for a previous CSTĐ cấp tỉnh); an initiative or topic effective and replicable within the
// ministry/province, recognised by its head; the initiative's years are the streak's (UNVERIFIED default).
// B-CSTDT-2: council vote threshold UNVERIFIED (U1) — council.ts.
import { cite } from '../../../instruments.ts';
import { initiatives, streak } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const chienSiThiDuaCapTinh: TitleRule = {
  target: 'chien-si-thi-dua-cap-tinh',
  ruleIds: ['B-CSTDT-1', 'B-CSTDT-2'],
  kinds: ['individual'],
  dependsOn: ['chien-si-thi-dua-co-so'],
  evaluate(ctx, v) {
    streak(v, ctx, {
      criterion: 'three-consecutive-cstdcs',
      rule: 'B-CSTDT-1',
      citation: cite('luat-06-2022-qh15', 22, 1, 'a'),
      title: 'chien-si-thi-dua-co-so',
      n: 3,
      endYear: ctx.year,
      consumer: 'chien-si-thi-dua-cap-tinh',
    });
    initiatives(v, ctx, {
      criterion: 'initiative-cap-tinh',
      rule: 'B-CSTDT-1',
      citation: cite('luat-06-2022-qh15', 22, 1, 'b'),
      from: ctx.year - 2,
      to: ctx.year,
      scope: 'cap-tinh',
      required: 1,
      allowScienceTopic: false,
    });
    v.councilItem(
      'outstanding-among-candidates',
      'B-CSTDT-1',
      cite('luat-06-2022-qh15', 22, 1, 'a'),
      'council-outstanding',
      { title: 'chien-si-thi-dua-cap-tinh' },
    );
    v.councilItem(
      'initiative-scope-recognised',
      'B-CSTDT-1',
      cite('luat-06-2022-qh15', 22, 2),
      'council-initiative-scope',
      { scope: 'cap-tinh' },
    );
    v.unverified('B-CSTDT-2', 'U1', 'bỏ phiếu kín, từ 90% tổng số thành viên Hội đồng đồng ý');
  },
};
