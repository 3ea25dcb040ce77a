// Building blocks the rule files compose. Each emits exactly one check (criterion, outcome, citation,
// reason code, evidence) and returns its outcome; the rule file decides which blocks apply and cites
// the article of its own regime.
import { countedDiscipline, disciplineWarnings } from './discipline-rating.ts';
import {
  disciplineRank,
  monthsSinceRecruitment,
  ratingRank,
  windowEnd,
  type GrantRecord,
} from './history.ts';
import type { RuleContext } from './rule.ts';
import {
  DISCIPLINE_LEVELS,
  type Citation,
  type DisciplineLevel,
  type Evidence,
  type InitiativeScope,
  type Outcome,
  type Rating,
  type TargetCode,
} from './types.ts';
import { outcomeOf, type Verdict } from './verdict.ts';

interface Base {
  criterion: string;
  rule: string;
  citation: Citation;
  route?: string;
}

function routed<T extends object>(o: T, route: string | undefined): T & { route?: string } {
  return route === undefined ? o : { ...o, route };
}

// ------------------------------------------------------------------ ratings

export function ratingAtLeast(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { year: number; required: Rating },
): Outcome {
  const rating = ctx.history.rating(o.year);
  if (rating === undefined) {
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'unknown' as const,
          citation: o.citation,
          code: 'rating-missing' as const,
          params: { year: o.year },
        },
        o.route,
      ),
    );
  }
  const ok = ratingRank(rating) >= ratingRank(o.required);
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: ok ? ('met' as const) : ('not-met' as const),
        citation: o.citation,
        code: ok ? ('rating-sufficient' as const) : ('rating-insufficient' as const),
        params: { year: o.year, rating, required: o.required },
        evidence: [{ kind: 'rating', year: o.year, value: rating }],
      },
      o.route,
    ),
  );
}

/** A title the engine decides itself for the judged year (CSTĐCS reads LĐTT of the same year, etc.). */
export function sameYearTitle(v: Verdict, ctx: RuleContext, o: Base & { title: TargetCode }): Outcome {
  // R-RATE-1: results built on LĐTT of the year repeat the rating/discipline inconsistency (discipline-rating.ts).
  if (o.title === 'lao-dong-tien-tien' && ctx.subject.kind === 'individual')
    disciplineWarnings(
      v,
      ctx.history,
      ctx.year,
      ctx.regime,
      countedDiscipline(ctx.history, ctx.year, ctx.params),
    );
  const outcome = outcomeOf(ctx.derived(o.title));
  const code =
    outcome === 'met'
      ? 'holds-title-same-year'
      : outcome === 'not-met'
        ? 'lacks-title-same-year'
        : 'title-same-year-undetermined';
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome,
        citation: o.citation,
        code,
        params: { title: o.title, year: ctx.year },
        evidence: [
          { kind: 'derived', year: ctx.year, code: o.title, value: ctx.derived(o.title) ?? 'unknown' },
        ],
      },
      o.route,
    ),
  );
}

// ------------------------------------------------------------------ the individual gate of LĐTT (and all above it)

export interface GateCitations {
  standard: Citation;
  specialCases: Citation;
  disqualifiers: Citation;
  registration: Citation;
  absence: Citation;
}
export interface GateRuleIds {
  standard: string;
  months: string;
  recruit: string;
  discipline: string;
  registration: string;
  absence: string;
  transfer: string;
}

/**
 * LĐTT gatekeepers (rules.md §3.1, §3.5): rating >= HTTNV; months worked (maternity leave, injury
 * treatment and qualifying training count as work); new recruits under the regime's threshold; discipline
 * from khiển trách; registration (blocking in A, warning from 2024); the agency's absence limit; transfers.
 */
