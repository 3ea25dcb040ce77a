// The legal regimes as DATA (rules.md §1, R-REG-1): which instruments are in force, from when, and every
// per-regime parameter the rules read. No rule compares years; rules read `ctx.regime.params`.
import { cite } from './instruments.ts';
import type { Citation, RegimeId } from './types.ts';

export interface RegimeParams {
  /** The framework law and the detailing decree in force. */
  law: 'luat-15-2003-qh11' | 'luat-06-2022-qh15';
  decree: 'nd-91-2017' | 'nd-98-2023' | 'nd-152-2025';
  /** A-LDTT-6: 10 months; B-LDTT-6: 6 months. Also the months a leaver must have worked (U13). */
  recruitMinMonths: number;
  /** A-REG-1 blocking; R-REG-2 warning only. */
  registration: 'blocking' | 'warning';
  /** A-CSTDCS-1: an initiative is mandatory; B-CSTDCS-1: HTXSNV is an alternative route. */
  cstdcsInitiativeMandatory: boolean;
  /** A-CSTDCS-2: 15% of LĐTT; B-CSTDCS-2: no national cap (U3). */
  cstdcsQuotaShare: number | null;
  /** A-TTLDTT-1: no member disciplined from cảnh cáo; B: U4 — kept as a warning. */
  ttldttDisciplineClause: 'blocking' | 'warning';
  /** A-TTLDXS-1 has the clause; B-TTLDXS-1's text does not. */
  ttldxsDisciplineClause: 'blocking' | 'off';
  /** A-LDTT-3: a training course counts only with a result >= khá; B-LDTT-3: with good discipline. */
  trainingNeedsKha: boolean;
  /** R-RATE-1 (ND 48/2023): discipline in the year forces KHTNV; a higher rating is flagged. */
  disciplineForcesKhtnv: boolean;
  /** A-KNC-1 / U15: years in the sector for the Công Thương medal. */
  kncYears: { nam: number; nu: number; hazardous: number };
  /** A-KNC-1 / U15: months not counted for a discipline recorded only by year (no from/to). */
  kncDisciplineMonthsDefault: number;
  /** A-CTDCP-2 / U5: share of provincial-flag collectives that may be proposed for Cờ thi đua Chính phủ. */
  coChinhPhuQuotaShare: number | null;
  /** R-WIN-1 (B) / U9 (A): where the window rule is written. */
  windowCitation: Citation;
  windowUnverified: boolean;
  /** A-PUB-1 / B-PUB-1 (B2: ND 152/2025 Art. 60(3)). */
  publicityCitation: Citation;
  /** B-HCLD3-2: career-contribution tables (B: ND 98/2023; B2: ND 152/2025 Art. 21). */
  congHienCitation: Citation;
  /** The instrument whose article covers LĐTT special cases (recruits, maternity, injury, training). */
  ldttSpecialCases: Citation;
  /** A-PUB-1: public consultation, no day count (null); B-PUB-1: published >= 10 working days before the council. */
  publicityWorkingDays: number | null;
  /** rules.md §3.5 / ND 48/2023 logic: a discipline decided in Y+1 for a Y violation already used in Y is not counted again (B: on, MEDIUM). */
  disciplineViolationYearException: boolean;
  /** A-TIME-1 (ND 91/2017 Art. 48, MEDIUM) / U8 (regime B, UNVERIFIED): working days to appraise a complete dossier. */
  appraisalWorkingDays: number;
  appraisalCitation: Citation;
  appraisalUnverified: boolean;
  /** A-DOS-1/2 (ND 91/2017) / B (Law 06/2022 Art. 84 + ND 98/2023): the article on dossiers. */
  dossierCitation: Citation;
  /** A-SIMP-1 / B-SIMP-1: the article allowing the simplified procedure. */
  simplifiedCitation: Citation;
  simplifiedConfidence: 'HIGH' | 'MEDIUM';
}

export interface RegimeDef {
  id: RegimeId;
  /** First and last day of judgement (ISO), null = open. */
  from: string | null;
  to: string | null;
  label: string;
  instruments: string[];
  /** B2 inherits B's rules and parameters except these (rules.md §1.3: "B2 inherits B unless confirmed"). */
  inherits?: RegimeId;
  params: RegimeParams;
}

const A_PARAMS: RegimeParams = {
  law: 'luat-15-2003-qh11',
  decree: 'nd-91-2017',
  recruitMinMonths: 10,
  registration: 'blocking',
  cstdcsInitiativeMandatory: true,
  cstdcsQuotaShare: 0.15,
  ttldttDisciplineClause: 'blocking',
  ttldxsDisciplineClause: 'blocking',
  trainingNeedsKha: true,
  disciplineForcesKhtnv: false,
  kncYears: { nam: 20, nu: 15, hazardous: 10 },
  kncDisciplineMonthsDefault: 12,
  coChinhPhuQuotaShare: 0.2,
  windowCitation: cite('tt-12-2019-bnv', 4),
  windowUnverified: true,
  publicityCitation: cite('nd-91-2017', 45, 10),
  congHienCitation: cite('luat-15-2003-qh11', 44),
  ldttSpecialCases: cite('nd-91-2017', 10),
  publicityWorkingDays: null,
  disciplineViolationYearException: false,
  appraisalWorkingDays: 20,
  appraisalCitation: cite('nd-91-2017', 48),
  appraisalUnverified: false,
  dossierCitation: cite('nd-91-2017', 50),
  simplifiedCitation: cite('luat-15-2003-qh11', 85),
  simplifiedConfidence: 'HIGH',
};

