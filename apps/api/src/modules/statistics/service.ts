// Statistics (issue #7 item 4): awards by year, level, form and unit; titles per unit against the targets;
// indicators against plan by month; plan tasks by status; fairness (leaders/others, women, rotation,
// timeliness). Read-only: each figure is one set-based query of repositories/statistics.ts over the actor's
// agency (a unit head: their units), and each carries `drill`, the filter of the records endpoint that lists
// exactly the rows it counted.
import * as repo from '../../../../../packages/db/src/repositories/statistics.ts';
import type { StatScope } from '../../../../../packages/db/src/repositories/statistics.ts';
import { pickRegime, regimeById } from '../../../../../packages/domain/src/eligibility/regimes.ts';
import { isAdmin, recordReadScope, type Actor } from '../../auth/actor.ts';
import { todayIn, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { getIndicatorSummary } from '../indicators/service.ts';
import type { IndicatorSummaryItem } from '../indicators/service.ts';
import {
  AUTHORITY_LABELS,
  CATEGORY_LABELS,
  TASK_STATE_LABELS,
  codeLabel,
  codeShort,
  label,
} from './labels.ts';

/** The query of GET /api/statistics/records that lists the rows behind a figure. */
export type Drill = Record<string, string | number | boolean>;

export function today(ctx: Ctx): string {
  return todayIn(ctx.config.timeZone);
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/**
 * Every drill-down filter in a response names its agency, so the link behind a figure opens the same agency's
 * records whoever follows it (an admin or reviewer looking at another agency). Keys starting with "drill" hold
 * a filter, or a record of filters.
 */
function withAgency<T>(x: T, agencyId: number): T {
  const stamp = (v: object): object =>
    Object.values(v).every((u) => u === null || typeof u !== 'object')
      ? { agencyId, ...v }
      : Object.fromEntries(Object.entries(v).map(([k, u]) => [k, stamp(u as object)]));
  if (Array.isArray(x)) return x.map((v: unknown) => withAgency(v, agencyId)) as T;
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x).map(([k, v]) => [
      k,
      k.startsWith('drill') && v !== null && typeof v === 'object'
        ? stamp(v as object)
        : withAgency(v, agencyId),
    ]),
  ) as T;
}

/** share of part in whole as a ratio, null when the whole is 0. */
const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

// ───────────────────────────── scope ─────────────────────────────

/**
 * The agency (default: the actor's) and, for a unit head, their units. Officers, council members and
 * reviewers of the agency (reviewers also of its sub-agencies) and admins see the whole agency; a unit head
 * sees their units only; anyone else gets 403.
 */
export async function resolveScope(ctx: Ctx, actor: Actor, agencyId?: number): Promise<StatScope> {
  const id = agencyId ?? actor.agencyId;
  if (id === null || id === undefined) throw errors.field('agencyId', 'Hãy chọn cơ quan để xem thống kê.');
  if (isAdmin(actor)) return { agencyId: id, unitIds: null };
  if (recordReadScope(actor).agencyIds.includes(id)) return { agencyId: id, unitIds: null };
  const headed = actor.roles
    .filter((r) => r.role === 'unit-head' && r.unitId !== null)
    .map((r) => r.unitId as number);
  if (headed.length > 0) {
    const units = await ctx.db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', id)
      .where('id', 'in', headed)
      .execute();
    if (units.length > 0) return { agencyId: id, unitIds: units.map((u) => u.id) };
  }
  throw errors.forbidden('xem thống kê của cơ quan này');
}

async function agencyName(ctx: Ctx, agencyId: number): Promise<string> {
  const a = await ctx.db.selectFrom('agencies').select('name').where('id', '=', agencyId).executeTakeFirst();
  if (!a) throw errors.notFound('cơ quan');
  return a.name;
}

async function scopeLabel(ctx: Ctx, scope: StatScope): Promise<string> {
  const name = await agencyName(ctx, scope.agencyId);
  if (scope.unitIds === null) return name;
  const units = await ctx.db
    .selectFrom('units')
    .select('name')
    .where('id', 'in', scope.unitIds)
    .orderBy('sort_order')
    .execute();
  return `${units.map((u) => u.name).join(', ')} – ${name}`;
}

