// What a rule is: one title or form under one regime, as a plain object (style rule 2: one rule, one file).
import type { History } from './history.ts';
import type { ResolvedOptions } from './options.ts';
import type { RegimeDef, RegimeParams } from './regimes.ts';
import type { Rating, Status, Subject, SubjectKind, TargetCode } from './types.ts';
import type { Verdict } from './verdict.ts';

/** What a collective rule needs to know of each member: compact, so 1 M person-years fit in memory. */
export interface MemberSummary {
  id: string;
  ldtt: Status;
  cstdcs: Status;
  rating: Rating | undefined;
  /** Index in DISCIPLINE_LEVELS of the strongest discipline in the judged year, -1 for none. */
  discipline: number;
  isLeader: boolean;
}

export interface RuleContext {
  year: number;
  /** Date of judgement (ISO): evaluatedOn, else 31/12 of the year. */
  judgedOn: string;
  regime: RegimeDef;
  params: RegimeParams;
  options: ResolvedOptions;
  subject: Subject;
  history: History;
  /** The engine's own verdict on another title of the same subject for the judged year. */
  derived(target: TargetCode): Status | undefined;
  /** Members of a collective, in input order (undefined = not present in the input). */
  members: { id: string; summary: MemberSummary | undefined }[];
}

export interface TitleRule {
  target: TargetCode;
  /** Rule ids of rules.md §12 this file implements (kept for traceability). */
  ruleIds: readonly string[];
  kinds: readonly SubjectKind[];
  /** Titles of the same year this rule reads through ctx.derived (evaluated first). */
  dependsOn: readonly TargetCode[];
  evaluate(ctx: RuleContext, v: Verdict): void;
}

export type RuleSet = Partial<Record<TargetCode, TitleRule>>;
