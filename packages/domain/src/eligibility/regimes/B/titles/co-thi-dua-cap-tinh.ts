// Cờ thi đua cấp tỉnh (bộ, ngành) — regime B.
// B-CTDT-1 (Law 06/2022 Art. 26(1)-(2)): collectives leading the emulation movement of the khối/cụm
// organised by the ministry/province; detailed standard UNVERIFIED — default: ranked within the flags
// allotted to the cluster (flagsPerCluster) and at the Tập thể LĐXS level.
import { cite } from '../../../instruments.ts';
import { clusterRank, sameYearTitle } from '../../../predicates.ts';
import type { TitleRule } from '../../../rule.ts';

export const coThiDuaCapTinh: TitleRule = {
  target: 'co-thi-dua-cap-tinh',
  ruleIds: ['B-CTDT-1', 'R-CLU-1'],
  kinds: ['collective'],
  dependsOn: ['tap-the-lao-dong-xuat-sac'],
  evaluate(ctx, v) {
    const c = cite('luat-06-2022-qh15', 26, 1);
    clusterRank(v, ctx, { criterion: 'leads-cluster', rule: 'B-CTDT-1', citation: c });
    sameYearTitle(v, ctx, {
      criterion: 'holds-tap-the-lao-dong-xuat-sac',
      rule: 'B-CTDT-1',
      citation: cite('luat-06-2022-qh15', 26, 2),
      title: 'tap-the-lao-dong-xuat-sac',
    });
    v.councilItem('most-outstanding', 'B-CTDT-1', c, 'council-outstanding', { title: 'co-thi-dua-cap-tinh' });
    v.unverified(
      'B-CTDT-1',
      'B-CTDT-1',
      'dẫn đầu cụm, khối (trong số cờ được phân bổ) và đạt Tập thể lao động xuất sắc',
    );
  },
};
