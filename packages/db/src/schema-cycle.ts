// Kysely types of the yearly-cycle tables (migration 0002_cycle.sql), one interface per table, in the
// order of the migration. Keep them in step with the SQL: cycle-schema.db.test.ts writes and reads every
// table through these types on both engines. Conventions as in schema.ts (kept local to avoid an import
// cycle with it): Generated ids, 'YYYY-MM-DD' strings for `date`, numeric read back as number.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Id = Generated<number>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampN = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateStr = string; // 'YYYY-MM-DD'
type Json = ColumnType<unknown, string | undefined, string>;
type JsonN = ColumnType<unknown, string | null | undefined, string | null>;
type Version = Generated<number>;
/** numeric: the connection parses it to number; strings are accepted on write to keep exact decimals. */
type Num = ColumnType<number, number | string, number | string>;
type NumN = ColumnType<number | null, number | string | null | undefined, number | string | null>;
/** A column the database computes (GENERATED ALWAYS … STORED): read only. */
type Computed<T> = ColumnType<T, never, never>;

/** Codes of titles and forms (shared/interchange.md); 'khac' needs other_name. */
export type AwardCode =
  | 'lao-dong-tien-tien'
  | 'chien-si-thi-dua-co-so'
  | 'chien-si-thi-dua-cap-tinh'
  | 'chien-si-thi-dua-toan-quoc'
  | 'tap-the-lao-dong-tien-tien'
  | 'tap-the-lao-dong-xuat-sac'
  | 'co-thi-dua-cap-tinh'
  | 'co-thi-dua-chinh-phu'
  | 'giay-khen'
  | 'bang-khen-cap-tinh'
  | 'bang-khen-thu-tuong'
  | 'huan-chuong-lao-dong-hang-ba'
  | 'huan-chuong-lao-dong-hang-nhi'
  | 'huan-chuong-lao-dong-hang-nhat'
  | 'ky-niem-chuong-cong-thuong';
export type AwardCodeOrOther = AwardCode | 'khac';
export type Rating = 'htxsnv' | 'httnv' | 'htnv' | 'khtnv';
export type DisciplineLevel =
  'khien-trach' | 'canh-cao' | 'ha-bac-luong' | 'giang-chuc' | 'cach-chuc' | 'buoc-thoi-viec';
export type CommendationKind =
  'cong-trang' | 'chuyen-de' | 'dot-xuat' | 'cong-hien' | 'nien-han' | 'doi-ngoai';
export type Authority =
  'giam-doc-so' | 'chu-tich-ubnd-tinh' | 'bo-truong' | 'thu-tuong' | 'chu-tich-nuoc' | 'khac';
export type Regime = 'A' | 'B' | 'B2';
export type InitiativeScope = 'co-so' | 'cap-tinh' | 'toan-quoc';
export type SubjectKind = 'person' | 'unit' | 'agency';
export type ProposalStatus =
  'draft' | 'unit' | 'officer-check' | 'council' | 'signing' | 'sent' | 'decided' | 'returned' | 'withdrawn';
export type DeadlineKind = 'before' | 'on' | 'month' | 'months' | 'regularly' | 'per-higher-plan' | 'other';

