// Types of the eligibility engine: the tdkt-history/1 input and the tdkt-eligibility/1 output
// (../shared/interchange.md is the contract; these types follow it field by field).

export const RATINGS = ['khtnv', 'htnv', 'httnv', 'htxsnv'] as const; // lowest first
export type Rating = (typeof RATINGS)[number];

export const DISCIPLINE_LEVELS = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
] as const; // lightest first
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export const INITIATIVE_SCOPES = ['co-so', 'cap-tinh', 'toan-quoc'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_STATUSES = ['registered', 'recognized', 'rejected'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const AWARD_KINDS = [
  'cong-trang',
  'chuyen-de',
  'dot-xuat',
  'cong-hien',
  'nien-han',
  'doi-ngoai',
] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_STATUSES = ['granted', 'annulled'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const INDIVIDUAL_TARGETS = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'giay-khen',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
  'ky-niem-chuong-cong-thuong',
] as const;
export const COLLECTIVE_TARGETS = [
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'giay-khen',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
] as const;
/** Every code of interchange.md, in the order of that file. */
export const TARGETS = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'giay-khen',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
  'ky-niem-chuong-cong-thuong',
] as const;
export type TargetCode = (typeof TARGETS)[number];
export type SubjectKind = 'individual' | 'collective';

// ---------------------------------------------------------------- input: tdkt-history/1

export interface YearFacts {
  year: number;
  rating?: Rating;
  monthsWorked?: number;
  recruitedOn?: string;
  absenceDays?: number;
  maternityLeave?: boolean;
  /** Months of maternity leave in the year (counted as work); absent with maternityLeave = the rest of the year. */
  maternityLeaveMonths?: number;
  /** Treatment of an injury suffered in combat / rescuing people or property (counted as work). */
  injuryTreatment?: boolean;
  injuryTreatmentMonths?: number;
  /** Months on a training course; A: counted when result >= khá; B: counted when discipline was good. */
  trainingMonths?: number;
  trainingResult?: 'xuat-sac' | 'gioi' | 'kha' | 'trung-binh' | 'yeu';
  /** Transferred into this unit during the year from `transferredFrom`, after `monthsAtPreviousUnit` months there. */
  transferredFrom?: string;
  monthsAtPreviousUnit?: number;
  /** The previous unit's written comments were received (needed when >= 6 months there). */
  previousUnitComments?: boolean;
  registered?: boolean;
  /** An accepted and applied science topic/project in the year (alternative to an initiative). */
  scienceTopic?: boolean;
  clusterRank?: number;
}

export interface Discipline {
  /** The year the discipline was decided (the year it is counted in). */
  year: number;
  level: DisciplineLevel;
  from?: string;
  to?: string;
  /**
   * Extension (docs/legal-sources.md): the year of the violation, when earlier than `year`. Under regime B a
   * discipline decided in Y+1 for a Y violation already used to rate Y KHTNV is not counted again in Y+1.
   */
  violationYear?: number;
}

export interface TitleRecord {
  code: TargetCode;
  year: number;
  decidedOn?: string;
  status?: AwardStatus;
}

export interface AwardRecord {
  code: TargetCode;
  year: number;
  decidedOn?: string;
  kind?: AwardKind;
  period?: { from: number; to: number };
  status?: AwardStatus;
}

export interface Initiative {
  year: number;
  scope: InitiativeScope;
  status: InitiativeStatus;
}

export interface IndividualSubject {
  id: string;
  kind: 'individual';
  /** Optional full name, used only as the last tie-break of an allocation (given name, then family name). */
  name?: string;
  unitId?: string;
  isLeader?: boolean;
  gender?: 'nam' | 'nu';
  sectorSince?: string;
  hazardousWork?: boolean;
  years: YearFacts[];
  disciplines: Discipline[];
  titles: TitleRecord[];
  awards: AwardRecord[];
  initiatives: Initiative[];
}

export interface CollectiveSubject {
  id: string;
  kind: 'collective';
  name?: string;
  members: string[];
  years: YearFacts[];
  titles: TitleRecord[];
  awards: AwardRecord[];
  disciplines: Discipline[];
  initiatives: Initiative[];
}

export type Subject = IndividualSubject | CollectiveSubject;

export type QuotaRounding = 'floor' | 'round' | 'ceil';

/** agency.options: what local regulations add (all optional; defaults are the national law's). */
export interface AgencyOptions {
  /** An initiative is required for CSTĐCS even where the law accepts HTXSNV instead (regime B). */
  cstdcsRequiresInitiative?: boolean;
  /** CSTĐCS limit as a share of LĐTT; null = no cap. Regime A: never above the legal 15%. */
  cstdcsQuotaShare?: number | null;
  /** Leaders are not counted in the base of the CSTĐCS share (seeds: "lãnh đạo không tính vào tỷ lệ"). */
  quotaExcludesLeaders?: boolean;
  /** Leaders proposed for CSTĐCS do not use a place of the quota; defaults to quotaExcludesLeaders. */
  leadersOutsideQuota?: boolean;
  /** Days of absence (other than maternity leave / injury treatment) above which LĐTT is refused; null = none. */
  absenceDaysLimit?: number | null;
  /** How a share is turned into a number of places; the law says "không quá", hence floor by default. */
  quotaRounding?: QuotaRounding;
  /** Provincial cap of CSTĐ cấp tỉnh proposals as a share of CSTĐCS (A-CSTDT-4; e.g. 0.10); null = none. */
  cstdtQuotaShare?: number | null;
  /** Flags allotted to each emulation cluster (Cờ thi đua cấp tỉnh goes to ranks 1..N). */
  flagsPerCluster?: number;
  /** Share of collectives meeting the provincial flag standard that may be proposed for Cờ thi đua Chính phủ. */
  coChinhPhuQuotaShare?: number | null;
  /** Registration required even from 2024 (an internal rule; the law made it a warning). */
  registrationRequired?: boolean;
  /** Years of the regime-B rule: judge a year <= 2023 decided from 01/01/2024 under B (R-REG-1, recommended). */
  judgeByDecisionDate?: boolean;
}

export interface HistoryInput {
  format: 'tdkt-history/1';
  year: number;
  evaluatedOn?: string;
  agency?: { id?: string; options?: AgencyOptions };
  targets?: TargetCode[];
  subjects: Subject[];
}

export type Header = Omit<HistoryInput, 'subjects'>;

// ---------------------------------------------------------------- output: tdkt-eligibility/1

export interface Citation {
  instrument: string;
  article: number;
  clause?: number;
  point?: string;
}

export type Outcome = 'met' | 'not-met' | 'unknown';
export type Status = 'eligible' | 'ineligible' | 'needs-review';
export type RegimeId = 'A' | 'B' | 'B2';

export type ReasonParams = Record<string, string | number | boolean | null>;
export interface Reason {
  code: string;
  params: ReasonParams;
}

/** The facts a check read: which title/award and year, which rating, which initiative, which discipline. */
export interface Evidence {
  kind: 'title' | 'award' | 'rating' | 'initiative' | 'discipline' | 'year' | 'member' | 'derived';
  year?: number;
  code?: string;
  value?: string | number | boolean;
}

export interface Check {
  criterion: string;
  rule: string;
  route?: string;
  outcome: Outcome;
  citation: Citation;
  text: string;
  reason: Reason;
  evidence?: Evidence[];
}

export interface CouncilItem {
  criterion: string;
  rule: string;
  route?: string;
  citation: Citation;
  text: string;
  reason: Reason;
}

export interface Warning {
  code: string;
  text: string;
  params?: ReasonParams;
}

export interface RouteStatus {
  route: string;
  status: Status;
}

export interface EligibilityResult {
  subject: string;
  target: TargetCode;
  status: Status;
  rules: string[];
  routes?: RouteStatus[];
  checks: Check[];
  councilJudgement?: CouncilItem[];
  warnings?: Warning[];
}

export interface Allocation {
  selected: string[];
  notSelected: string[];
  overrides?: { subject: string; action: 'include' | 'exclude'; reason: string }[];
  tieBreak: string;
}

export interface QuotaEntry {
  target: TargetCode;
  scope: string;
  base: number;
  limit: number;
  citation: Citation;
  share?: number;
  rounding?: QuotaRounding;
  candidates?: number;
  allocation?: Allocation;
  unverified?: boolean;
}

export interface EligibilityOutput {
  format: 'tdkt-eligibility/1';
  year: number;
  regime: RegimeId;
  results: EligibilityResult[];
  quotas: QuotaEntry[];
  forecasts?: ForecastEntry[];
}

export interface ForecastEntry {
  subject: string;
  target: TargetCode;
  earliestYear: number | null;
  missing: { code: string; params: ReasonParams; text: string }[];
  text: string;
}