/** The latest year with a granted award, else this year. */
async function defaultYear(ctx: Ctx, agencyId: number): Promise<number> {
  const years = await repo.awardYears(ctx.db, agencyId);
  return years.at(-1) ?? yearOf(today(ctx));
}

function checkRange(from: number, to: number): void {
  if (from > to) throw errors.field('from', 'Năm bắt đầu phải không sau năm kết thúc.');
  if (to - from > 30) throw errors.field('from', 'Khoảng thời gian thống kê tối đa 30 năm.');
}

// ───────────────────────────── awards ─────────────────────────────

export async function awardStats(
  ctx: Ctx,
  actor: Actor,
  q: { agencyId?: number | undefined; from?: number | undefined; to?: number | undefined },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const years = await repo.awardYears(ctx.db, scope.agencyId);
  const to = q.to ?? years.at(-1) ?? yearOf(today(ctx));
  const from = q.from ?? Math.max(to - 4, Math.min(years[0] ?? to, to));
  checkRange(from, to);
  const rows = await repo.awardGroups(ctx.db, scope, { yearFrom: from, yearTo: to });
  const range = { from, to };
  const byYear = [];
  for (let y = from; y <= to; y++) {
    const of = (c: 'title' | 'form') =>
      rows.find((r) => r.grouping === 'year' && r.year === y && r.category === c)?.count ?? 0;
    const titles = of('title');
    const forms = of('form');
    byYear.push({
      year: y,
      titles,
      forms,
      total: titles + forms,
      drill: { from: y, to: y },
      drillTitles: { from: y, to: y, category: 'title' },
      drillForms: { from: y, to: y, category: 'form' },
    });
  }
  const byLevel = rows
    .filter((r) => r.grouping === 'authority' && r.authority !== null)
    .map((r) => ({
      authority: r.authority as string,
      label: label(AUTHORITY_LABELS, r.authority),
      count: r.count,
      drill: { ...range, authority: r.authority as string } as Drill,
    }));
  const byForm = rows
    .filter((r) => r.grouping === 'code' && r.code !== null)
    .map((r) => ({
      code: r.code as string,
      label: codeLabel(r.code as string),
      short: codeShort(r.code as string),
      count: r.count,
      drill: { ...range, code: r.code as string } as Drill,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
  const byUnit = rows
    .filter((r) => r.grouping === 'unit')
    .sort((a, b) =>
      a.unit_id === null ? 1 : b.unit_id === null ? -1 : (a.unit_sort ?? 0) - (b.unit_sort ?? 0),
    )
    .map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name ?? 'Cơ quan (tập thể)',
      count: r.count,
      drill: { ...range, unitId: r.unit_id ?? 0 } as Drill,
    }));
  return withAgency(
    {
      agencyId: scope.agencyId,
      scopeName: await scopeLabel(ctx, scope),
      from,
      to,
      years,
      total: byYear.reduce((s, y) => s + y.total, 0),
      byYear,
      byLevel,
      byForm,
      byUnit,
    },
    scope.agencyId,
  );
}

// ───────────────────────────── titles against targets ─────────────────────────────

/**
 * What the agency aims for, taken from data, never typed here:
 *  1. the agency's own percentage targets of the year (movement_targets with a title and '%': "90% LĐTT");
 *  2. for CSTĐCS, the regime's legal cap (domain regimes.ts, A-CSTDCS-2: ≤ 15% of LĐTT); in regime B, which
 *     has no national cap (B-CSTDCS-2), the former legal 15% that agencies keep "by habit" (rules.md U3);
 *  3. for LĐTT and Tập thể LĐXS, which have no legal ratio, the plan targets rules.md names as the usual ones
 *     (A-LDTT-8 "90% LĐTT"; TTLĐXS "≥ 30% of units") — shown as such, so the officer sees where they come from.
 */
const USUAL_PLAN_TARGETS: Record<string, { percent: number; source: string }> = {
  'lao-dong-tien-tien': {
    percent: 90,
    source: 'Chỉ tiêu thường đặt trong kế hoạch TĐKT (rules.md A-LDTT-8); cơ quan chưa đặt chỉ tiêu năm này',
  },
  'tap-the-lao-dong-xuat-sac': {
    percent: 30,
    source:
      'Chỉ tiêu thường đặt trong kế hoạch TĐKT (rules.md, TTLĐXS ≥ 30% đơn vị); cơ quan chưa đặt chỉ tiêu năm này',
  },
};