export function ldttGate(v: Verdict, ctx: RuleContext, cites: GateCitations, ids: GateRuleIds): void {
  const y = ctx.year;
  const p = ctx.params;
  const f = ctx.history.facts_(y);
  ratingAtLeast(v, ctx, {
    criterion: 'rating-at-least-httnv',
    rule: ids.standard,
    citation: cites.standard,
    year: y,
    required: 'httnv',
  });

  // New recruits (A-LDTT-6: 10 months; B-LDTT-6: 6 months).
  const threshold = p.recruitMinMonths;
  let cap = 12;
  if (f?.recruitedOn !== undefined) {
    const months = monthsSinceRecruitment(f.recruitedOn, y);
    cap = months;
    const recruitedInYear = Number(f.recruitedOn.slice(0, 4)) >= y;
    if (recruitedInYear) {
      const ok = months >= threshold;
      v.add({
        criterion: 'new-recruit-months',
        rule: ids.recruit,
        outcome: ok ? 'met' : 'not-met',
        citation: cites.disqualifiers,
        code: ok ? 'recruit-sufficient' : 'recruit-insufficient',
        params: { year: y, recruitedOn: f.recruitedOn, months, required: threshold },
        evidence: [{ kind: 'year', year: y, code: 'recruitedOn', value: f.recruitedOn }],
      });
    }
  }

  // Months worked: maternity leave, injury treatment and training count as work (A-LDTT-2/3/4, B-LDTT-2/3/4).
  if (f?.monthsWorked === undefined && f?.recruitedOn === undefined) {
    v.add({
      criterion: 'months-worked',
      rule: ids.months,
      outcome: 'unknown',
      citation: cites.specialCases,
      code: 'months-unknown',
      params: { year: y },
    });
  } else {
    const worked = f.monthsWorked ?? cap;
    let extra = 0;
    const leave: string[] = [];
    if (f.maternityLeave) {
      extra += f.maternityLeaveMonths ?? Math.max(0, cap - worked);
      leave.push('nghỉ thai sản');
    }
    if (f.injuryTreatment) {
      extra += f.injuryTreatmentMonths ?? Math.max(0, cap - worked);
      leave.push('điều trị thương tích');
    }
    if (f.trainingMonths !== undefined && f.trainingMonths > 0) {
      const kha =
        f.trainingResult === 'kha' || f.trainingResult === 'gioi' || f.trainingResult === 'xuat-sac';
      if (!p.trainingNeedsKha || kha) {
        extra += f.trainingMonths;
        leave.push('đi học, bồi dưỡng');
      }
    }
    const months = Math.min(cap, worked + extra);
    const ok = months >= threshold;
    const evidence: Evidence[] = [{ kind: 'year', year: y, code: 'monthsWorked', value: worked }];
    if (f.maternityLeave) evidence.push({ kind: 'year', year: y, code: 'maternityLeave', value: true });
    if (f.injuryTreatment) evidence.push({ kind: 'year', year: y, code: 'injuryTreatment', value: true });
    v.add({
      criterion: 'months-worked',
      rule: ids.months,
      outcome: ok ? 'met' : 'not-met',
      citation: cites.specialCases,
      code: ok ? 'months-sufficient' : 'months-insufficient',
      params: { year: y, months, required: threshold, leave: leave.join(', ') },
      evidence,
    });
  }

  // Discipline from khiển trách (A-LDTT-6, B-LDTT-7); regime B does not count again a discipline decided in
  // the year for a violation of the previous year already rated KHTNV (rules.md §3.5, discipline-rating.ts).
  const counted = countedDiscipline(ctx.history, y, p);
  const d = counted.discipline;
  if (d) {
    v.add({
      criterion: 'no-discipline-in-year',
      rule: ids.discipline,
      outcome: 'not-met',
      citation: cites.disqualifiers,
      code: 'disciplined-in-year',
      params: { year: y, level: d.level },
      evidence: [{ kind: 'discipline', year: y, value: d.level }],
    });
    disciplineWarnings(v, ctx.history, y, ctx.regime, counted);
    if (ids.discipline.startsWith('B'))
      v.unverified('B-LDTT-7', 'B-LDTT-7', 'bị kỷ luật từ khiển trách trở lên trong năm thì không xét LĐTT');
  } else {
    v.add({
      criterion: 'no-discipline-in-year',
      rule: ids.discipline,
      outcome: 'met',
      citation: cites.disqualifiers,
      code: 'no-discipline',
      params: { year: y },
    });
    disciplineWarnings(v, ctx.history, y, ctx.regime, counted);
  }

  registration(v, ctx, cites.registration, ids.registration);

  // Absence limit: not national law since ND 91/2017 (A-LDTT-7); an agency option, off by default.
  const limit = ctx.options.absenceDaysLimit;
  if (limit !== null) {
    const days = f?.absenceDays;
    if (days === undefined)
      v.add({
        criterion: 'absence-days',
        rule: ids.absence,
        outcome: 'unknown',
        citation: cites.absence,
        code: 'absence-unknown',
        params: { year: y, limit },
      });
    else
      v.add({
        criterion: 'absence-days',
        rule: ids.absence,
        outcome: days <= limit ? 'met' : 'not-met',
        citation: cites.absence,
        code: days <= limit ? 'absence-within-limit' : 'absence-over-limit',
        params: { year: y, days, limit },
        evidence: [{ kind: 'year', year: y, code: 'absenceDays', value: days }],
      });
  }

  // Transfers (A-LDTT-5 / B-LDTT-5): the new unit judges; >= 6 months at the old one needs its comments.
  if (
    f?.transferredFrom !== undefined &&
    (f.monthsAtPreviousUnit ?? 0) >= 6 &&
    f.previousUnitComments !== true
  ) {
    v.warn('transfer-comments-needed', { from: f.transferredFrom, months: f.monthsAtPreviousUnit ?? 0 });
  }
}

