// Quotas (every cap that applies, with its base and limit) and allocation when candidates exceed places.
//
// TIE-BREAK (style rule 7; pinned by quotas.test.ts), in this order:
//   1. higher rating of the judged year (HTXSNV before HTTNV …);
//   2. more titles/forms granted in the 3 previous achievement years (annulled ones excluded);
//   3. more initiatives recognised in the judged year;
//   4. name order as a last resort: given name (last word), then family name, by Intl.Collator('vi');
//   5. subject id (code units), so the order is total even for namesakes.
// An override (include/exclude a subject) must carry a non-empty reason; it never lets the allocation
// exceed the limit.
import { compareVietnamese, compareVietnameseNames, splitVietnameseName } from '../text/vietnamese.ts';
import { cite } from './instruments.ts';
import type { ResolvedOptions } from './options.ts';
import type { RegimeDef } from './regimes.ts';
import type { Allocation, QuotaEntry, QuotaRounding, Status } from './types.ts';

export interface QuotaCandidate {
  id: string;
  name: string;
  /** Index in RATINGS (higher is better), -1 unknown. */
  rating: number;
  recentTitles: number;
  initiatives: number;
  isLeader: boolean;
}

export interface Override {
  subject: string;
  action: 'include' | 'exclude';
  reason: string;
}

export type AllocationErrorCode =
  'override-reason-required' | 'override-unknown-subject' | 'override-exceeds-quota';

export class AllocationError extends Error {
  readonly code: AllocationErrorCode;
  readonly subject: string;
  constructor(code: AllocationErrorCode, subject: string, message: string) {
    super(message);
    this.code = code;
    this.subject = subject;
  }
}

export const TIE_BREAK_VI =
  'xếp loại năm xét cao hơn; nhiều danh hiệu, hình thức khen thưởng hơn trong 3 năm trước; nhiều sáng kiến được công nhận trong năm hơn; tên (rồi họ, đệm) theo thứ tự tiếng Việt; mã';