export interface TitleTarget {
  code: string;
  label: string;
  percent: number;
  comparison: 'at-least' | 'at-most';
  base: string;
  source: string;
}

export async function resolveTargets(ctx: Ctx, agencyId: number, year: number): Promise<TitleTarget[]> {
  const own = await repo.percentTargets(ctx.db, agencyId, year);
  const fromPlan = (code: string) => own.find((t) => t.title_code === code);
  const out: TitleTarget[] = [];
  const push = (code: string, base: string, fallback: () => Omit<TitleTarget, 'code' | 'label' | 'base'>) => {
    const t = fromPlan(code);
    out.push(
      t
        ? {
            code,
            label: codeShort(code),
            percent: Number(t.target_value),
            comparison: t.comparison === 'at-most' ? 'at-most' : 'at-least',
            base,
            source: `${t.content} (${t.movement_name})`,
          }
        : { code, label: codeShort(code), base, ...fallback() },
    );
  };
  push('lao-dong-tien-tien', 'số cán bộ', () => ({
    percent: USUAL_PLAN_TARGETS['lao-dong-tien-tien']!.percent,
    comparison: 'at-least',
    source: USUAL_PLAN_TARGETS['lao-dong-tien-tien']!.source,
  }));
  push('chien-si-thi-dua-co-so', 'số đạt LĐTT', () => {
    const regime = pickRegime(year);
    const legal = regime.params.cstdcsQuotaShare;
    const share = legal ?? regimeById('A').params.cstdcsQuotaShare ?? 0;
    return {
      percent: Math.round(share * 1000) / 10,
      comparison: 'at-most',
      source:
        legal !== null
          ? `Không quá ${Math.round(share * 100)}% số đạt LĐTT (A-CSTDCS-2, ${regime.label})`
          : `Chế độ ${regime.label} không quy định tỷ lệ; theo tỷ lệ ${Math.round(share * 100)}% trước đây các cơ quan vẫn áp dụng (rules.md U3)`,
    };
  });
  push('tap-the-lao-dong-xuat-sac', 'số đơn vị', () => ({
    percent: USUAL_PLAN_TARGETS['tap-the-lao-dong-xuat-sac']!.percent,
    comparison: 'at-least',
    source: USUAL_PLAN_TARGETS['tap-the-lao-dong-xuat-sac']!.source,
  }));
  return out;
}

