// The overview page ("/") by role (issue #7 item 5): one response with a card per role the user holds —
// the officer's (deadlines, pending dossiers, quotas used, indicators against plan), a unit head's (their
// unit's ratings, tasks, registrations), a staff member's (my award history, my forecast, my deadlines) and
// the director's summary of the agency's year. Every figure is a set-based count over the user's scope.
import { sql } from 'kysely';
import * as repo from '../../../../../packages/db/src/repositories/statistics.ts';
import { quotaLimit } from '../../../../../packages/domain/src/eligibility/quotas.ts';
import { hasRole, isAdmin, type Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { getIndicatorSummary } from '../indicators/service.ts';
import { personEligibility } from '../person-eligibility/service.ts';
import {
  AUTHORITY_LABELS,
  PROPOSAL_STATUS_LABELS,
  TASK_STATE_LABELS,
  codeLabel,
  codeShort,
  label,
} from './labels.ts';
import { resolveTargets, today } from './service.ts';

/** Deadlines "due soon": within this many days from today. */
const DUE_SOON_DAYS = 14;
/** The titles a staff member's forecast shows, in this order. */
const FORECAST_TARGETS: string[] = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'giay-khen',
  'bang-khen-cap-tinh',
];
const PENDING = ['draft', 'unit', 'officer-check', 'council', 'signing', 'sent'];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function presentTask(t: repo.TaskRecord) {
  return {
    id: t.id,
    planId: t.plan_id,
    planTitle: t.plan_title,
    number: t.number,
    content: t.content,
    dueOn: t.due_on,
    status: t.status,
    state: t.state,
    stateLabel: TASK_STATE_LABELS[t.state] ?? t.state,
    leadUnits: t.lead_units,
  };
}

/** The year the overview shows: the asked one, else this year if the agency has records in it, else the latest
 * year with records (a demo or a newly imported history is not empty on 1 January). */
async function overviewYear(ctx: Ctx, agencyId: number | null, asked: number | undefined, day: string) {
  const current = Number(day.slice(0, 4));
  if (asked !== undefined) return asked;
  if (agencyId === null) return current;
  // The cycle's year of each record: plans, ratings and proposals carry it; awards their achievement year.
  const r = await sql<{ y: number | null }>`
    SELECT max(y)::int AS y FROM (
      SELECT max(year) AS y FROM plans WHERE agency_id = ${agencyId} AND year <= ${current}
      UNION ALL SELECT max(year) FROM ratings WHERE agency_id = ${agencyId} AND year <= ${current}
      UNION ALL SELECT max(year) FROM proposals WHERE agency_id = ${agencyId} AND year <= ${current}
      UNION ALL SELECT max(year) FROM award_history WHERE recorded_by_agency_id = ${agencyId} AND year <= ${current}
    ) x`.execute(ctx.db);
  return r.rows[0]?.y ?? current;
}

