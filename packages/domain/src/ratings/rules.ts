// Staff quality ratings (đánh giá, xếp loại chất lượng CBCCVC), rules.md §7. Pure: no I/O, no clock.
//   R-RATE-1 a person disciplined in the evaluation year is rated KHTNV (ND 90/2020 Art. 2(5) as inserted
//            by ND 48/2023, from the 2023 ratings on): warn when a higher rating is entered.
//   R-RATE-2 per unit: count(HTXSNV) <= floor(20% × count(rated HTTNV)); some agencies read the base as
//            "HTTNV or above" (agency setting). Exceeding the cap needs a reason.

export const RATING_LEVELS = ['htxsnv', 'httnv', 'htnv', 'khtnv'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, string> = {
  htxsnv: 'HTXSNV',
  httnv: 'HTTNV',
  htnv: 'HTNV',
  khtnv: 'KHTNV',
};

export const RATING_NAMES: Record<RatingLevel, string> = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
  httnv: 'Hoàn thành tốt nhiệm vụ',
  htnv: 'Hoàn thành nhiệm vụ',
  khtnv: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINE_LEVELS = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  'khien-trach': 'Khiển trách',
  'canh-cao': 'Cảnh cáo',
  'ha-bac-luong': 'Hạ bậc lương',
  'giang-chuc': 'Giáng chức',
  'cach-chuc': 'Cách chức',
  'buoc-thoi-viec': 'Buộc thôi việc',
};

/** Rank: 0 for HTXSNV (best) … 3 for KHTNV. */
export function ratingRank(r: RatingLevel): number {
  return RATING_LEVELS.indexOf(r);
}

/** What the 20% is taken of: those rated HTTNV (default reading) or those rated HTTNV or above. */
export type CapBase = 'httnv' | 'httnv-or-above';
export const CAP_BASES: readonly CapBase[] = ['httnv', 'httnv-or-above'];
export const DEFAULT_CAP_BASE: CapBase = 'httnv';
export const DEFAULT_CAP_PERCENT = 20;

export interface CapOptions {
  base?: CapBase;
  /** Whole percent, default 20. */
  percent?: number;
}

export interface HtxsnvCap {
  /** Ratings of HTXSNV in the unit. */
  used: number;
  /** floor(percent × baseCount / 100), computed on integers (no floating point). */
  allowed: number;
  /** Number of people counted in the base. */
  baseCount: number;
  base: CapBase;
  percent: number;
  exceeded: boolean;
  /** "HTXSNV: 3/3 đã dùng". */
  text: string;
}

/** R-RATE-2 for one unit's final ratings (null = not rated yet, not counted). */
export function htxsnvCap(
  ratings: readonly (RatingLevel | null | undefined)[],
  opts: CapOptions = {},
): HtxsnvCap {
  const base = opts.base ?? DEFAULT_CAP_BASE;
  const percent = opts.percent ?? DEFAULT_CAP_PERCENT;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`percent ${percent}`);
  let used = 0;
  let httnv = 0;
  for (const r of ratings) {
    if (r === 'htxsnv') used++;
    else if (r === 'httnv') httnv++;
  }
  const baseCount = base === 'httnv' ? httnv : httnv + used;
  const allowed = Math.floor((baseCount * percent) / 100);
  return {
    used,
    allowed,
    baseCount,
    base,
    percent,
    exceeded: used > allowed,
    text: `HTXSNV: ${used}/${allowed} đã dùng`,
  };
}

export type RatingWarningCode = 'disciplined-not-khtnv' | 'rating-cap-exceeded';

export interface RatingWarning {
  code: RatingWarningCode;
  /** R-RATE-1 or R-RATE-2 (rules.md §7). */
  rule: 'R-RATE-1' | 'R-RATE-2';
  personId: number | null;
  message: string;
}

export function capBaseText(base: CapBase): string {
  return base === 'httnv' ? 'số người xếp loại HTTNV' : 'số người xếp loại HTTNV trở lên';
}

export function capExceededMessage(cap: HtxsnvCap): string {
  return (
    `Số người xếp loại HTXSNV (${cap.used}) vượt tỷ lệ ${cap.percent}% ${capBaseText(cap.base)} ` +
    `(${cap.baseCount} người, tối đa ${cap.allowed}). Muốn vượt phải nêu lý do (R-RATE-2).`
  );
}

/** R-RATE-1 applies from the 2023 ratings (ND 48/2023 in force 15/09/2023, before the year-end rating). */
export const R_RATE_1_FROM_YEAR = 2023;

export interface RatedPerson {
  personId: number;
  name: string;
  year: number;
  /** The highest rating entered for the person (final, else proposed, else self). */
  rating: RatingLevel | null;
  disciplined: boolean;
}

/** R-RATE-1: a disciplined person rated above KHTNV → warning (the rating is not refused). */
export function disciplineWarning(p: RatedPerson): RatingWarning | null {
  if (!p.disciplined || p.rating === null || p.rating === 'khtnv' || p.year < R_RATE_1_FROM_YEAR) return null;
  return {
    code: 'disciplined-not-khtnv',
    rule: 'R-RATE-1',
    personId: p.personId,
    message:
      `${p.name} bị kỷ luật trong năm ${p.year} nên phải xếp loại KHTNV ` +
      `(đang nhập ${RATING_LABELS[p.rating]}; R-RATE-1, NĐ 90/2020 sửa đổi bởi NĐ 48/2023).`,
  };
}

/** Every warning for a unit's ratings: R-RATE-1 per person, then R-RATE-2 for the unit. */
export function ratingWarnings(
  people: readonly RatedPerson[],
  finals: readonly (RatingLevel | null)[],
  opts: CapOptions = {},
): { cap: HtxsnvCap; warnings: RatingWarning[] } {
  const warnings: RatingWarning[] = [];
  for (const p of people) {
    const w = disciplineWarning(p);
    if (w) warnings.push(w);
  }
  const cap = htxsnvCap(finals, opts);
  if (cap.exceeded)
    warnings.push({
      code: 'rating-cap-exceeded',
      rule: 'R-RATE-2',
      personId: null,
      message: capExceededMessage(cap),
    });
  return { cap, warnings };
}

/** "HTXSNV" / "Hoàn thành xuất sắc nhiệm vụ" / "xuất sắc" … → level (for imports); null when unknown. */
export function parseRating(text: string): RatingLevel | null {
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (!t) return null;
  const table: Record<string, RatingLevel> = {
    htxsnv: 'htxsnv',
    hoanthanhxuatsacnhiemvu: 'htxsnv',
    xuatsac: 'htxsnv',
    httnv: 'httnv',
    hoanthanhtotnhiemvu: 'httnv',
    tot: 'httnv',
    htnv: 'htnv',
    hoanthanhnhiemvu: 'htnv',
    hoanthanh: 'htnv',
    khtnv: 'khtnv',
    khonghoanthanhnhiemvu: 'khtnv',
    khonghoanthanh: 'khtnv',
  };
  return table[t] ?? null;
}