export async function titleStats(
  ctx: Ctx,
  actor: Actor,
  q: { agencyId?: number | undefined; year?: number | undefined },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const year = q.year ?? (await defaultYear(ctx, scope.agencyId));
  const [rows, targets] = await Promise.all([
    repo.unitTitles(ctx.db, scope, year),
    resolveTargets(ctx, scope.agencyId, year),
  ]);
  const target = (code: string) => targets.find((t) => t.code === code)!;
  const tLdtt = target('lao-dong-tien-tien');
  const tCs = target('chien-si-thi-dua-co-so');
  const tXs = target('tap-the-lao-dong-xuat-sac');
  const units = rows.map((r) => {
    const ldttShare = ratio(r.ldtt, r.headcount);
    const cstdcsShare = ratio(r.cstdcs, r.ldtt);
    return {
      unitId: r.unit_id,
      unitName: r.unit_name,
      leadership: r.unit_kind === 'lanh-dao',
      headcount: r.headcount,
      ldtt: r.ldtt,
      cstdcs: r.cstdcs,
      ldttShare,
      cstdcsShare,
      ldttMet: ldttShare !== null && ldttShare * 100 >= tLdtt.percent - 1e-9,
      cstdcsWithin: r.cstdcs === 0 || (cstdcsShare !== null && cstdcsShare * 100 <= tCs.percent + 1e-9),
      collective: r.collective,
      collectiveLabel: r.collective ? codeShort(r.collective) : null,
      drillLdtt: {
        from: year,
        to: year,
        unitId: r.unit_id,
        code: 'lao-dong-tien-tien',
        subjectKind: 'person',
      },
      drillCstdcs: {
        from: year,
        to: year,
        unitId: r.unit_id,
        code: 'chien-si-thi-dua-co-so',
        subjectKind: 'person',
      },
      drillCollective: { from: year, to: year, unitId: r.unit_id, subjectKind: 'unit' },
    };
  });
  const headcount = units.reduce((s, u) => s + u.headcount, 0);
  const ldtt = units.reduce((s, u) => s + u.ldtt, 0);
  const cstdcs = units.reduce((s, u) => s + u.cstdcs, 0);
  // Collective titles are judged for the units that do the work: the leadership board is not a collective.
  const collectives = units.filter((u) => !u.leadership && u.headcount > 0);
  const ttldxs = collectives.filter((u) => u.collective === 'tap-the-lao-dong-xuat-sac').length;
  const ttldtt = collectives.filter((u) => u.collective === 'tap-the-lao-dong-tien-tien').length;
  const totals = {
    headcount,
    ldtt,
    cstdcs,
    ldttShare: ratio(ldtt, headcount),
    cstdcsShare: ratio(cstdcs, ldtt),
    units: collectives.length,
    ttldxs,
    ttldtt,
    ttldxsShare: ratio(ttldxs, collectives.length),
  };
  return withAgency(
    {
      agencyId: scope.agencyId,
      scopeName: await scopeLabel(ctx, scope),
      year,
      targets,
      units,
      totals,
      drill: {
        ldtt: { from: year, to: year, code: 'lao-dong-tien-tien', subjectKind: 'person' },
        cstdcs: { from: year, to: year, code: 'chien-si-thi-dua-co-so', subjectKind: 'person' },
        ttldxs: { from: year, to: year, code: 'tap-the-lao-dong-xuat-sac', subjectKind: 'unit' },
      } as Record<string, Drill>,
      met: {
        ldtt: totals.ldttShare !== null && totals.ldttShare * 100 >= tLdtt.percent - 1e-9,
        cstdcs: totals.cstdcsShare === null || totals.cstdcsShare * 100 <= tCs.percent + 1e-9,
        ttldxs: totals.ttldxsShare !== null && totals.ttldxsShare * 100 >= tXs.percent - 1e-9,
      },
    },
    scope.agencyId,
  );
}

// ───────────────────────────── indicators ─────────────────────────────

function flatten(items: IndicatorSummaryItem[]): IndicatorSummaryItem[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}

/** % of the yearly plan reached, month by month (cumulative to each month), per indicator that has a plan. */
export async function indicatorStats(
  ctx: Ctx,
  actor: Actor,
  q: { agencyId?: number | undefined; year?: number | undefined },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const year = q.year ?? yearOf(today(ctx));
  const last = await repo.lastIndicatorMonth(ctx.db, scope.agencyId, year);
  const months: { month: number; items: IndicatorSummaryItem[] }[] = [];
  // One summary per month (the indicators module owns the arithmetic: cumulative, estimates, % of plan).
  for (let m = 1; m <= (last ?? 0); m++) {
    const s = await getIndicatorSummary(ctx, scope.agencyId, year, m);
    months.push({ month: m, items: flatten(s.indicators) });
  }
  const final = months.at(-1)?.items ?? [];
  const series = final
    .filter((i) => i.raw.plan !== null)
    .map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      depth: i.depth,
      plan: i.text.plan,
      points: months.map(({ month, items }) => {
        const x = items.find((y) => y.id === i.id);
        const pct = x?.raw.percentOfPlan ?? null;
        return {
          month,
          percentOfPlan: pct === null ? null : Number(pct),
          percentText: x?.text.percentOfPlan ?? null,
          cumulative: x?.text.cumulative ?? null,
          estimated: x?.estimated ?? false,
        };
      }),
    }));
  return { agencyId: scope.agencyId, year, uptoMonth: last, series };
}

// ───────────────────────────── plan tasks ─────────────────────────────

const TASK_ORDER: repo.TaskState[] = ['done', 'in-progress', 'not-started', 'late', 'cancelled'];

export async function taskStats(
  ctx: Ctx,
  actor: Actor,
  q: { agencyId?: number | undefined; year?: number | undefined },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const day = today(ctx);
  const year = q.year ?? yearOf(day);
  const rows = await repo.tasksByState(ctx.db, scope, year, day);
  const states = TASK_ORDER.map((state) => ({
    state,
    label: TASK_STATE_LABELS[state]!,
    count: rows.find((r) => r.state === state)?.count ?? 0,
    drill: { year, state } as Drill,
  }));
  return withAgency(
    {
      agencyId: scope.agencyId,
      year,
      today: day,
      total: states.reduce((s, x) => s + x.count, 0),
      states,
    },
    scope.agencyId,
  );
}