async function officerCard(ctx: Ctx, agencyId: number, year: number, day: string) {
  const scope = { agencyId, unitIds: null };
  const soon = addDays(day, DUE_SOON_DAYS);
  const [deadlines, overdue, proposals, titles, targets, lastMonth] = await Promise.all([
    repo.taskRecords(ctx.db, scope, { year, dueBy: soon }, day, 6),
    repo.taskRecords(ctx.db, scope, { year, state: 'late' }, day, 0),
    repo.proposalsByStatus(ctx.db, agencyId, year),
    repo.unitTitles(ctx.db, scope, year),
    resolveTargets(ctx, agencyId, year),
    repo.lastIndicatorMonth(ctx.db, agencyId, year),
  ]);
  const pending = proposals.filter((p) => PENDING.includes(p.status));
  const sent = proposals.find((p) => p.status === 'sent');
  // Quotas used: CSTĐCS granted against floor(share × LĐTT granted), per unit (A-CSTDCS-2 counts per unit)
  // and for the agency; LĐTT against the agency's target share of the headcount.
  const cs = targets.find((t) => t.code === 'chien-si-thi-dua-co-so')!;
  const ld = targets.find((t) => t.code === 'lao-dong-tien-tien')!;
  const ldtt = titles.reduce((s, u) => s + u.ldtt, 0);
  const cstdcs = titles.reduce((s, u) => s + u.cstdcs, 0);
  const headcount = titles.reduce((s, u) => s + u.headcount, 0);
  const overUnits = titles
    .filter((u) => u.cstdcs > quotaLimit(cs.percent / 100, u.ldtt, 'floor'))
    .map((u) => u.unit_name);
  const quotas = [
    {
      code: 'chien-si-thi-dua-co-so',
      label: codeShort('chien-si-thi-dua-co-so'),
      used: cstdcs,
      limit: quotaLimit(cs.percent / 100, ldtt, 'floor'),
      text: `${cstdcs}/${quotaLimit(cs.percent / 100, ldtt, 'floor')} (${cs.percent}% của ${ldtt} LĐTT)`,
      over: overUnits,
      source: cs.source,
      drill: { from: year, to: year, code: 'chien-si-thi-dua-co-so', subjectKind: 'person' },
    },
    {
      code: 'lao-dong-tien-tien',
      label: codeShort('lao-dong-tien-tien'),
      used: ldtt,
      limit: Math.ceil((ld.percent / 100) * headcount - 1e-9),
      text: `${ldtt}/${headcount} cán bộ (chỉ tiêu ${ld.percent}%)`,
      over: [] as string[],
      source: ld.source,
      drill: { from: year, to: year, code: 'lao-dong-tien-tien', subjectKind: 'person' },
    },
  ];
  let indicators: { id: number; name: string; percentOfPlan: number | null; text: string | null }[] = [];
  if (lastMonth !== null) {
    const s = await getIndicatorSummary(ctx, agencyId, year, lastMonth);
    indicators = s.indicators
      .filter((i) => i.raw.plan !== null)
      .map((i) => ({
        id: i.id,
        name: i.name,
        percentOfPlan: i.raw.percentOfPlan === null ? null : Number(i.raw.percentOfPlan),
        text: i.text.percentOfPlan,
      }));
  }
  return {
    deadlines: {
      dueSoonDays: DUE_SOON_DAYS,
      open: deadlines.total,
      overdue: overdue.total,
      items: deadlines.rows.map(presentTask),
    },
    proposals: {
      pending: pending.reduce((s, p) => s + p.count, 0),
      awaitingDecision: sent?.count ?? 0,
      oldestSentOn: sent?.oldest_sent_on ?? null,
      byStatus: pending.map((p) => ({
        status: p.status,
        label: PROPOSAL_STATUS_LABELS[p.status] ?? p.status,
        count: p.count,
      })),
    },
    quotas,
    indicators: { uptoMonth: lastMonth, items: indicators },
  };
}

async function unitHeadCard(ctx: Ctx, agencyId: number, unitIds: number[], year: number, day: string) {
  const scope = { agencyId, unitIds };
  const [units, ratings, tasks, registrations, titles] = await Promise.all([
    ctx.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', unitIds)
      .orderBy('sort_order')
      .execute(),
    repo.ratingProgress(ctx.db, scope, year),
    repo.tasksByState(ctx.db, scope, year, day),
    repo.registrationProgress(ctx.db, scope, year),
    repo.unitTitles(ctx.db, scope, year),
  ]);
  const count = (s: string) => tasks.find((t) => t.state === s)?.count ?? 0;
  return {
    unitIds,
    unitName: units.map((u) => u.name).join(', '),
    ratings: {
      people: ratings.people,
      selfRated: ratings.self_rated,
      proposed: ratings.proposed,
      finalised: ratings.finalised,
      htxsnv: ratings.htxsnv,
      progress: ratio(ratings.finalised, ratings.people),
    },
    tasks: {
      total: tasks.reduce((s, t) => s + t.count, 0),
      done: count('done'),
      open: count('not-started') + count('in-progress') + count('late'),
      overdue: count('late'),
    },
    registrations: {
      people: ratings.people,
      registered: registrations.people_registered,
      accepted: registrations.people_accepted,
      unitRegistered: registrations.units_registered > 0,
      late: registrations.late,
    },
    titles: {
      ldtt: titles.reduce((s, u) => s + u.ldtt, 0),
      cstdcs: titles.reduce((s, u) => s + u.cstdcs, 0),
      collective: titles.map((u) => u.collective).find((c) => c !== null) ?? null,
    },
  };
}

