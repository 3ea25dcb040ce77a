// Which rule set applies under which regime; B2 = B + its overrides (inheritance as data).
import { REGIME_A_RULES } from './regimes/A/index.ts';
import { REGIME_B_RULES } from './regimes/B/index.ts';
import { REGIME_B2_RULE_OVERRIDES } from './regimes/B2/index.ts';
import { regimeById } from './regimes.ts';
import type { RuleSet } from './rule.ts';
import type { RegimeId } from './types.ts';

const OWN: Record<RegimeId, RuleSet> = { A: REGIME_A_RULES, B: REGIME_B_RULES, B2: REGIME_B2_RULE_OVERRIDES };
export function rulesFor(regime: RegimeId): RuleSet {
  const parent = regimeById(regime).inherits;
  return parent ? { ...rulesFor(parent), ...OWN[regime] } : OWN[regime];
}