export async function taskRecords(
  ctx: Ctx,
  actor: Actor,
  q: { agencyId?: number | undefined; year: number; state?: repo.TaskState | undefined },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const day = today(ctx);
  const r = await repo.taskRecords(ctx.db, scope, { year: q.year, state: q.state }, day, null);
  const description = [
    `Nhiệm vụ kế hoạch TĐKT năm ${q.year}`,
    q.state ? TASK_STATE_LABELS[q.state] : null,
    await scopeLabel(ctx, scope),
  ]
    .filter(Boolean)
    .join(' · ');
  return { description, today: day, rows: r.rows, total: r.total };
}

// ───────────────────────────── fairness ─────────────────────────────

/** Timeliness buckets in days (upper bounds): ≤ 30, 31–90, 91–180, 181–365, > 365. */
const DAY_BOUNDS = [31, 91, 181, 366] as const;

export async function fairnessStats(
  ctx: Ctx,
  actor: Actor,
  q: {
    agencyId?: number | undefined;
    year?: number | undefined;
    from?: number | undefined;
    to?: number | undefined;
  },
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const year = q.year ?? (await defaultYear(ctx, scope.agencyId));
  const to = q.to ?? year;
  const from = q.from ?? to - 4;
  checkRange(from, to);
  const [leaders, gender, rot, timely, buckets] = await Promise.all([
    repo.fairnessSplit(ctx.db, scope, year, 'leader'),
    repo.fairnessSplit(ctx.db, scope, year, 'gender'),
    repo.rotation(ctx.db, scope, year),
    repo.timeliness(ctx.db, scope, from, to),
    repo.timelinessBuckets(ctx.db, scope, from, to, [0, ...DAY_BOUNDS]),
  ]);
  const shares = (
    rows: repo.GroupShareRow[],
    labels: Record<string, string>,
    drillKey: (k: string) => Drill,
  ) => {
    const people = rows.reduce((s, r) => s + r.people, 0);
    const awards = rows.reduce((s, r) => s + r.awards, 0);
    return Object.keys(labels).map((key) => {
      const r = rows.find((x) => x.key === key) ?? { key, people: 0, awards: 0, recipients: 0 };
      return {
        key,
        label: labels[key]!,
        people: r.people,
        awards: r.awards,
        recipients: r.recipients,
        peopleShare: ratio(r.people, people),
        awardShare: ratio(r.awards, awards),
        /** Awards per 100 staff of the group: comparable across groups of different sizes. */
        per100: r.people > 0 ? Math.round((r.awards / r.people) * 1000) / 10 : null,
        drill: { from: year, to: year, subjectKind: 'person', ...drillKey(key) } as Drill,
      };
    });
  };
  // width_bucket over [0, 31, 91, 181, 366]: 1 = 0–30, 2 = 31–90, 3 = 91–180, 4 = 181–365, 5 = > 365; 0 = before
  // the period ended (a decision dated inside the period, e.g. đột xuất).
  const edges = [0, ...DAY_BOUNDS];
  const bucketDefs = [
    { bucket: 0, label: 'Trước khi kết thúc kỳ', daysTo: -1 },
    ...edges.map((lo, i) => {
      const hi = edges[i + 1];
      return hi === undefined
        ? { bucket: i + 1, label: `Trên ${lo - 1} ngày`, daysFrom: lo }
        : { bucket: i + 1, label: `${lo === 0 ? 0 : lo}–${hi - 1} ngày`, daysFrom: lo, daysTo: hi - 1 };
    }),
  ];
  return withAgency(
    {
      agencyId: scope.agencyId,
      scopeName: await scopeLabel(ctx, scope),
      year,
      from,
      to,
      leaders: shares(leaders, { leader: 'Lãnh đạo', staff: 'Cán bộ, công chức khác' }, (k) => ({
        leader: k === 'leader',
      })),
      gender: shares(gender, { nu: 'Nữ', nam: 'Nam' }, (k) => ({ gender: k })),
      rotation: rot.map((r) => ({
        code: r.code,
        label: codeShort(r.code),
        recipients: r.recipients,
        repeated: r.repeated,
        repeatedShare: ratio(r.repeated, r.recipients),
        drill: { from: year, to: year, code: r.code, repeated: true } as Drill,
      })),
      timeliness: timely.map((t) => ({
        authority: t.authority,
        label: label(AUTHORITY_LABELS, t.authority),
        decisions: t.decisions,
        awards: t.awards,
        avgDays: t.avg_days,
        minDays: t.min_days,
        maxDays: t.max_days,
        drill: { from, to, authority: t.authority, timed: true } as Drill,
      })),
      timelinessBuckets: bucketDefs.map((b) => {
        const { bucket, label: l, ...range } = b;
        return {
          label: l,
          awards: buckets.find((x) => x.bucket === bucket)?.awards ?? 0,
          drill: { from, to, timed: true, ...range } as Drill,
        };
      }),
    },
    scope.agencyId,
  );
}

