// Cờ thi đua cấp tỉnh (bộ, ngành) — regime A.
// A-CTDT-1 (Law 2003 Art. 26; ND 91/2017 Art. 12; TT 16/2018/TT-BCT Art. 10(2)(b)): the most outstanding
// collectives, through comparison inside the emulation cluster/block: ranked within the flags allotted to
// the cluster (agency option flagsPerCluster, default 1 — practice, MEDIUM) and at the Tập thể LĐXS level.
import { cite } from '../../../instruments.ts';
import { clusterRank, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const coThiDuaCapTinh: TitleRule = {
  target: 'co-thi-dua-cap-tinh',
  ruleIds: ['A-CTDT-1', 'R-CLU-1'],
  kinds: ['collective'],
  dependsOn: ['tap-the-lao-dong-xuat-sac'],
  evaluate(ctx, v) {
    const c = cite('nd-91-2017', 12);
    sameYearTitle(v, ctx, {
      criterion: 'holds-tap-the-lao-dong-xuat-sac',
      rule: 'A-CTDT-1',
      citation: c,
      title: 'tap-the-lao-dong-xuat-sac',
    });
    clusterRank(v, ctx, { criterion: 'leads-cluster', rule: 'A-CTDT-1', citation: c });
    v.councilItem('most-outstanding', 'A-CTDT-1', cite('luat-15-2003-qh11', 26), 'council-outstanding', {
      title: 'co-thi-dua-cap-tinh',
    });
  },
};
