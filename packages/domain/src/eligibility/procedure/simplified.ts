// Simplified procedure (thủ tục đơn giản), rules.md §9.7.
// A-SIMP-1 (Law 2003 Art. 85; ND 91/2017 Art. 55) HIGH: allowed only when ALL of (a) a political requirement /
//   timely encouragement, (b) an outstanding sudden (đột xuất) act in combat, work, labour or study,
//   (c) a clear achievement. B-SIMP-1 (Law 06/2022 Art. 85; ND 98/2023) MEDIUM: the same situations are
//   believed retained. Only for kind `dot-xuat`. A missing answer makes the outcome `unknown`.
import { cite } from '../instruments.ts';
import { regimeById } from '../regimes.ts';
import type { AwardKind, Citation, Outcome, RegimeId } from '../types.ts';
import { procedureCheck, procedureWarning, type ProcedureCheck } from './result.ts';
import { reasonText, type ReasonCode } from '../messages/vi.ts';

export interface SimplifiedInput {
  regime: RegimeId;
  kind: AwardKind;
  politicalNeed?: boolean | undefined;
  suddenOutstandingAct?: boolean | undefined;
  achievementClear?: boolean | undefined;
}

export interface SimplifiedCondition {
  criterion: 'political-need' | 'sudden-outstanding-act' | 'achievement-clear';
  outcome: Outcome;
  citation: Citation;
  text: string;
}

export interface SimplifiedResult extends ProcedureCheck {
  allowed: boolean;
  conditions: SimplifiedCondition[];
}

export function checkSimplifiedProcedure(i: SimplifiedInput): SimplifiedResult {
  const a = i.regime === 'A';
  const p = regimeById(i.regime).params;
  const rule = a ? 'A-SIMP-1' : 'B-SIMP-1';
  const confidence = p.simplifiedConfidence;
  const warnings = confidence === 'HIGH' ? [] : [procedureWarning('simplified-medium-confidence', {})];
  if (i.kind !== 'dot-xuat') {
    return {
      ...procedureCheck(
        rule,
        'not-met',
        p.simplifiedCitation,
        confidence,
        'simplified-kind-not-sudden',
        { kind: i.kind },
        warnings,
      ),
      allowed: false,
      conditions: [],
    };
  }
  const condCitation = a ? cite('nd-91-2017', 55) : p.simplifiedCitation;
  const spec: [SimplifiedCondition['criterion'], boolean | undefined, ReasonCode][] = [
    ['political-need', i.politicalNeed, 'simplified-political-need'],
    ['sudden-outstanding-act', i.suddenOutstandingAct, 'simplified-sudden-act'],
    ['achievement-clear', i.achievementClear, 'simplified-achievement-clear'],
  ];
  const conditions = spec.map(([criterion, value, code]): SimplifiedCondition => ({
    criterion,
    outcome: value === true ? 'met' : value === false ? 'not-met' : 'unknown',
    citation: condCitation,
    text: reasonText(code, { value: value ?? null }),
  }));
  const failed = spec.find(([, value]) => value === false) ?? spec.find(([, value]) => value !== true);
  if (failed) {
    const outcome: Outcome = failed[1] === false ? 'not-met' : 'unknown';
    return {
      ...procedureCheck(
        rule,
        outcome,
        p.simplifiedCitation,
        confidence,
        failed[2],
        { value: failed[1] ?? null },
        warnings,
      ),
      allowed: false,
      conditions,
    };
  }
  return {
    ...procedureCheck(
      rule,
      'met',
      p.simplifiedCitation,
      confidence,
      'simplified-allowed',
      { regime: regimeById(i.regime).label },
      warnings,
    ),
    allowed: true,
    conditions,
  };
}