// ───────────────────────────── drill-down ─────────────────────────────

export interface RecordsQuery extends repo.AwardFilter {
  agencyId?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/** The filter in words: "Lao động tiên tiến · năm 2024 · Phòng Quản lý Thương mại". */
async function describe(ctx: Ctx, scope: StatScope, f: repo.AwardFilter): Promise<string> {
  const parts: string[] = [];
  if (f.code) parts.push(codeLabel(f.code));
  if (f.category) parts.push(CATEGORY_LABELS[f.category]!);
  if (f.authority) parts.push(label(AUTHORITY_LABELS, f.authority));
  if (f.yearFrom !== undefined && f.yearFrom === f.yearTo) parts.push(`năm ${f.yearFrom}`);
  else if (f.yearFrom !== undefined || f.yearTo !== undefined)
    parts.push(`các năm ${f.yearFrom ?? '…'}–${f.yearTo ?? '…'}`);
  if (f.unitId !== undefined) {
    if (f.unitId === 0) parts.push('cơ quan (tập thể)');
    else {
      const u = await ctx.db.selectFrom('units').select('name').where('id', '=', f.unitId).executeTakeFirst();
      parts.push(u?.name ?? `đơn vị ${f.unitId}`);
    }
  }
  if (f.subjectKind === 'person') parts.push('cá nhân');
  if (f.subjectKind === 'unit') parts.push('tập thể');
  if (f.gender) parts.push(f.gender === 'nu' ? 'nữ' : 'nam');
  if (f.leader !== undefined) parts.push(f.leader ? 'lãnh đạo' : 'không giữ chức vụ lãnh đạo');
  if (f.repeated) parts.push('nhận lại danh hiệu/hình thức của năm liền trước');
  if (f.repeated === false) parts.push('lần đầu (năm trước không có)');
  if (f.timed && f.daysFrom === undefined && f.daysTo === undefined)
    parts.push('có ngày quyết định và kỳ thành tích');
  if (f.daysTo === -1) parts.push('quyết định trước khi kết thúc kỳ thành tích');
  else if (f.daysFrom !== undefined && f.daysFrom >= 0 && f.daysTo !== undefined)
    parts.push(`quyết định sau ${f.daysFrom}–${f.daysTo} ngày`);
  else if (f.daysFrom !== undefined && f.daysFrom >= 0) parts.push(`quyết định sau từ ${f.daysFrom} ngày`);
  parts.push(await scopeLabel(ctx, scope));
  return parts.join(' · ');
}

export function toFilter(q: RecordsQuery): repo.AwardFilter {
  return {
    yearFrom: q.from,
    yearTo: q.to,
    code: q.code,
    category: q.category,
    authority: q.authority,
    unitId: q.unitId,
    subjectKind: q.subjectKind,
    gender: q.gender,
    leader: q.leader,
    repeated: q.repeated,
    daysFrom: q.daysFrom,
    daysTo: q.daysTo,
    timed: q.timed,
    includeAnnulled: q.includeAnnulled,
  };
}

export async function awardRecords(
  ctx: Ctx,
  actor: Actor,
  q: RecordsQuery,
  page: { limit: number; offset: number } | null,
) {
  const scope = await resolveScope(ctx, actor, q.agencyId);
  const f = toFilter(q);
  const r = await repo.awardRecords(ctx.db, scope, f, page);
  return { description: await describe(ctx, scope, f), ...r };
}