async function staffCard(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  personId: number,
  year: number,
  day: string,
) {
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'full_name', 'unit_id', 'agency_id'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return null;
  const scope = { agencyId: person.agency_id, unitIds: null };
  const history = await repo.awardRecords(
    ctx.db,
    scope,
    { personId, includeAnnulled: true },
    { limit: 10, offset: 0 },
  );
  const mine = history.rows;
  const deadlines = await repo.taskRecords(
    ctx.db,
    { ...scope, unitIds: [person.unit_id] },
    { year, dueBy: addDays(day, 30) },
    day,
    5,
  );
  // My forecast: the eligibility engine over my records (the person-eligibility module), next year's titles.
  let forecast: {
    target: string;
    label: string;
    status: string;
    earliestYear: number | null;
    text: string | null;
  }[] = [];
  let forecastError: string | null = null;
  try {
    const r = await personEligibility(ctx, actor, personId, year);
    const fc = r.output.forecasts ?? [];
    forecast = r.output.results
      .filter((x) => FORECAST_TARGETS.includes(x.target))
      .sort((a, b) => FORECAST_TARGETS.indexOf(a.target) - FORECAST_TARGETS.indexOf(b.target))
      .map((x) => {
        const f = fc.find((y) => y.target === x.target);
        return {
          target: x.target,
          label: codeLabel(x.target),
          status: x.status,
          earliestYear: f?.earliestYear ?? null,
          text: f?.text ?? null,
        };
      });
  } catch (e) {
    // The overview stays up when the forecast cannot be made; the card says why instead of guessing.
    forecastError = e instanceof Error ? e.message : String(e);
  }
  void agencyId;
  return {
    personId,
    fullName: person.full_name,
    history: mine.map((r) => ({
      recipientId: r.recipient_id,
      decisionId: r.decision_id,
      year: r.year,
      code: r.code,
      label: codeLabel(r.code, r.other_name),
      authority: label(AUTHORITY_LABELS, r.authority),
      number: r.number,
      symbol: r.symbol,
      decidedOn: r.decided_on,
      status: r.status,
    })),
    forecastYear: year,
    forecast,
    forecastError,
    deadlines: deadlines.rows.map(presentTask),
  };
}

async function directorCard(ctx: Ctx, agencyId: number, year: number, day: string) {
  const scope = { agencyId, unitIds: null };
  const [awards, ratings, proposals, tasks, registrations, titles] = await Promise.all([
    repo.awardGroups(ctx.db, scope, { yearFrom: year, yearTo: year }),
    repo.ratingProgress(ctx.db, scope, year),
    repo.proposalsByStatus(ctx.db, agencyId, year),
    repo.tasksByState(ctx.db, scope, year, day),
    repo.registrationProgress(ctx.db, scope, year),
    repo.unitTitles(ctx.db, scope, year),
  ]);
  const cat = (c: string) => awards.find((r) => r.grouping === 'year' && r.category === c)?.count ?? 0;
  const t = (s: string) => tasks.find((x) => x.state === s)?.count ?? 0;
  const tasksTotal = tasks.reduce((s, x) => s + x.count, 0);
  const byForm = awards
    .filter((r) => r.grouping === 'code' && r.code !== null)
    .map((r) => ({ code: r.code as string, label: codeShort(r.code as string), count: r.count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 6);
  return {
    people: ratings.people,
    awards: { titles: cat('title'), forms: cat('form'), byForm },
    ratings: {
      finalised: ratings.finalised,
      htxsnv: ratings.htxsnv,
      progress: ratio(ratings.finalised, ratings.people),
    },
    proposals: {
      pending: proposals.filter((p) => PENDING.includes(p.status)).reduce((s, p) => s + p.count, 0),
      decided: proposals.find((p) => p.status === 'decided')?.count ?? 0,
    },
    tasks: {
      total: tasksTotal,
      done: t('done'),
      overdue: t('late'),
      progress: ratio(t('done'), tasksTotal - t('cancelled')),
    },
    registrations: { people: registrations.people_registered, units: registrations.units_registered },
    ldttShare: ratio(
      titles.reduce((s, u) => s + u.ldtt, 0),
      titles.reduce((s, u) => s + u.headcount, 0),
    ),
  };
}

export async function dashboard(ctx: Ctx, actor: Actor, q: { year?: number | undefined }) {
  const day = today(ctx);
  const agencyId = actor.agencyId;
  const year = await overviewYear(ctx, agencyId, q.year, day);
  const officer = isAdmin(actor) || hasRole(actor, 'officer');
  const headed = actor.roles
    .filter((r) => r.role === 'unit-head' && r.unitId !== null)
    .map((r) => r.unitId as number);
  let leaderPerson = false;
  if (actor.personId !== null) {
    const p = await ctx.db
      .selectFrom('people')
      .select('is_leader')
      .where('id', '=', actor.personId)
      .executeTakeFirst();
    leaderPerson = p?.is_leader ?? false;
  }
  // The director's summary: admins and officers (who prepare it), and the agency's leaders (is_leader) on
  // the council — the director and deputies.
  const director = agencyId !== null && (officer || (leaderPerson && hasRole(actor, 'council')));
  return {
    year,
    today: day,
    officer: officer && agencyId !== null ? await officerCard(ctx, agencyId, year, day) : null,
    unitHead:
      headed.length > 0 && agencyId !== null ? await unitHeadCard(ctx, agencyId, headed, year, day) : null,
    staff:
      actor.personId !== null && agencyId !== null
        ? await staffCard(ctx, actor, agencyId, actor.personId, year, day)
        : null,
    director: director && agencyId !== null ? await directorCard(ctx, agencyId, year, day) : null,
  };
}