export function compareCandidates(a: QuotaCandidate, b: QuotaCandidate): number {
  return (
    b.rating - a.rating ||
    b.recentTitles - a.recentTitles ||
    b.initiatives - a.initiatives ||
    compareVietnameseNames(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** share × base turned into places; the law's "không quá" reads as floor. Guarded against 0.15 × 40 = 6.000…1. */
export function quotaLimit(share: number, base: number, rounding: QuotaRounding): number {
  const x = share * base;
  switch (rounding) {
    case 'floor':
      return Math.floor(x + 1e-9);
    case 'round':
      return Math.round(x);
    case 'ceil':
      return Math.ceil(x - 1e-9);
  }
}

/** Rank the candidates and keep `limit` of them; overrides first (each with a reason). */
export function allocate(
  candidates: readonly QuotaCandidate[],
  limit: number,
  overrides: readonly Override[] = [],
): Allocation {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const o of overrides) {
    if (o.reason.trim() === '')
      throw new AllocationError(
        'override-reason-required',
        o.subject,
        `Điều chỉnh danh sách cho ${o.subject} phải ghi rõ lý do.`,
      );
    if (!byId.has(o.subject))
      throw new AllocationError(
        'override-unknown-subject',
        o.subject,
        `${o.subject} không có trong danh sách đủ điều kiện.`,
      );
    (o.action === 'include' ? include : exclude).add(o.subject);
  }
  if (include.size > limit)
    throw new AllocationError(
      'override-exceeds-quota',
      [...include][0] ?? '',
      `Số người được đưa vào (${include.size}) vượt chỉ tiêu ${limit}.`,
    );
  // Name keys computed once per candidate (splitting names inside the comparator is costly on 10^5 people).
  const keyed = candidates.map((c) => ({ c, ...splitVietnameseName(c.name) }));
  keyed.sort(
    (x, y) =>
      y.c.rating - x.c.rating ||
      y.c.recentTitles - x.c.recentTitles ||
      y.c.initiatives - x.c.initiatives ||
      compareVietnamese(x.given, y.given) ||
      compareVietnamese(x.family, y.family) ||
      compareVietnamese(x.c.name, y.c.name) ||
      (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0),
  );
  const ranked = keyed.map((k) => k.c);
  const selected: string[] = ranked.filter((c) => include.has(c.id)).map((c) => c.id);
  for (const c of ranked) {
    if (selected.length >= limit) break;
    if (include.has(c.id) || exclude.has(c.id)) continue;
    selected.push(c.id);
  }
  const chosen = new Set(selected);
  const a: Allocation = {
    selected,
    notSelected: ranked.filter((c) => !chosen.has(c.id)).map((c) => c.id),
    tieBreak: TIE_BREAK_VI,
  };
  if (overrides.length > 0)
    a.overrides = overrides.map((o) => ({ subject: o.subject, action: o.action, reason: o.reason.trim() }));
  return a;
}

/** Accumulates what the caps need while subjects stream by. */
export class QuotaTracker {
  private ldttBase = 0;
  private cstdcsBase = 0;
  private readonly cstdcsCandidates: QuotaCandidate[] = [];
  private readonly cstdtCandidates: QuotaCandidate[] = [];
  private coTinh = 0;
  private readonly coCpCandidates: QuotaCandidate[] = [];
  private readonly regime: RegimeDef;
  private readonly options: ResolvedOptions;
  private readonly scope: string;
  private readonly year: number;
  private readonly judged: { cstdcs: boolean; cstdt: boolean; coChinhPhu: boolean };

  constructor(
    regime: RegimeDef,
    options: ResolvedOptions,
    scope: string,
    year: number,
    judged: { cstdcs: boolean; cstdt: boolean; coChinhPhu: boolean },
  ) {
    this.regime = regime;
    this.options = options;
    this.scope = scope;
    this.year = year;
    this.judged = judged;
  }

  private individuals = 0;
  private collectives = 0;

  addIndividual(
    s: { ldtt: Status; cstdcs: Status; isLeader: boolean },
    keys: QuotaCandidate,
    cstdt: Status | undefined,
  ): void {
    this.individuals++;
    const leaderOut = s.isLeader && this.options.quotaExcludesLeaders;
    if (s.ldtt === 'eligible' && !leaderOut) this.ldttBase++;
    if (s.cstdcs === 'eligible') {
      this.cstdcsBase++;
      if (!(s.isLeader && this.options.leadersOutsideQuota)) this.cstdcsCandidates.push(keys);
    }
    if (cstdt === 'eligible') this.cstdtCandidates.push(keys);
  }

  addCollective(id: string, coTinh: Status | undefined, coCp: Status | undefined): void {
    this.collectives++;
    if (coTinh === 'eligible') this.coTinh++;
    if (coCp === 'eligible')
      this.coCpCandidates.push({ id, name: id, rating: 0, recentTitles: 0, initiatives: 0, isLeader: false });
  }

  entries(): QuotaEntry[] {
    const out: QuotaEntry[] = [];
    const r = this.options.quotaRounding;
    const a = this.regime.id === 'A';
    const push = (e: QuotaEntry, candidates: QuotaCandidate[]) => {
      e.candidates = candidates.length;
      if (candidates.length > e.limit) e.allocation = allocate(candidates, e.limit);
      out.push(e);
    };
    const cs = this.options.cstdcsQuotaShare;
    if (this.judged.cstdcs && cs !== null && this.individuals > 0) {
      // A-CSTDCS-2 (ND 91/2017 Art. 9(3)); regime B: the agency's own cap (B-CSTDCS-2), cited to Law Art. 23.
      push(
        {
          target: 'chien-si-thi-dua-co-so',
          scope: this.scope,
          base: this.ldttBase,
          limit: quotaLimit(cs, this.ldttBase, r),
          citation: a ? cite('nd-91-2017', 9, 3) : cite('luat-06-2022-qh15', 23),
          share: cs,
          rounding: r,
        },
        this.cstdcsCandidates,
      );
    }
    const ct = this.options.cstdtQuotaShare;
    if (this.judged.cstdt && ct !== null && this.individuals > 0) {
      // A-CSTDT-4: a provincial cap relative to CSTĐCS (agency/province option).
      push(
        {
          target: 'chien-si-thi-dua-cap-tinh',
          scope: this.scope,
          base: this.cstdcsBase,
          limit: quotaLimit(ct, this.cstdcsBase, r),
          citation: a ? cite('nd-91-2017', 9, 2) : cite('luat-06-2022-qh15', 22),
          share: ct,
          rounding: r,
        },
        this.cstdtCandidates,
      );
    }
    const cp = this.options.coChinhPhuQuotaShare;
    if (this.judged.coChinhPhu && cp !== null && this.collectives > 0) {
      // A-CTDCP-2 / U5 (UNVERIFIED): proposals <= share of the collectives meeting the provincial flag standard.
      push(
        {
          target: 'co-thi-dua-chinh-phu',
          scope: this.scope,
          base: this.coTinh,
          limit: quotaLimit(cp, this.coTinh, r),
          citation: a ? cite('tt-07-2014-bnv', 4) : cite('luat-06-2022-qh15', 25, 4),
          share: cp,
          rounding: r,
          unverified: true,
        },
        this.coCpCandidates,
      );
    }
    void this.year;
    return out;
  }
}