/** A-REG-1 (blocking) / R-REG-2 (warning only from 2024; an agency may still require it). */
export function registration(v: Verdict, ctx: RuleContext, citation: Citation, rule: string): void {
  const y = ctx.year;
  const reg = ctx.history.facts_(y)?.registered;
  const blocking = ctx.params.registration === 'blocking' || ctx.options.registrationRequired;
  if (blocking) {
    const outcome: Outcome = reg === true ? 'met' : reg === false ? 'not-met' : 'unknown';
    v.add({
      criterion: 'registered',
      rule,
      outcome,
      citation,
      code: reg === true ? 'registered' : reg === false ? 'not-registered' : 'registration-unknown',
      params: { year: y },
    });
  } else if (reg === false) {
    v.warn('not-registered', { year: y });
  }
}

// ------------------------------------------------------------------ initiatives

export function initiatives(
  v: Verdict,
  ctx: RuleContext,
  o: Base & {
    from: number;
    to: number;
    scope: InitiativeScope;
    required: number;
    allowScienceTopic?: boolean;
  },
): Outcome {
  const { recognized, pending } = ctx.history.initiatives(o.from, o.to, o.scope);
  const evidence: Evidence[] = recognized.map((i) => ({
    kind: 'initiative',
    year: i.year,
    code: i.scope,
    value: i.status,
  }));
  let count = recognized.length;
  if (o.allowScienceTopic) {
    for (let y = o.from; y <= o.to; y++)
      if (ctx.history.facts_(y)?.scienceTopic) {
        count++;
        evidence.push({ kind: 'year', year: y, code: 'scienceTopic', value: true });
      }
  }
  const params = { from: o.from, to: o.to, year: o.to, scope: o.scope, count, required: o.required };
  if (count >= o.required) {
    const first = recognized[0];
    const code =
      o.required === 1 ? (first ? 'initiative-found' : 'science-topic-found') : 'initiatives-sufficient';
    const p = o.required === 1 && first ? { ...params, year: first.year, scope: first.scope } : params;
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'met' as const,
          citation: o.citation,
          code,
          params: p,
          evidence,
        },
        o.route,
      ),
    );
  }
  if (count + pending.length >= o.required) {
    const p0 = pending[0];
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'unknown' as const,
          citation: o.citation,
          code: 'initiative-pending' as const,
          params: { ...params, year: p0 ? p0.year : o.to },
          evidence,
        },
        o.route,
      ),
    );
  }
  const code = o.required === 1 ? ('initiative-missing' as const) : ('initiatives-insufficient' as const);
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'not-met' as const,
        citation: o.citation,
        code,
        params,
        evidence,
      },
      o.route,
    ),
  );
}

