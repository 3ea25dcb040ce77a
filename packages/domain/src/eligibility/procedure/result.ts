// The result of a process rule (rules.md §9): one cited outcome with its Vietnamese text and stable reason
// code, like a check of a title rule, plus the rule's confidence and its warnings.
import { reasonText, warningText, type ReasonCode, type WarningCode } from '../messages/vi.ts';
import type { Citation, Outcome, Reason, ReasonParams, Warning } from '../types.ts';

export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW' | 'UNVERIFIED';

export interface ProcedureCheck {
  /** Rule id of rules.md §12 (A-PUB-1, B-SIMP-1, …). */
  rule: string;
  /** `not-applicable` when the rule does not cover the proposal. */
  outcome: Outcome | 'not-applicable';
  citation: Citation;
  confidence: Confidence;
  text: string;
  reason: Reason;
  warnings: Warning[];
}

export function procedureCheck(
  rule: string,
  outcome: ProcedureCheck['outcome'],
  citation: Citation,
  confidence: Confidence,
  code: ReasonCode,
  params: ReasonParams,
  warnings: Warning[] = [],
): ProcedureCheck {
  return {
    rule,
    outcome,
    citation,
    confidence,
    text: reasonText(code, params),
    reason: { code, params },
    warnings,
  };
}

export function procedureWarning(code: WarningCode, params: ReasonParams): Warning {
  return { code, text: warningText(code, params), params };
}

/** An UNVERIFIED default, as the title rules report it (stable code `unverified-rule`). */
export function unverifiedWarning(rule: string, item: string, defaultText: string): Warning {
  return {
    code: 'unverified-rule',
    text: warningText('unverified-rule', { rule, item, default: defaultText }),
    params: { rule, item },
  };
}
