// agency.options resolved against the regime's legal defaults (interchange.md; rules.md §11.2 "three layers").
import type { RegimeDef } from './regimes.ts';
import type { AgencyOptions, QuotaRounding } from './types.ts';

export interface ResolvedOptions {
  cstdcsRequiresInitiative: boolean;
  cstdcsQuotaShare: number | null;
  quotaExcludesLeaders: boolean;
  leadersOutsideQuota: boolean;
  absenceDaysLimit: number | null;
  quotaRounding: QuotaRounding;
  cstdtQuotaShare: number | null;
  flagsPerCluster: number;
  coChinhPhuQuotaShare: number | null;
  registrationRequired: boolean;
  judgeByDecisionDate: boolean;
}

export function resolveOptions(o: AgencyOptions | undefined, regime: RegimeDef): ResolvedOptions {
  const opts = o ?? {};
  const legalCap = regime.params.cstdcsQuotaShare;
  let share = opts.cstdcsQuotaShare === undefined ? legalCap : opts.cstdcsQuotaShare;
  // A-CSTDCS-2: "không quá 15%" is a legal ceiling; a local rule may be stricter, never looser.
  if (legalCap !== null && (share === null || share > legalCap)) share = legalCap;
  const excl = opts.quotaExcludesLeaders ?? false;
  return {
    cstdcsRequiresInitiative: opts.cstdcsRequiresInitiative ?? false,
    cstdcsQuotaShare: share,
    quotaExcludesLeaders: excl,
    leadersOutsideQuota: opts.leadersOutsideQuota ?? excl,
    absenceDaysLimit: opts.absenceDaysLimit ?? null,
    quotaRounding: opts.quotaRounding ?? 'floor',
    cstdtQuotaShare: opts.cstdtQuotaShare ?? null,
    flagsPerCluster: opts.flagsPerCluster ?? 1,
    coChinhPhuQuotaShare:
      opts.coChinhPhuQuotaShare === undefined
        ? regime.params.coChinhPhuQuotaShare
        : opts.coChinhPhuQuotaShare,
    registrationRequired: opts.registrationRequired ?? false,
    judgeByDecisionDate: opts.judgeByDecisionDate ?? true,
  };
}