// ------------------------------------------------------------------ streaks and windows

/** Has the subject `title` for year y? The judged year comes from the engine, earlier years from history. */
export function titleOutcome(ctx: RuleContext, title: TargetCode, y: number): Outcome {
  if (y === ctx.year) return outcomeOf(ctx.derived(title));
  if (y > ctx.year) return 'not-met';
  return ctx.history.has(title, y) ? 'met' : 'not-met';
}

/**
 * "N lần liên tục": N titles for N adjacent achievement years ending at `endYear`, a gap resets; and a
 * streak already used for `consumer` (the higher title/form whose previous grant covers those years) is
 * not used again for it (rules.md §2, streak consumption / R-WIN-1).
 */
export function streak(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { title: TargetCode; n: number; endYear: number; consumer?: TargetCode },
): Outcome {
  const from = o.endYear - o.n + 1;
  const evidence: Evidence[] = [];
  if (o.consumer !== undefined) {
    const last = ctx.history.lastCovered(o.consumer, { meritOnly: true });
    if (last && last.end >= from) {
      return v.add(
        routed(
          {
            criterion: o.criterion,
            rule: o.rule,
            outcome: 'not-met' as const,
            citation: o.citation,
            code: 'streak-consumed' as const,
            params: {
              title: o.title,
              usedFor: o.consumer,
              usedUpTo: last.end,
              required: o.n,
              from,
              to: o.endYear,
            },
            evidence: [{ kind: 'award', year: last.grant.year, code: o.consumer }],
          },
          o.route,
        ),
      );
    }
  }
  let unknownYear: number | undefined;
  for (let y = o.endYear; y >= from; y--) {
    const out = titleOutcome(ctx, o.title, y);
    if (out === 'not-met') {
      return v.add(
        routed(
          {
            criterion: o.criterion,
            rule: o.rule,
            outcome: 'not-met' as const,
            citation: o.citation,
            code: 'streak-broken' as const,
            params: {
              title: o.title,
              required: o.n,
              from,
              to: o.endYear,
              missingYear: y,
              judgedYear: y === ctx.year,
            },
            evidence,
          },
          o.route,
        ),
      );
    }
    if (out === 'unknown') unknownYear ??= y;
    evidence.unshift({ kind: y === ctx.year ? 'derived' : 'title', year: y, code: o.title });
  }
  if (unknownYear !== undefined) {
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'unknown' as const,
          citation: o.citation,
          code: 'streak-unknown' as const,
          params: { title: o.title, required: o.n, from, to: o.endYear, missingYear: unknownYear },
          evidence,
        },
        o.route,
      ),
    );
  }
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'met' as const,
        citation: o.citation,
        code: 'streak-met' as const,
        params: { title: o.title, required: o.n, from, to: o.endYear },
        evidence,
      },
      o.route,
    ),
  );
}

/**
 * A prerequisite form (e.g. Bằng khen cấp tỉnh before Bằng khen Thủ tướng): the latest valid grant —
 * never annulled (R-ANN-1), never đợt/chuyên đề (R-KIND-1) — leaving at least `yearsAfter` achievement years
 * up to the judged year after the end of its window (R-WIN-1). Returns the window end or undefined.
 */
