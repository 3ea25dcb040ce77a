// Regime B2 (from 01/07/2025, ND 152/2025/NĐ-CP). rules.md §1.3: B2 inherits B unless a difference is
// confirmed. Inheritance is DATA: the parameter overrides live in regimes.ts (decree, publicity citation
// ND 152/2025 Art. 60(3), career-contribution tables ND 152/2025 Art. 21); the rule overrides are listed
// here — none is confirmed today, so the set is empty.
import type { RuleSet } from '../../rule.ts';

export const REGIME_B2_RULE_OVERRIDES: RuleSet = {};
