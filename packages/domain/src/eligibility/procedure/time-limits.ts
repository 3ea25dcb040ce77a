// Time limits (rules.md §9.6).
// A-TIME-1 (ND 91/2017 Art. 48) MEDIUM: the TĐKT body appraises and submits within 20 working days of a
//   complete dossier. Regime B: the number is in ND 98/2023 (procedure chapter) — UNVERIFIED (U8): a regime
//   parameter, default 20, cited to the Law's dossier article and warned.
// The limit runs from the day after the dossier is complete; weekends and the given holidays are skipped.
import { regimeById } from '../regimes.ts';
import type { RegimeId } from '../types.ts';
import { procedureCheck, procedureWarning, unverifiedWarning, type ProcedureCheck } from './result.ts';
import { addWorkingDays } from './working-days.ts';

export interface AppraisalInput {
  regime: RegimeId;
  completeOn: string;
  holidays?: readonly string[];
}

export interface AppraisalDeadline extends ProcedureCheck {
  /** Last day (ISO) of the time limit. */
  due: string;
  workingDays: number;
  unverified: boolean;
}

export function appraisalDeadline(i: AppraisalInput): AppraisalDeadline {
  const r = regimeById(i.regime);
  const p = r.params;
  const days = p.appraisalWorkingDays;
  const due = addWorkingDays(i.completeOn, days, i.holidays);
  const unverified = p.appraisalUnverified;
  const rule = i.regime === 'A' ? 'A-TIME-1' : 'B-TIME-1';
  const warnings = unverified
    ? [
        procedureWarning('appraisal-days-unverified', { days, regime: r.label }),
        unverifiedWarning(rule, 'U8', `${days} ngày làm việc`),
      ]
    : [];
  const check = procedureCheck(
    rule,
    'met',
    p.appraisalCitation,
    unverified ? 'UNVERIFIED' : 'MEDIUM',
    'appraisal-deadline',
    { completeOn: i.completeOn, days, due },
    warnings,
  );
  return { ...check, due, workingDays: days, unverified };
}