export function prerequisite(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { award: TargetCode; yearsAfter: number; windowCitation?: Citation },
): { outcome: Outcome; end?: number } {
  for (const g of ctx.history.setAside(o.award, { meritOnly: true }))
    v.warn(g.annulled ? 'annulled-not-counted' : 'chuyen-de-not-counted', { award: o.award, year: g.year });
  const valid = ctx.history.valid(o.award, { meritOnly: true });
  if (valid.length === 0) {
    v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'not-met' as const,
          citation: o.citation,
          code: 'prerequisite-missing' as const,
          params: { award: o.award },
        },
        o.route,
      ),
    );
    return { outcome: 'not-met' };
  }
  const latestFit = [...valid].reverse().find((g: GrantRecord) => windowEnd(g) <= ctx.year - o.yearsAfter);
  if (!latestFit) {
    const g = valid[valid.length - 1] as GrantRecord;
    v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'not-met' as const,
          citation: o.citation,
          code: 'prerequisite-too-recent' as const,
          params: { award: o.award, year: ctx.year, windowFrom: windowEnd(g), required: o.yearsAfter },
          evidence: [{ kind: 'award', year: g.year, code: o.award }],
        },
        o.route,
      ),
    );
    return { outcome: 'not-met' };
  }
  const end = windowEnd(latestFit);
  v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'met' as const,
        citation: o.citation,
        code: 'prerequisite-found' as const,
        params: { award: o.award, year: latestFit.year, windowFrom: end },
        evidence: [{ kind: 'award', year: latestFit.year, code: o.award, value: latestFit.decidedOn ?? '' }],
      },
      o.route,
    ),
  );
  return { outcome: 'met', end };
}

/** R-WIN-1: the same form was not already granted for achievements in [from, to] (window from the previous decision). */
export function windowClear(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { award: TargetCode; from: number; to: number },
): Outcome {
  const last = ctx.history.lastCovered(o.award);
  if (last && last.end >= o.from) {
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'not-met' as const,
          citation: o.citation,
          code: 'window-overlap' as const,
          params: { award: o.award, windowFrom: last.end, from: o.from, to: o.to },
          evidence: [{ kind: 'award', year: last.grant.year, code: o.award }],
        },
        o.route,
      ),
    );
  }
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'met' as const,
        citation: o.citation,
        code: 'window-clear' as const,
        params: { award: o.award, from: o.from, to: o.to },
      },
      o.route,
    ),
  );
}

/**
 * ">= N consecutive years up to the proposal rated at least `min`", counted back from the judged year and
 * only over years after `after` (the window start). Returns the run [from, to].
 */
export function yearsRun(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { n: number; min: Rating; after: number },
): { outcome: Outcome; from: number; to: number } {
  const to = ctx.year;
  let count = 0;
  let unknownAt: number | undefined;
  const evidence: Evidence[] = [];
  for (let y = to; y > o.after; y--) {
    const r = ctx.history.rating(y);
    if (r === undefined) {
      unknownAt = y;
      break;
    }
    if (ratingRank(r) < ratingRank(o.min)) break;
    count++;
    evidence.unshift({ kind: 'rating', year: y, value: r });
  }
  const from = to - count + 1;
  if (count >= o.n) {
    v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'met' as const,
          citation: o.citation,
          code: 'years-run-sufficient' as const,
          params: { from, to, count, required: o.n, rating: o.min },
          evidence,
        },
        o.route,
      ),
    );
    return { outcome: 'met', from, to };
  }
  if (unknownAt !== undefined) {
    v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'unknown' as const,
          citation: o.citation,
          code: 'years-run-unknown' as const,
          params: { missingYear: unknownAt, required: o.n, to },
          evidence,
        },
        o.route,
      ),
    );
    return { outcome: 'unknown', from, to };
  }
  v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'not-met' as const,
        citation: o.citation,
        code: 'years-run-insufficient' as const,
        params: { count, to, required: o.n, rating: o.min },
        evidence,
      },
      o.route,
    ),
  );
  return { outcome: 'not-met', from, to };
}