// ── documents ──
export interface OutgoingDocumentsTable {
  id: Id;
  agency_id: number;
  group_id: number | null;
  year: number;
  kind:
    | 'ke-hoach'
    | 'to-trinh'
    | 'quyet-dinh'
    | 'bao-cao'
    | 'bien-ban'
    | 'cong-van'
    | 'giao-uoc'
    | 'danh-sach'
    | 'thong-bao'
    | 'khac';
  number: string | null;
  symbol: string | null;
  place_name: string | null;
  issued_on: DateStr | null;
  title: string;
  legal_basis: string | null;
  signer_line: string | null;
  signer_title: string | null;
  signer_name: string | null;
  signer_person_id: number | null;
  recipients: JsonN;
  file_id: number | null;
  status: Generated<'draft' | 'issued' | 'withdrawn'>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

// ── plans ──
export interface PlansTable {
  id: Id;
  agency_id: number;
  group_id: number | null;
  kind: Generated<'agency' | 'cluster'>;
  year: number;
  title: string;
  status: Generated<'draft' | 'issued' | 'closed'>;
  document_id: number | null;
  copied_from_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface PlanSectionsTable {
  id: Id;
  plan_id: number;
  position: number;
  heading: string;
  body: Generated<string>;
  version: Version;
}

export interface PlanTasksTable {
  id: Id;
  plan_id: number;
  quarter: number | null;
  number: string | null;
  position: number;
  content: string;
  deadline_kind: DeadlineKind;
  deadline_on: DateStr | null;
  deadline_month: DateStr | null;
  deadline_month_to: DateStr | null;
  deadline_text: string | null;
  due_on: Computed<DateStr | null>;
  status: Generated<'not-started' | 'in-progress' | 'done' | 'late' | 'cancelled'>;
  done_on: DateStr | null;
  evidence: string | null;
  note: string | null;
  copied_from_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface PlanTaskUnitsTable {
  id: Id;
  task_id: number;
  role: 'lead' | 'coordinate';
  unit_id: number | null;
  agency_id: number | null;
  label: string | null;
  position: Generated<number>;
}

export interface PlanTaskFilesTable {
  id: Id;
  task_id: number;
  file_id: number;
  note: string | null;
}

export interface TaskRemindersTable {
  id: Id;
  task_id: number;
  kind: 'reminder' | 'escalation';
  user_id: number;
  channel: 'in-app' | 'email';
  due_on: DateStr;
  sent_at: Timestamp;
}

// ── indicators ──
export interface IndicatorsTable {
  id: Id;
  agency_id: number;
  year: number;
  parent_id: number | null;
  code: string;
  name: string;
  value_kind: 'amount' | 'index' | 'percent' | 'count' | 'fraction';
  unit: string | null;
  quantity_unit: string | null;
  precision: Generated<number>;
  aggregation: Generated<'sum' | 'last' | 'none'>;
  plan_value: NumN;
  position: Generated<number>;
  source_note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** 0005 */
  percent_precision: Generated<number>;
}

export interface IndicatorValuesTable {
  id: Id;
  indicator_id: number;
  month: number;
  kind: 'estimate' | 'actual';
  value: NumN;
  numerator: NumN;
  denominator: NumN;
  quantity: NumN;
  reported_cumulative: NumN;
  prior_year_value: NumN;
  note: string | null;
  entered_by: number | null;
  updated_at: Timestamp;
  version: Version;
  /** 0005 */
  prior_year_quantity: NumN;
}

/** 0005: history of each entry-grid cell (indicator, month, kind). */
export interface IndicatorValueRevisionsTable {
  id: Id;
  indicator_id: number;
  month: number;
  kind: 'estimate' | 'actual';
  before: JsonN;
  after: JsonN;
  source: Generated<'grid' | 'import'>;
  changed_by: number | null;
  changed_by_name: string | null;
  changed_at: Generated<Date>;
}

export interface AdminProcedureStatsTable {
  id: Id;
  agency_id: number;
  year: number;
  period_from: DateStr;
  period_to: DateStr;
  received: number;
  resolved: number;
  on_time: number | null;
  late: number | null;
  online: number | null;
  note: string | null;
  version: Version;
}

// ── movements ──
export interface MovementsTable {
  id: Id;
  agency_id: number;
  parent_id: number | null;
  launched_by: 'thu-tuong' | 'bo' | 'tinh' | 'khoi-cum' | 'co-quan' | 'khac';
  launcher_name: string | null;
  group_id: number | null;
  kind: Generated<'thuong-xuyen' | 'chuyen-de'>;
  name: string;
  theme: string | null;
  slogan: string | null;
  year: number;
  from_date: DateStr | null;
  to_date: DateStr | null;
  decision_ref: string | null;
  decision_on: DateStr | null;
  document_id: number | null;
  status: Generated<'draft' | 'active' | 'closed'>;
  description: string | null;
  /** 0004: the launch document's text (apps/api/src/modules/movements/schemas.ts LaunchInput). */
  launch: JsonN;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface MovementPhasesTable {
  id: Id;
  movement_id: number;
  position: number;
  name: string;
  from_date: DateStr;
  to_date: DateStr;
  description: string | null;
  version: Version;
}

export interface MovementTargetsTable {
  id: Id;
  movement_id: number;
  position: number;
  kind: 'quantitative' | 'qualitative';
  content: string;
  target_value: NumN;
  unit: string | null;
  comparison: 'at-least' | 'at-most' | 'exactly' | null;
  title_code: AwardCodeOrOther | null;
  indicator_id: number | null;
  version: Version;
}

export interface MovementRewardsTable {
  id: Id;
  movement_id: number;
  code: AwardCodeOrOther;
  other_name: string | null;
  note: string | null;
}

export interface MovementParticipantsTable {
  id: Id;
  movement_id: number;
  unit_id: number | null;
  agency_id: number | null;
}

export interface MovementResultsTable {
  id: Id;
  movement_id: number;
  phase_id: number | null;
  target_id: number | null;
  unit_id: number | null;
  reported_on: DateStr;
  content: string;
  value: NumN;
  numerator: NumN;
  denominator: NumN;
  unit: string | null;
  text: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

// ── registrations and covenants ──
export interface RegistrationsTable {
  id: Id;
  agency_id: number;
  year: number;
  movement_id: number | null;
  subject_kind: 'person' | 'unit';
  person_id: number | null;
  unit_id: number | null;
  status: Generated<'draft' | 'submitted' | 'returned' | 'accepted'>;
  deadline_on: DateStr | null;
  submitted_at: TimestampN;
  late: Generated<boolean>;
  returned_at: TimestampN;
  returned_by: number | null;
  returned_reason: string | null;
  accepted_at: TimestampN;
  accepted_by: number | null;
  commitments: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface RegistrationItemsTable {
  id: Id;
  registration_id: number;
  code: AwardCodeOrOther;
  other_name: string | null;
  note: string | null;
}

export interface CovenantsTable {
  id: Id;
  agency_id: number;
  group_id: number | null;
  year: number;
  title: string;
  content: Generated<string>;
  status: Generated<'draft' | 'signed' | 'superseded'>;
  signed_on: DateStr | null;
  place_name: string | null;
  file_id: number | null;
  document_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface CovenantSignatoriesTable {
  id: Id;
  covenant_id: number;
  unit_id: number | null;
  agency_id: number | null;
  side_organisation_id: number | null;
  signer_name: string | null;
  signer_title: string | null;
  signed: Generated<boolean>;
  position: Generated<number>;
  version: Version;
}

// ── councils ──
export interface CouncilsTable {
  id: Id;
  kind: 'thi-dua-khen-thuong' | 'sang-kien' | 'cum-khoi';
  agency_id: number;
  group_id: number | null;
  name: string;
  established_by: string | null;
  from_date: DateStr | null;
  to_date: DateStr | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface CouncilMembersTable {
  id: Id;
  council_id: number;
  person_id: number | null;
  agency_id: number | null;
  user_id: number | null;
  role: Generated<'chair' | 'vice-chair' | 'standing' | 'secretary' | 'member'>;
  title: string | null;
  from_date: DateStr | null;
  to_date: DateStr | null;
  version: Version;
}

export interface CouncilSessionsTable {
  id: Id;
  council_id: number;
  agency_id: number;
  year: number;
  purpose: 'binh-xet' | 'sang-kien' | 'tong-ket-cum' | 'bau-cum-truong' | 'khac';
  held_on: DateStr | null;
  place: string | null;
  member_count: number | null;
  quorum: number | null;
  status: Generated<'planned' | 'open' | 'closed' | 'cancelled'>;
  minutes: string | null;
  document_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface CouncilAttendanceTable {
  session_id: number;
  member_id: number;
  status: 'present' | 'absent' | 'absent-written';
  note: string | null;
}

// ── initiatives ──
export interface InitiativesTable {
  id: Id;
  agency_id: number;
  unit_id: number | null;
  year: number;
  title: string;
  field: 'ky-thuat' | 'quan-ly' | 'tac-nghiep' | 'ung-dung-tien-bo' | 'khac';
  summary: string | null;
  application: string | null;
  results: string | null;
  benefits: string | null;
  registered_on: DateStr | null;
  status: Generated<'draft' | 'registered' | 'under-review' | 'recognized' | 'rejected' | 'withdrawn'>;
  proposed_scope: InitiativeScope | null;
  scope: InitiativeScope | null;
  average_score: NumN;
  recognized_on: DateStr | null;
  recognized_by: string | null;
  decision_ref: string | null;
  session_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface InitiativeAuthorsTable {
  id: Id;
  initiative_id: number;
  person_id: number;
  share: Num;
  is_lead: Generated<boolean>;
  position: Generated<number>;
}

export interface InitiativeFilesTable {
  id: Id;
  initiative_id: number;
  file_id: number;
  note: string | null;
}

export interface InitiativeCriteriaTable {
  id: Id;
  council_id: number;
  year: number;
  position: number;
  name: string;
  max_points: Num;
  version: Version;
}

export interface InitiativeRecusalsTable {
  id: Id;
  initiative_id: number;
  member_id: number;
  kind: 'author' | 'unit-head' | 'declared';
  reason: string | null;
  created_at: Timestamp;
}

export interface InitiativeScoresTable {
  id: Id;
  initiative_id: number;
  member_id: number;
  criterion_id: number;
  /** Must equal the criterion's max_points (composite FK); the CHECK clamps points to [0, max]. */
  max_points: Num;
  points: Num;
  comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

// ── council rounds, candidates, secret ballots ──
export interface CouncilRoundsTable {
  id: Id;
  session_id: number;
  round_no: number;
  method: Generated<'secret' | 'open'>;
  status: Generated<'open' | 'closed'>;
  reason: string | null;
  opened_at: Timestamp;
  closed_at: TimestampN;
  version: Version;
}

export interface CouncilCandidatesTable {
  id: Id;
  round_id: number;
  position: number;
  code: AwardCodeOrOther;
  other_name: string | null;
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  initiative_id: number | null;
  yes_count: number | null;
  no_count: number | null;
  abstain_count: number | null;
  threshold_base: 'members' | 'present' | 'votes' | null;
  threshold_share: NumN;
  result: Generated<'pending' | 'passed' | 'failed' | 'passed-over-quota'>;
  tally: JsonN;
  version: Version;
}

/** A secret ballot: deliberately no voter column, no sequence id, no timestamp. */
export interface CouncilBallotsTable {
  id: Generated<string>;
  round_id: number;
  /** sha256 hex of the receipt token only the voter holds */
  receipt_hash: string;
}

export interface CouncilBallotChoicesTable {
  ballot_id: string;
  candidate_id: number;
  choice: 'yes' | 'no' | 'abstain';
}

/** That a member voted in a round (once), never what. */
export interface CouncilVotersTable {
  round_id: number;
  member_id: number;
  channel: 'electronic' | 'paper';
}

export interface CouncilPaperTalliesTable {
  id: Id;
  candidate_id: number;
  ballots_count: number;
  yes_count: number;
  no_count: number;
  abstain_count: Generated<number>;
  invalid_count: Generated<number>;
  entered_by: number | null;
  entered_at: Timestamp;
  note: string | null;
  version: Version;
}

export interface UnitMeetingsTable {
  id: Id;
  agency_id: number;
  unit_id: number;
  year: number;
  held_on: DateStr | null;
  chaired_by: number | null;
  total_count: number | null;
  present_count: number | null;
  minutes: string | null;
  file_id: number | null;
  status: Generated<'draft' | 'submitted' | 'returned' | 'accepted'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface UnitMeetingCandidatesTable {
  id: Id;
  meeting_id: number;
  code: AwardCodeOrOther;
  other_name: string | null;
  person_id: number | null;
  unit_id: number | null;
  yes_count: Generated<number>;
  no_count: Generated<number>;
  abstain_count: Generated<number>;
  proposed: Generated<boolean>;
  version: Version;
}

// ── ratings and facts ──
export interface RatingsTable {
  id: Id;
  agency_id: number;
  person_id: number;
  unit_id: number;
  year: number;
  self_rating: Rating | null;
  proposed_rating: Rating | null;
  final_rating: Rating | null;
  htxsnv_over_quota_reason: string | null;
  months_worked: NumN;
  recruited_on: DateStr | null;
  absence_days: NumN;
  maternity_leave: Generated<boolean>;
  injury_treatment: Generated<boolean>;
  rated_on: DateStr | null;
  rated_by: number | null;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface CollectiveRatingsTable {
  id: Id;
  subject_kind: 'unit' | 'agency';
  unit_id: number | null;
  agency_id: number | null;
  year: number;
  rating: Rating | null;
  rated_by_text: string | null;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface DisciplinesTable {
  id: Id;
  agency_id: number;
  person_id: number;
  year: number;
  kind: Generated<'hanh-chinh' | 'dang'>;
  level: DisciplineLevel;
  decided_on: DateStr | null;
  decision_ref: string | null;
  issued_by: string | null;
  from_date: DateStr | null;
  to_date: DateStr | null;
  reason: string | null;
  status: Generated<'in-force' | 'expired' | 'annulled'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface PersonLeavesTable {
  id: Id;
  person_id: number;
  kind: 'thai-san' | 'dieu-tri-tai-nan' | 'om-dau' | 'khong-luong' | 'di-hoc' | 'khac';
  from_date: DateStr;
  to_date: DateStr | null;
  days: NumN;
  note: string | null;
  version: Version;
}

// ── eligibility snapshots and quotas ──
export interface EligibilityRunsTable {
  id: Id;
  agency_id: number;
  year: number;
  evaluated_on: DateStr;
  regime: Regime;
  engine_version: string;
  input_sha256: string;
  input: Json;
  output: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface EligibilityVerdictsTable {
  id: Id;
  run_id: number;
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  target: AwardCode;
  status: 'eligible' | 'ineligible' | 'needs-review';
  result: Json;
}

export interface QuotaOverridesTable {
  id: Id;
  agency_id: number;
  year: number;
  target: AwardCode | 'rating-htxsnv';
  unit_id: number | null;
  base: number;
  quota_limit: number;
  granted: number;
  reason: string;
  overridden_by: number;
  created_at: Timestamp;
}

// ── proposals and dossiers ──
export interface ProposalsTable {
  id: Id;
  agency_id: number;
  year: number;
  kind: CommendationKind;
  code: AwardCodeOrOther;
  other_name: string | null;
  authority: Authority;
  procedure: Generated<'normal' | 'simplified'>;
  regime: Regime | null;
  title: string;
  achievement_from: number | null;
  achievement_to: number | null;
  status: Generated<ProposalStatus>;
  status_since: Timestamp;
  returned_reason: string | null;
  sent_on: DateStr | null;
  sent_to: string | null;
  group_id: number | null;
  movement_id: number | null;
  session_id: number | null;
  publication_url: string | null;
  publication_from: DateStr | null;
  publication_to: DateStr | null;
  document_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface ProposalCandidatesTable {
  id: Id;
  proposal_id: number;
  position: number;
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  display_name: string;
  position_title: string | null;
  achievement_summary: string | null;
  eligibility_run_id: number | null;
  eligibility: JsonN;
  vote: JsonN;
  council_candidate_id: number | null;
  status: Generated<'proposed' | 'approved' | 'rejected' | 'withdrawn'>;
  note: string | null;
  version: Version;
}

export type DossierItemKind =
  | 'to-trinh'
  | 'danh-sach'
  | 'bao-cao-thanh-tich'
  | 'tom-tat-thanh-tich'
  | 'bien-ban-hop'
  | 'ket-qua-bo-phieu'
  | 'chung-nhan-sang-kien'
  | 'cong-khai'
  | 'xac-nhan'
  | 'khac';
export interface DossierItemsTable {
  id: Id;
  proposal_id: number;
  candidate_id: number | null;
  kind: DossierItemKind;
  label: string;
  required: Generated<boolean>;
  copies: Generated<number>;
  status: Generated<'missing' | 'uploaded' | 'generated' | 'waived'>;
  file_id: number | null;
  note: string | null;
  updated_at: Timestamp;
  version: Version;
}

export interface ProposalStepsTable {
  id: Id;
  proposal_id: number;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus;
  at: Timestamp;
  on_date: DateStr;
  user_id: number | null;
  reason: string | null;
}

export interface ProposalCommentsTable {
  id: Id;
  proposal_id: number;
  candidate_id: number | null;
  received_on: DateStr;
  author: string | null;
  content: string;
  response: string | null;
  version: Version;
}

// ── decisions and award history ──
export interface DecisionsTable {
  id: Id;
  agency_id: number;
  source: 'own' | 'received' | 'imported';
  authority: Authority;
  issuer_name: string | null;
  number: string | null;
  symbol: string | null;
  decided_on: DateStr | null;
  year: number;
  kind: Generated<CommendationKind>;
  code: AwardCodeOrOther;
  other_name: string | null;
  achievement_from: number | null;
  achievement_to: number | null;
  movement_id: number | null;
  proposal_id: number | null;
  document_id: number | null;
  file_id: number | null;
  status: Generated<'draft' | 'in-force' | 'annulled'>;
  annulled_on: DateStr | null;
  annulled_reason: string | null;
  annulled_by_ref: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface DecisionRecipientsTable {
  id: Id;
  decision_id: number;
  position: Generated<number>;
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  display_name: string;
  position_title: string | null;
  achievement_from: number | null;
  achievement_to: number | null;
  proposal_candidate_id: number | null;
  reward_amount: NumN;
  status: Generated<'granted' | 'annulled'>;
  annulled_on: DateStr | null;
  annulled_reason: string | null;
  version: Version;
}

/** The award_history view (read only). */
export interface AwardHistoryView {
  recipient_id: number;
  decision_id: number;
  recorded_by_agency_id: number;
  subject_kind: SubjectKind;
  person_id: number | null;
  unit_id: number | null;
  agency_id: number | null;
  display_name: string;
  code: AwardCodeOrOther;
  other_name: string | null;
  category: 'title' | 'form';
  kind: CommendationKind;
  authority: Authority;
  issuer_name: string | null;
  source: 'own' | 'received' | 'imported';
  number: string | null;
  symbol: string | null;
  decided_on: DateStr | null;
  period_from: number | null;
  period_to: number | null;
  year: number;
  status: 'granted' | 'annulled';
  annulled_on: DateStr | null;
  annulled_reason: string | null;
}

// ── clusters and blocks ──
export interface ClusterCriteriaGroupsTable {
  id: Id;
  group_id: number;
  year: number;
  covenant_id: number | null;
  position: number;
  code: string | null;
  name: string;
  max_points: NumN;
  version: Version;
}

export interface ClusterCriteriaTable {
  id: Id;
  criteria_group_id: number;
  position: number;
  code: string | null;
  name: string;
  kind: Generated<'standard' | 'bonus' | 'penalty'>;
  min_points: ColumnType<number, number | string | undefined, number | string>;
  max_points: Num;
  evidence_required: string | null;
  indicator_code: string | null;
  version: Version;
}

export interface ClusterCriteriaCommentsTable {
  id: Id;
  criteria_group_id: number;
  criterion_id: number | null;
  agency_id: number;
  user_id: number | null;
  content: string;
  created_at: Timestamp;
}

export interface ClusterScoreSheetsTable {
  id: Id;
  group_id: number;
  year: number;
  scored_agency_id: number;
  scorer_kind: 'self' | 'leader' | 'cross';
  scorer_agency_id: number;
  status: Generated<'draft' | 'submitted' | 'returned' | 'scored' | 'confirmed' | 'published'>;
  total: NumN;
  submitted_at: TimestampN;
  returned_reason: string | null;
  published_at: TimestampN;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface ClusterScoresTable {
  id: Id;
  sheet_id: number;
  criterion_id: number;
  /** min_points/max_points must equal the criterion's (composite FK); the CHECK clamps points. */
  min_points: Num;
  max_points: Num;
  points: Num;
  evidence: string | null;
  evidence_file_id: number | null;
  evidence_url: string | null;
  evidence_indicator_id: number | null;
  note: string | null;
  updated_at: Timestamp;
  version: Version;
}

export interface ClusterConflictsTable {
  id: Id;
  group_id: number;
  year: number;
  scorer_agency_id: number;
  scored_agency_id: number;
  reason: string;
}

export interface ClusterMeetingsTable {
  id: Id;
  group_id: number;
  year: number;
  kind: 'so-ket' | 'tong-ket' | 'khac';
  held_on: DateStr | null;
  host_agency_id: number | null;
  form: 'truc-tiep' | 'truc-tuyen' | 'van-ban' | null;
  present_count: number | null;
  minutes: string | null;
  document_id: number | null;
  version: Version;
}

export interface ClusterMeetingVotesTable {
  id: Id;
  meeting_id: number;
  subject: 'ranking' | 'flag' | 'leader' | 'deputy';
  agency_id: number | null;
  for_year: number | null;
  votes_for: number;
  votes_against: Generated<number>;
  votes_total: number;
  passed: boolean;
}

export interface ClusterResultsTable {
  id: Id;
  group_id: number;
  year: number;
  agency_id: number;
  total: Num;
  rank: number;
  tie_break: string | null;
  proposed_code: AwardCodeOrOther | null;
  proposal_id: number | null;
  status: Generated<'draft' | 'confirmed' | 'published'>;
  published_at: TimestampN;
  version: Version;
}

// ── reports ──
export interface ReportsTable {
  id: Id;
  agency_id: number;
  group_id: number | null;
  year: number;
  kind: 'so-ket-6-thang' | 'tong-ket-nam' | 'khac';
  period_from: DateStr;
  period_to: DateStr;
  title: string;
  status: Generated<'draft' | 'issued'>;
  document_id: number | null;
  data_snapshot: JsonN;
  generated_at: TimestampN;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface ReportSectionsTable {
  id: Id;
  report_id: number;
  key: string;
  heading: string | null;
  body: Generated<string>;
  updated_by: number | null;
  updated_at: Timestamp;
  version: Version;
}

export interface CycleTables {
  outgoing_documents: OutgoingDocumentsTable;
  plans: PlansTable;
  plan_sections: PlanSectionsTable;
  plan_tasks: PlanTasksTable;
  plan_task_units: PlanTaskUnitsTable;
  plan_task_files: PlanTaskFilesTable;
  task_reminders: TaskRemindersTable;
  indicators: IndicatorsTable;
  indicator_values: IndicatorValuesTable;
  admin_procedure_stats: AdminProcedureStatsTable;
  indicator_value_revisions: IndicatorValueRevisionsTable;
  movements: MovementsTable;
  movement_phases: MovementPhasesTable;
  movement_targets: MovementTargetsTable;
  movement_rewards: MovementRewardsTable;
  movement_participants: MovementParticipantsTable;
  movement_results: MovementResultsTable;
  registrations: RegistrationsTable;
  registration_items: RegistrationItemsTable;
  covenants: CovenantsTable;
  covenant_signatories: CovenantSignatoriesTable;
  councils: CouncilsTable;
  council_members: CouncilMembersTable;
  council_sessions: CouncilSessionsTable;
  council_attendance: CouncilAttendanceTable;
  initiatives: InitiativesTable;
  initiative_authors: InitiativeAuthorsTable;
  initiative_files: InitiativeFilesTable;
  initiative_criteria: InitiativeCriteriaTable;
  initiative_recusals: InitiativeRecusalsTable;
  initiative_scores: InitiativeScoresTable;
  council_rounds: CouncilRoundsTable;
  council_candidates: CouncilCandidatesTable;
  council_ballots: CouncilBallotsTable;
  council_ballot_choices: CouncilBallotChoicesTable;
  council_voters: CouncilVotersTable;
  council_paper_tallies: CouncilPaperTalliesTable;
  unit_meetings: UnitMeetingsTable;
  unit_meeting_candidates: UnitMeetingCandidatesTable;
  ratings: RatingsTable;
  collective_ratings: CollectiveRatingsTable;
  disciplines: DisciplinesTable;
  person_leaves: PersonLeavesTable;
  eligibility_runs: EligibilityRunsTable;
  eligibility_verdicts: EligibilityVerdictsTable;
  quota_overrides: QuotaOverridesTable;
  proposals: ProposalsTable;
  proposal_candidates: ProposalCandidatesTable;
  dossier_items: DossierItemsTable;
  proposal_steps: ProposalStepsTable;
  proposal_comments: ProposalCommentsTable;
  decisions: DecisionsTable;
  decision_recipients: DecisionRecipientsTable;
  award_history: AwardHistoryView;
  cluster_criteria_groups: ClusterCriteriaGroupsTable;
  cluster_criteria: ClusterCriteriaTable;
  cluster_criteria_comments: ClusterCriteriaCommentsTable;
  cluster_score_sheets: ClusterScoreSheetsTable;
  cluster_scores: ClusterScoresTable;
  cluster_conflicts: ClusterConflictsTable;
  cluster_meetings: ClusterMeetingsTable;
  cluster_meeting_votes: ClusterMeetingVotesTable;
  cluster_results: ClusterResultsTable;
  reports: ReportsTable;
  report_sections: ReportSectionsTable;
}

export type RatingRow = Selectable<RatingsTable>;
export type NewRating = Insertable<RatingsTable>;
export type RatingUpdate = Updateable<RatingsTable>;
export type Proposal = Selectable<ProposalsTable>;
export type ProposalUpdate = Updateable<ProposalsTable>;
export type Decision = Selectable<DecisionsTable>;
export type AwardHistoryRow = Selectable<AwardHistoryView>;
