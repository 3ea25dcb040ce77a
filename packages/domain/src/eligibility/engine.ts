// The evaluator: one header (year, date of judgement, agency options, targets), then subjects one at a
// time — individuals first (they are needed by collectives and quotas), collectives after. It keeps only
// a compact summary per person, so the CLI can stream a 1,000,000-person-year file in bounded memory.
import { History, ratingRank } from './history.ts';
import { resolveOptions, type ResolvedOptions } from './options.ts';
import { isCrossRegime, judgementDate, pickRegime, type RegimeDef } from './regimes.ts';
import { rulesFor } from './registry.ts';
import type { MemberSummary, RuleContext, RuleSet, TitleRule } from './rule.ts';
import { type QuotaCandidate, QuotaTracker } from './quotas.ts';
import {
  COLLECTIVE_TARGETS,
  INDIVIDUAL_TARGETS,
  type CollectiveSubject,
  type EligibilityOutput,
  type EligibilityResult,
  type Header,
  type HistoryInput,
  type IndividualSubject,
  type QuotaEntry,
  type Status,
  type Subject,
  type TargetCode,
} from './types.ts';
import { deriveWithRoutes, Verdict } from './verdict.ts';
import { disciplineRank } from './history.ts';

/** Plain code-unit comparison: interchange.md sorts by subject id then target this way. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function topoOrder(
  rules: RuleSet,
  targets: readonly TargetCode[],
  kind: 'individual' | 'collective',
): TargetCode[] {
  const order: TargetCode[] = [];
  const seen = new Set<TargetCode>();
  const visit = (t: TargetCode) => {
    if (seen.has(t)) return;
    seen.add(t);
    const r = rules[t];
    if (!r || !r.kinds.includes(kind)) return;
    for (const d of r.dependsOn) visit(d);
    order.push(t);
  };
  for (const t of targets) visit(t);
  return order;
}

export interface PersonSummary extends MemberSummary {
  unitId: string | undefined;
  name: string | undefined;
}

export class Evaluator {
  readonly header: Header;
  readonly year: number;
  readonly judgedOn: string;
  readonly regime: RegimeDef;
  readonly options: ResolvedOptions;
  private readonly rules: RuleSet;
  private readonly requested: { individual: Set<TargetCode>; collective: Set<TargetCode> };
  private readonly order: { individual: TargetCode[]; collective: TargetCode[] };
  private readonly summaries = new Map<string, PersonSummary>();
  private readonly quotas: QuotaTracker;
  private readonly cross: boolean;

  constructor(header: Header) {
    this.header = header;
    this.year = header.year;
    const options0 = header.agency?.options;
    const byDecision = options0?.judgeByDecisionDate ?? true;
    // R-REG-1: by default the date of judgement picks the regime; an agency may choose the achievement year.
    this.judgedOn = judgementDate(header.year, header.evaluatedOn);
    this.regime = byDecision ? pickRegime(header.year, header.evaluatedOn) : pickRegime(header.year);
    this.options = resolveOptions(options0, this.regime);
    this.rules = rulesFor(this.regime.id);
    this.cross = isCrossRegime(this.year, this.regime);
    const asked = header.targets ? new Set(header.targets) : undefined;
    const ind = INDIVIDUAL_TARGETS.filter((t) => !asked || asked.has(t));
    const col = COLLECTIVE_TARGETS.filter((t) => !asked || asked.has(t));
    this.requested = { individual: new Set(ind), collective: new Set(col) };
    // LĐTT and CSTĐCS are always worked out for individuals: collectives and quotas read them.
    this.order = {
      individual: topoOrder(
        this.rules,
        [...ind, 'lao-dong-tien-tien', 'chien-si-thi-dua-co-so'],
        'individual',
      ),
      collective: topoOrder(this.rules, col, 'collective'),
    };
    this.quotas = new QuotaTracker(this.regime, this.options, header.agency?.id ?? 'agency', this.year, {
      cstdcs: this.requested.individual.has('chien-si-thi-dua-co-so'),
      cstdt: this.requested.individual.has('chien-si-thi-dua-cap-tinh'),
      coChinhPhu: this.requested.collective.has('co-thi-dua-chinh-phu'),
    });
  }

  private run(
    subject: Subject,
    order: readonly TargetCode[],
    members: RuleContext['members'],
  ): { statuses: Map<TargetCode, Status>; results: EligibilityResult[]; history: History } {
    const history = new History(subject, this.year);
    const statuses = new Map<TargetCode, Status>();
    const results: EligibilityResult[] = [];
    const requested = subject.kind === 'individual' ? this.requested.individual : this.requested.collective;
    const ctx: RuleContext = {
      year: this.year,
      judgedOn: this.judgedOn,
      regime: this.regime,
      params: this.regime.params,
      options: this.options,
      subject,
      history,
      derived: (t) => statuses.get(t),
      members,
    };
    const cross = this.cross;
    for (const target of order) {
      const rule = this.rules[target] as TitleRule;
      const v = new Verdict();
      rule.evaluate(ctx, v);
      const { status, routes } = deriveWithRoutes(v.checks);
      statuses.set(target, status);
      if (!requested.has(target)) continue;
      if (cross)
        v.warn('regime-by-decision-date', {
          year: this.year,
          evaluatedOn: this.judgedOn,
          regime: this.regime.label,
        });
      const r: EligibilityResult = routes
        ? { subject: subject.id, target, status, rules: rule.ruleIds as string[], routes, checks: v.checks }
        : { subject: subject.id, target, status, rules: rule.ruleIds as string[], checks: v.checks };
      if (v.council.length > 0) r.councilJudgement = v.council;
      if (v.warnings.length > 0) r.warnings = v.warnings;
      results.push(r);
    }
    results.sort((a, b) => compareCodeUnits(a.target, b.target));
    return { statuses, results, history };
  }

  /** Judge one individual; keeps its compact summary for collectives and quotas. */
  individual(s: IndividualSubject): EligibilityResult[] {
    const { statuses, results, history } = this.run(s, this.order.individual, []);
    const disc = history.discipline(this.year);
    const summary: PersonSummary = {
      id: s.id,
      ldtt: statuses.get('lao-dong-tien-tien') ?? 'needs-review',
      cstdcs: statuses.get('chien-si-thi-dua-co-so') ?? 'needs-review',
      rating: history.rating(this.year),
      discipline: disc ? disciplineRank(disc.level) : -1,
      isLeader: s.isLeader === true,
      unitId: s.unitId,
      name: s.name,
    };
    this.summaries.set(s.id, summary);
    this.quotas.addIndividual(
      summary,
      this.rankingKeys(s, summary),
      statuses.get('chien-si-thi-dua-cap-tinh'),
    );
    return results;
  }

  private rankingKeys(s: IndividualSubject, summary: PersonSummary): QuotaCandidate {
    // Tie-break keys (quotas.ts): rating, titles in the 3 previous years, initiatives of the year, name.
    let recentTitles = 0;
    for (const t of s.titles)
      if (t.status !== 'annulled' && t.year >= this.year - 3 && t.year < this.year) recentTitles++;
    for (const a of s.awards)
      if (a.status !== 'annulled' && a.year >= this.year - 3 && a.year < this.year) recentTitles++;
    let initiatives = 0;
    for (const i of s.initiatives) if (i.year === this.year && i.status === 'recognized') initiatives++;
    return {
      id: s.id,
      name: s.name ?? s.id,
      rating: ratingRank(summary.rating),
      recentTitles,
      initiatives,
      isLeader: summary.isLeader,
    };
  }

  /** Judge one collective; call after every individual it names has been given to `individual`. */
  collective(s: CollectiveSubject): EligibilityResult[] {
    const members = s.members.map((id) => ({ id, summary: this.summaries.get(id) }));
    const { statuses, results } = this.run(s, this.order.collective, members);
    this.quotas.addCollective(
      s.id,
      statuses.get('co-thi-dua-cap-tinh'),
      statuses.get('co-thi-dua-chinh-phu'),
    );
    return results;
  }

  member(id: string): PersonSummary | undefined {
    return this.summaries.get(id);
  }

  finish(): QuotaEntry[] {
    return this.quotas.entries();
  }
}

/** The library entry point: tdkt-history/1 (already validated) → tdkt-eligibility/1. Pure. */
export function evaluate(input: HistoryInput): EligibilityOutput {
  const { subjects, ...header } = input;
  const ev = new Evaluator(header);
  const results: EligibilityResult[] = [];
  for (const s of subjects) if (s.kind === 'individual') results.push(...ev.individual(s));
  for (const s of subjects) if (s.kind === 'collective') results.push(...ev.collective(s));
  // Sort by subject id then target (code units); the sort is stable, targets are already ordered.
  results.sort((a, b) => compareCodeUnits(a.subject, b.subject) || compareCodeUnits(a.target, b.target));
  return {
    format: 'tdkt-eligibility/1',
    year: input.year,
    regime: ev.regime.id,
    results,
    quotas: ev.finish(),
  };
}