/** How many times `title` in [from, to] (the judged year from the engine). */
export function countTitles(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { title: TargetCode; from: number; to: number; required: number },
): Outcome {
  let count = 0;
  let unknown = 0;
  const evidence: Evidence[] = [];
  for (let y = o.from; y <= o.to; y++) {
    const out = titleOutcome(ctx, o.title, y);
    if (out === 'met') {
      count++;
      evidence.push({ kind: y === ctx.year ? 'derived' : 'title', year: y, code: o.title });
    } else if (out === 'unknown') unknown++;
  }
  const params = { title: o.title, from: o.from, to: o.to, count, required: o.required };
  if (count >= o.required)
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'met' as const,
          citation: o.citation,
          code: 'count-sufficient' as const,
          params,
          evidence,
        },
        o.route,
      ),
    );
  if (count + unknown >= o.required)
    return v.add(
      routed(
        {
          criterion: o.criterion,
          rule: o.rule,
          outcome: 'unknown' as const,
          citation: o.citation,
          code: 'count-unknown' as const,
          params,
          evidence,
        },
        o.route,
      ),
    );
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'not-met' as const,
        citation: o.citation,
        code: 'count-insufficient' as const,
        params,
        evidence,
      },
      o.route,
    ),
  );
}

export function countHtxsnv(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { from: number; to: number; required: number },
): Outcome {
  let count = 0;
  const evidence: Evidence[] = [];
  for (let y = o.from; y <= o.to; y++) {
    if (ctx.history.rating(y) === 'htxsnv') {
      count++;
      evidence.push({ kind: 'rating', year: y, value: 'htxsnv' });
    }
  }
  const ok = count >= o.required;
  return v.add(
    routed(
      {
        criterion: o.criterion,
        rule: o.rule,
        outcome: ok ? ('met' as const) : ('not-met' as const),
        citation: o.citation,
        code: ok ? ('htxsnv-count-sufficient' as const) : ('htxsnv-count-insufficient' as const),
        params: { from: o.from, to: o.to, count, required: o.required },
        evidence,
      },
      o.route,
    ),
  );
}

// ------------------------------------------------------------------ collectives: their members' facts

function memberList(v: Verdict, ctx: RuleContext) {
  const missing = ctx.members.filter((m) => m.summary === undefined);
  const first = missing[0];
  if (first) v.warn('member-not-in-input', { count: missing.length, member: first.id });
  return ctx.members;
}

/** Share of members holding a title of the judged year: > 50% LĐTT (TTLĐTT), >= 70% (TTLĐXS). */
export function memberShare(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { title: 'lao-dong-tien-tien' | 'chien-si-thi-dua-co-so'; share: number; strict: boolean },
): Outcome {
  const members = memberList(v, ctx);
  const total = members.length;
  if (total === 0)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'no-members',
      params: {},
    });
  let count = 0;
  let und = 0;
  for (const m of members) {
    const st = m.summary ? (o.title === 'lao-dong-tien-tien' ? m.summary.ldtt : m.summary.cstdcs) : undefined;
    if (st === 'eligible') count++;
    else if (st === undefined || st === 'needs-review') und++;
  }
  const passes = (c: number) => (o.strict ? c / total > o.share : c / total >= o.share);
  const params = { title: o.title, count, total, required: o.share, strict: o.strict, undetermined: und };
  const evidence: Evidence[] = [{ kind: 'member', code: o.title, value: `${count}/${total}` }];
  if (passes(count))
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'met',
      citation: o.citation,
      code: 'member-share-met',
      params,
      evidence,
    });
  if (passes(count + und))
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'member-share-unknown',
      params,
      evidence,
    });
  return v.add({
    criterion: o.criterion,
    rule: o.rule,
    outcome: 'not-met',
    citation: o.citation,
    code: 'member-share-not-met',
    params,
    evidence,
  });
}