const B_PARAMS: RegimeParams = {
  law: 'luat-06-2022-qh15',
  decree: 'nd-98-2023',
  recruitMinMonths: 6,
  registration: 'warning',
  cstdcsInitiativeMandatory: false,
  cstdcsQuotaShare: null,
  ttldttDisciplineClause: 'warning',
  ttldxsDisciplineClause: 'off',
  trainingNeedsKha: false,
  disciplineForcesKhtnv: true,
  kncYears: { nam: 20, nu: 15, hazardous: 10 },
  kncDisciplineMonthsDefault: 12,
  coChinhPhuQuotaShare: 0.2,
  windowCitation: cite('nd-98-2023', 30, 9),
  windowUnverified: false,
  publicityCitation: cite('nd-98-2023', 46, 2),
  congHienCitation: cite('luat-06-2022-qh15', 44, 1, 'g'),
  ldttSpecialCases: cite('tt-01-2024-bnv', 3),
  publicityWorkingDays: 10,
  disciplineViolationYearException: true,
  // U8: ND 98/2023's procedure article and its number of days are UNVERIFIED; cited to the Law's dossier article.
  appraisalWorkingDays: 20,
  appraisalCitation: cite('luat-06-2022-qh15', 84),
  appraisalUnverified: true,
  dossierCitation: cite('luat-06-2022-qh15', 84),
  simplifiedCitation: cite('luat-06-2022-qh15', 85),
  simplifiedConfidence: 'MEDIUM',
};

/** B2's differences from B, as data (the rest is inherited). */
const B2_OVERRIDES: Partial<RegimeParams> = {
  decree: 'nd-152-2025',
  publicityCitation: cite('nd-152-2025', 60, 3),
  congHienCitation: cite('nd-152-2025', 21),
};

export const REGIMES: readonly RegimeDef[] = [
  {
    id: 'A',
    from: null,
    to: '2023-12-31',
    label: 'Luật TĐKT 2003 (sửa đổi 2013), NĐ 91/2017/NĐ-CP, TT 12/2019/TT-BNV',
    instruments: [
      'luat-15-2003-qh11',
      'luat-39-2013-qh13',
      'nd-91-2017',
      'tt-12-2019-bnv',
      'nd-90-2020',
      'nd-48-2023',
    ],
    params: A_PARAMS,
  },
  {
    id: 'B',
    from: '2024-01-01',
    to: '2025-06-30',
    label: 'Luật TĐKT 2022, NĐ 98/2023/NĐ-CP, TT 01/2024/TT-BNV',
    instruments: ['luat-06-2022-qh15', 'nd-98-2023', 'tt-01-2024-bnv', 'nd-90-2020', 'nd-48-2023'],
    params: B_PARAMS,
  },
  {
    id: 'B2',
    from: '2025-07-01',
    to: null,
    label: 'Luật TĐKT 2022, NĐ 152/2025/NĐ-CP',
    instruments: ['luat-06-2022-qh15', 'nd-152-2025', 'tt-01-2024-bnv', 'nd-90-2020', 'nd-48-2023'],
    inherits: 'B',
    params: { ...B_PARAMS, ...B2_OVERRIDES },
  },
];

export function regimeById(id: RegimeId): RegimeDef {
  const r = REGIMES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown regime ${id}`);
  return r;
}

/**
 * R-REG-1: the date of judgement (evaluatedOn, else 31/12 of the year) picks the regime; a judgement can
 * never be earlier than the year it judges, so the date used is max(evaluatedOn, 01/01 of year).
 * ISO dates compare as strings.
 */
export function judgementDate(year: number, evaluatedOn?: string): string {
  const start = `${String(year).padStart(4, '0')}-01-01`;
  const date = evaluatedOn ?? `${String(year).padStart(4, '0')}-12-31`;
  return date < start ? start : date;
}

export function pickRegime(year: number, evaluatedOn?: string): RegimeDef {
  const d = judgementDate(year, evaluatedOn);
  for (const r of REGIMES) {
    if ((r.from === null || r.from <= d) && (r.to === null || d <= r.to)) return r;
  }
  throw new Error(`no regime for ${d}`); // unreachable: the table covers every date
}

/** True when an achievement year of the old regime is judged under a newer one (flagged, R-REG-1 MEDIUM). */
export function isCrossRegime(year: number, regime: RegimeDef): boolean {
  const a = regimeById('A');
  return regime.id !== 'A' && a.to !== null && `${year}-12-31` <= a.to;
}
