// Public API of the eligibility engine (the lead re-exports it from packages/domain/src/index.ts).
export type * from './types.ts';
export { TARGETS, INDIVIDUAL_TARGETS, COLLECTIVE_TARGETS, RATINGS, DISCIPLINE_LEVELS } from './types.ts';
export { evaluate, Evaluator, compareCodeUnits } from './engine.ts';
export {
  validateHistory,
  validateHeader,
  validateSubject,
  parseHistory,
  EligibilityInputError,
  IdRegistry,
  formatIssue,
  type InputIssue,
} from './validate.ts';
export { formatCitation } from './citation.ts';
export { INSTRUMENTS, cite, firstYearInForce, type Instrument, type InstrumentId } from './instruments.ts';
export {
  REGIMES,
  pickRegime,
  regimeById,
  judgementDate,
  type RegimeDef,
  type RegimeParams,
} from './regimes.ts';
export { resolveOptions, type ResolvedOptions } from './options.ts';
export {
  allocate,
  quotaLimit,
  compareCandidates,
  AllocationError,
  TIE_BREAK_VI,
  type QuotaCandidate,
  type Override,
} from './quotas.ts';
export {
  tally,
  thresholdFor,
  requiredVotes,
  VOTE_THRESHOLDS,
  type TallyInput,
  type TallyResult,
  type VoteThreshold,
} from './council.ts';
export { forecast, forecastSubject, FORECAST_TARGETS, FORECAST_YEARS } from './forecast.ts';
export { rulesFor } from './registry.ts';
export {
  MESSAGES_VI,
  WARNINGS_VI,
  PROCEDURE_TARGET_LABELS,
  TARGET_LABELS,
  TARGET_SHORT,
  RATING_LABELS,
  DISCIPLINE_LABELS,
  SCOPE_LABELS,
  reasonText,
  warningText,
  dateVi,
  type ReasonCode,
  type WarningCode,
} from './messages/vi.ts';
export { deriveStatus } from './verdict.ts';
export type { TitleRule, RuleContext, MemberSummary } from './rule.ts';
// Process rules (rules.md §9): publicity, dossiers, simplified procedure, time limits — pure, cited.
export {
  workingDaysBetween,
  addWorkingDays,
  isWorkingDay,
  PUBLICITY_CONVENTION,
  type DayCountConvention,
} from './procedure/working-days.ts';
export {
  checkPublicity,
  publicityBasis,
  HUAN_CHUONG,
  type PublicityInput,
  type PublicityResult,
  type PublicityTarget,
} from './procedure/publicity.ts';
export type { ProcedureCheck, Confidence } from './procedure/result.ts';
export {
  dossierRequirements,
  checkDossier,
  DOSSIER_ITEMS,
  type DossierItemCode,
  type DossierRequirement,
  type DossierRequirements,
  type DossierRequest,
  type DossierCheck,
  type MissingDossierItem,
} from './procedure/dossier.ts';
export {
  checkSimplifiedProcedure,
  type SimplifiedInput,
  type SimplifiedResult,
  type SimplifiedCondition,
} from './procedure/simplified.ts';
export { appraisalDeadline, type AppraisalInput, type AppraisalDeadline } from './procedure/time-limits.ts';
export {
  countedDiscipline,
  disciplineWarnings,
  ratingRuleApplies,
  firstYearListedInForce,
  RATING_DISCIPLINE_CITATION,
  type CountedDiscipline,
} from './discipline-rating.ts';