/** 100% of members complete their tasks (rating >= HTNV). */
export function membersAllComplete(v: Verdict, ctx: RuleContext, o: Base): Outcome {
  const members = memberList(v, ctx);
  if (members.length === 0)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'no-members',
      params: {},
    });
  const unknown: string[] = [];
  for (const m of members) {
    const r = m.summary?.rating;
    if (r === undefined) unknown.push(m.id);
    else if (r === 'khtnv')
      return v.add({
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'not-met',
        citation: o.citation,
        code: 'member-not-complete',
        params: { member: m.id, year: ctx.year },
        evidence: [{ kind: 'member', year: ctx.year, code: m.id, value: r }],
      });
  }
  if (unknown.length > 0)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'member-rating-unknown',
      params: { count: unknown.length, member: unknown[0] ?? '', year: ctx.year },
    });
  return v.add({
    criterion: o.criterion,
    rule: o.rule,
    outcome: 'met',
    citation: o.citation,
    code: 'members-all-complete',
    params: { total: members.length, year: ctx.year },
  });
}

/** At least one member is CSTĐCS of the judged year. */
export function memberHasCstdcs(v: Verdict, ctx: RuleContext, o: Base): Outcome {
  const members = memberList(v, ctx);
  let count = 0;
  let und = 0;
  for (const m of members) {
    const st = m.summary?.cstdcs;
    if (st === 'eligible') count++;
    else if (st !== 'ineligible') und++;
  }
  if (count > 0)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'met',
      citation: o.citation,
      code: 'member-cstdcs-present',
      params: { count, year: ctx.year },
    });
  if (und > 0)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'member-cstdcs-unknown',
      params: { year: ctx.year },
    });
  return v.add({
    criterion: o.criterion,
    rule: o.rule,
    outcome: 'not-met',
    citation: o.citation,
    code: 'member-cstdcs-absent',
    params: { year: ctx.year },
  });
}

/** No member disciplined from `level` up in the judged year (A-TTLDTT-1, A-TTLDXS-1). */
export function membersNoDiscipline(
  v: Verdict,
  ctx: RuleContext,
  o: Base & { level: DisciplineLevel; blocking: boolean },
): Outcome {
  const min = disciplineRank(o.level);
  for (const m of ctx.members) {
    const d = m.summary?.discipline ?? -1;
    if (d >= min) {
      const actual = DISCIPLINE_LEVELS[d] ?? o.level;
      if (!o.blocking) {
        // U4: the clause may have been dropped from Law 06/2022 Art. 28(1): a warning, not a refusal.
        v.warn('member-serious-discipline', { member: m.id, level: o.level, actual, year: ctx.year });
        return 'met';
      }
      return v.add({
        criterion: o.criterion,
        rule: o.rule,
        outcome: 'not-met',
        citation: o.citation,
        code: 'member-serious-discipline',
        params: { member: m.id, level: o.level, actual, year: ctx.year },
        evidence: [{ kind: 'member', year: ctx.year, code: m.id, value: actual }],
      });
    }
  }
  return v.add({
    criterion: o.criterion,
    rule: o.rule,
    outcome: 'met',
    citation: o.citation,
    code: 'members-no-serious-discipline',
    params: { level: o.level, year: ctx.year },
  });
}

export function clusterRank(v: Verdict, ctx: RuleContext, o: Base): Outcome {
  const rank = ctx.history.facts_(ctx.year)?.clusterRank;
  const flags = ctx.options.flagsPerCluster;
  if (rank === undefined)
    return v.add({
      criterion: o.criterion,
      rule: o.rule,
      outcome: 'unknown',
      citation: o.citation,
      code: 'cluster-rank-missing',
      params: { year: ctx.year },
    });
  const ok = rank <= flags;
  return v.add({
    criterion: o.criterion,
    rule: o.rule,
    outcome: ok ? 'met' : 'not-met',
    citation: o.citation,
    code: ok ? 'cluster-rank-met' : 'cluster-rank-not-met',
    params: { rank, flags, year: ctx.year },
    evidence: [{ kind: 'year', year: ctx.year, code: 'clusterRank', value: rank }],
  });
}
