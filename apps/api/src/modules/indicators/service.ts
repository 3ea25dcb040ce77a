// Indicators (chỉ tiêu): definitions per agency-year, monthly values (estimate, then actual) with the
// history of every cell, the entry grid, and the summary a report paragraph is written from. The
// arithmetic is packages/domain/src/indicators (exact decimals, one rounding rule); this file reads and
// writes records and authorises by organisational scope.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/indicators.ts';
import type {
  FigureValues,
  IndicatorRecord,
  ValueKind,
  ValueRecord,
} from '../../../../../packages/db/src/repositories/indicators.ts';
import {
  changePhrase,
  checkBreakdown,
  computeFigures,
  dec,
  formatFraction,
  formatPercent,
  formatValue,
  toPlain,
  type BreakdownCheck,
  type Decimal,
  type IndicatorFigures,
  type MonthEntry,
  type MonthFigures,
} from '../../../../../packages/domain/src/indicators/index.ts';
import type { Actor } from '../../auth/actor.ts';
import { assertRead, assertWrite } from './access.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { presentAdminProcedures } from './admin-procedures.ts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const KIND_LABEL: Record<ValueKind, string> = { estimate: 'ước', actual: 'thực hiện' };

/** Who writes: a signed-in actor, or the user an import job runs for. */
export interface Writer {
  userId: number;
  username: string;
}

const num = (v: number | null): string | null => (v === null ? null : toPlain(dec(v)));
const decOf = (v: number | string | null | undefined): Decimal | null =>
  v === null || v === undefined ? null : dec(v);

// ───────────── definitions ─────────────

export interface IndicatorInput {
  parentId?: number | null | undefined;
  code: string;
  name: string;
  kind: repo.IndicatorKind;
  unit?: string | null | undefined;
  quantityUnit?: string | null | undefined;
  precision?: number | undefined;
  percentPrecision?: number | undefined;
  aggregation?: repo.IndicatorAggregation | undefined;
  planValue?: string | null | undefined;
  position?: number | undefined;
  sourceNote?: string | null | undefined;
}

export async function listIndicators(ctx: Ctx, actor: Actor, agencyId: number, year: number) {
  assertRead(actor, agencyId);
  return treeOrder(await repo.listIndicators(ctx.db, agencyId, year)).map((x) => x.indicator);
}

function definitionValues(input: IndicatorInput, position: number): repo.IndicatorValues {
  const kind = input.kind;
  return {
    parent_id: input.parentId ?? null,
    code: input.code,
    name: input.name,
    value_kind: kind,
    unit: input.unit ?? null,
    quantity_unit: input.quantityUnit ?? null,
    precision: input.precision ?? (kind === 'count' || kind === 'fraction' ? 0 : 1),
    percent_precision: input.percentPrecision ?? 1,
    aggregation: input.aggregation ?? (kind === 'amount' || kind === 'count' ? 'sum' : 'last'),
    plan_value: input.planValue ?? null,
    position,
    source_note: input.sourceNote ?? null,
  };
}

async function checkParent(
  ctx: Ctx,
  agencyId: number,
  year: number,
  parentId: number | null | undefined,
  selfId?: number,
): Promise<void> {
  if (parentId === null || parentId === undefined) return;
  const p = await repo.findIndicator(ctx.db, parentId);
  if (!p || p.agency_id !== agencyId || p.year !== year)
    throw errors.field('parentId', 'Chỉ tiêu cha không thuộc cơ quan và năm này.');
  if (selfId !== undefined && p.id === selfId)
    throw errors.field('parentId', 'Chỉ tiêu không thể là chỉ tiêu cha của chính nó.');
  if (p.parent_id !== null)
    throw errors.field(
      'parentId',
      'Chỉ chia nhỏ một cấp: chỉ tiêu cha đã là chỉ tiêu con của chỉ tiêu khác.',
    );
}

export async function getIndicator(ctx: Ctx, actor: Actor, id: number): Promise<IndicatorRecord> {
  const i = await repo.findIndicator(ctx.db, id);
  if (!i) throw errors.notFound('chỉ tiêu');
  assertRead(actor, i.agency_id);
  return i;
}

export async function createIndicator(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  year: number,
  input: IndicatorInput,
): Promise<IndicatorRecord> {
  assertWrite(actor, agencyId);
  await checkParent(ctx, agencyId, year, input.parentId);
  if (await repo.indicatorCodeTaken(ctx.db, agencyId, year, input.code))
    throw errors.duplicate('code', `Mã chỉ tiêu "${input.code}" đã có trong năm ${year}.`);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const v = definitionValues(
      input,
      input.position ?? (await repo.nextIndicatorPosition(trx, agencyId, year)),
    );
    const newId = await repo.insertIndicator(trx, { agency_id: agencyId, year, ...v });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'indicators',
        entityId: String(newId),
        agencyId,
        summary: `Thêm chỉ tiêu ${input.name} năm ${year}`,
        before: null,
        after: v,
      }),
    );
    return newId;
  });
  return (await repo.findIndicator(ctx.db, id))!;
}

export async function updateIndicator(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: IndicatorInput & { version: number },
): Promise<IndicatorRecord> {
  const cur = await repo.findIndicator(ctx.db, id);
  if (!cur) throw errors.notFound('chỉ tiêu');
  assertWrite(actor, cur.agency_id);
  await checkParent(ctx, cur.agency_id, cur.year, input.parentId, id);
  if (input.parentId && (await repo.countChildren(ctx.db, id)) > 0)
    throw errors.field('parentId', 'Chỉ tiêu này đã có chỉ tiêu con nên không thể làm chỉ tiêu con.');
  if (await repo.indicatorCodeTaken(ctx.db, cur.agency_id, cur.year, input.code, id))
    throw errors.duplicate('code', `Mã chỉ tiêu "${input.code}" đã có trong năm ${cur.year}.`);
  const v = definitionValues(input, input.position ?? cur.position);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateIndicator(trx, id, input.version, v))) throw errors.conflict();
    const { id: _i, agency_id: _a, year: _y, version: _v, updated_at: _u, ...before } = cur;
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'indicators',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Sửa chỉ tiêu ${input.name} năm ${cur.year}`,
        before: { ...before, plan_value: num(cur.plan_value) },
        after: v,
      }),
    );
  });
  return (await repo.findIndicator(ctx.db, id))!;
}

export async function deleteIndicator(ctx: Ctx, actor: Actor, id: number, version: number): Promise<void> {
  const cur = await repo.findIndicator(ctx.db, id);
  if (!cur) throw errors.notFound('chỉ tiêu');
  assertWrite(actor, cur.agency_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteIndicator(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'indicators',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Xoá chỉ tiêu ${cur.name} năm ${cur.year} (cùng số liệu các tháng)`,
        before: { ...cur, plan_value: num(cur.plan_value) },
        after: null,
      }),
    );
  });
}

// ───────────── values and their history ─────────────

export interface FiguresInput {
  value?: string | null | undefined;
  numerator?: string | null | undefined;
  denominator?: string | null | undefined;
  quantity?: string | null | undefined;
  reportedCumulative?: string | null | undefined;
  priorYearValue?: string | null | undefined;
  priorYearQuantity?: string | null | undefined;
  note?: string | null | undefined;
}

/** A cell's figures as plain decimal strings (what the API returns and the revisions keep). */
export interface CellFigures {
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  quantity: string | null;
  reportedCumulative: string | null;
  priorYearValue: string | null;
  priorYearQuantity: string | null;
  note: string | null;
}

export function cellFigures(v: ValueRecord): CellFigures {
  return {
    value: num(v.value),
    numerator: num(v.numerator),
    denominator: num(v.denominator),
    quantity: num(v.quantity),
    reportedCumulative: num(v.reported_cumulative),
    priorYearValue: num(v.prior_year_value),
    priorYearQuantity: num(v.prior_year_quantity),
    note: v.note,
  };
}

const canon = (s: string | null | undefined): string | null =>
  s === null || s === undefined || s === '' ? null : toPlain(dec(s));

function normaliseFigures(f: FiguresInput): CellFigures {
  return {
    value: canon(f.value),
    numerator: canon(f.numerator),
    denominator: canon(f.denominator),
    quantity: canon(f.quantity),
    reportedCumulative: canon(f.reportedCumulative),
    priorYearValue: canon(f.priorYearValue),
    priorYearQuantity: canon(f.priorYearQuantity),
    note: f.note?.trim() || null,
  };
}

/** Vietnamese problems with a cell's figures for this indicator (empty when fine). */
export function figureProblems(
  indicator: Pick<IndicatorRecord, 'value_kind'>,
  f: CellFigures,
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if ((f.numerator === null) !== (f.denominator === null))
    out.push({ path: 'denominator', message: 'Tỷ lệ cần cả tử số và mẫu số (ví dụ 478.395/478.833).' });
  if (f.denominator !== null && dec(f.denominator).units <= 0n)
    out.push({ path: 'denominator', message: 'Mẫu số phải lớn hơn 0.' });
  if (indicator.value_kind === 'fraction' && f.value !== null)
    out.push({ path: 'value', message: 'Chỉ tiêu dạng tỷ lệ nhập tử số/mẫu số, không nhập giá trị.' });
  const hasFigure =
    f.value !== null || f.numerator !== null || f.quantity !== null || f.reportedCumulative !== null;
  if (!hasFigure && (f.priorYearValue !== null || f.priorYearQuantity !== null || f.note !== null))
    out.push({
      path: 'value',
      message:
        'Hãy nhập số liệu của tháng (giá trị, tỷ lệ, sản lượng hoặc lũy kế) cùng với số cùng kỳ hay ghi chú.',
    });
  if (indicator.value_kind !== 'fraction' && f.numerator !== null)
    out.push({ path: 'numerator', message: 'Chỉ tiêu này không phải dạng tỷ lệ (tử số/mẫu số).' });
  return out;
}

const isEmpty = (f: CellFigures): boolean =>
  f.value === null &&
  f.numerator === null &&
  f.quantity === null &&
  f.reportedCumulative === null &&
  f.priorYearValue === null &&
  f.priorYearQuantity === null &&
  f.note === null;

const sameFigures = (a: CellFigures | null, b: CellFigures | null): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

function rowValues(f: CellFigures): FigureValues {
  return {
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    quantity: f.quantity,
    reported_cumulative: f.reportedCumulative,
    prior_year_value: f.priorYearValue,
    prior_year_quantity: f.priorYearQuantity,
    note: f.note,
  };
}

function describe(f: CellFigures | null, precision: number): string {
  if (!f) return '(trống)';
  if (f.numerator !== null && f.denominator !== null)
    return formatFraction(dec(f.numerator), dec(f.denominator))!;
  if (f.value !== null) return formatValue(dec(f.value), Math.max(precision, 6))!;
  if (f.reportedCumulative !== null) return `lũy kế ${formatValue(dec(f.reportedCumulative), 6)}`;
  return '(ghi chú)';
}

/**
 * Writes one cell (indicator × month × estimate/actual) inside the caller's transaction: insert, update
 * or — when every figure is empty — delete, with a revision and an audit entry. Returns false when the
 * cell already held exactly these figures (nothing written). `version` (optional) guards against a
 * concurrent edit of the same cell.
 */
export async function writeCell(
  trx: Ctx['db'],
  who: Writer,
  indicator: IndicatorRecord,
  month: number,
  kind: ValueKind,
  input: FiguresInput,
  opts: { version?: number | undefined; source: 'grid' | 'import' },
): Promise<boolean> {
  const after = normaliseFigures(input);
  const problems = figureProblems(indicator, after);
  if (problems.length) throw errors.invalidInput(problems);
  const current = await repo.findValue(trx, indicator.id, month, kind);
  if (opts.version !== undefined && current && current.version !== opts.version) throw errors.conflict();
  const before = current ? cellFigures(current) : null;
  const afterOrNull = isEmpty(after) ? null : after;
  if (sameFigures(before, afterOrNull)) return false;
  let entityId: string;
  if (!current) {
    entityId = String(
      await repo.insertValue(trx, {
        indicator_id: indicator.id,
        month,
        kind,
        entered_by: who.userId,
        ...rowValues(after),
      }),
    );
  } else if (afterOrNull === null) {
    if (!(await repo.deleteValue(trx, current.id, current.version))) throw errors.conflict();
    entityId = String(current.id);
  } else {
    if (
      !(await repo.updateValue(trx, current.id, current.version, {
        ...rowValues(after),
        entered_by: who.userId,
      }))
    )
      throw errors.conflict();
    entityId = String(current.id);
  }
  await repo.insertRevision(trx, {
    indicator_id: indicator.id,
    month,
    kind,
    before,
    after: afterOrNull,
    source: opts.source,
    changed_by: who.userId,
    changed_by_name: who.username,
  });
  const summary = `${opts.source === 'import' ? 'Nhập từ Excel: ' : ''}${indicator.name} tháng ${month}/${indicator.year} (${KIND_LABEL[kind]}): ${describe(before, indicator.precision)} → ${describe(afterOrNull, indicator.precision)}`;
  await writeAudit(trx, {
    userId: who.userId,
    username: who.username,
    action: !current ? 'create' : afterOrNull === null ? 'delete' : 'update',
    entity: 'indicator_values',
    entityId,
    agencyId: indicator.agency_id,
    summary,
    before: before && { indicatorId: indicator.id, month, kind, ...before },
    after: afterOrNull && { indicatorId: indicator.id, month, kind, ...afterOrNull },
  });
  return true;
}

export async function setValue(
  ctx: Ctx,
  actor: Actor,
  indicatorId: number,
  month: number,
  kind: ValueKind,
  input: FiguresInput & { version?: number | undefined },
) {
  const indicator = await repo.findIndicator(ctx.db, indicatorId);
  if (!indicator) throw errors.notFound('chỉ tiêu');
  assertWrite(actor, indicator.agency_id);
  const changed = await ctx.db
    .transaction()
    .execute((trx) =>
      writeCell(trx, actor, indicator, month, kind, input, { version: input.version, source: 'grid' }),
    );
  const cell = await repo.findValue(ctx.db, indicatorId, month, kind);
  return { changed, cell: cell ? { id: cell.id, version: cell.version, ...cellFigures(cell) } : null };
}

export async function revisions(
  ctx: Ctx,
  actor: Actor,
  indicatorId: number,
  f: { month?: number | undefined; kind?: ValueKind | undefined },
) {
  const indicator = await repo.findIndicator(ctx.db, indicatorId);
  if (!indicator) throw errors.notFound('chỉ tiêu');
  assertRead(actor, indicator.agency_id);
  const rows = await repo.revisionsOf(ctx.db, indicatorId, f);
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator_id,
    month: r.month,
    kind: r.kind,
    before: (r.before ?? null) as CellFigures | null,
    after: (r.after ?? null) as CellFigures | null,
    beforeText: describe((r.before ?? null) as CellFigures | null, indicator.precision),
    afterText: describe((r.after ?? null) as CellFigures | null, indicator.precision),
    source: r.source,
    changedBy: r.changed_by_name,
    changedAt: r.changed_at instanceof Date ? r.changed_at.toISOString() : String(r.changed_at),
  }));
}

// ───────────── grid and summary ─────────────

function treeOrder(rows: IndicatorRecord[]): { indicator: IndicatorRecord; depth: number }[] {
  const children = new Map<number, IndicatorRecord[]>();
  const roots: IndicatorRecord[] = [];
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    if (r.parent_id !== null && ids.has(r.parent_id))
      children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
    else roots.push(r);
  }
  const out: { indicator: IndicatorRecord; depth: number }[] = [];
  const walk = (r: IndicatorRecord, depth: number): void => {
    out.push({ indicator: r, depth });
    for (const c of children.get(r.id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}

function toMonthFigures(
  v: Pick<ValueRecord, 'value' | 'numerator' | 'denominator' | 'quantity' | 'reported_cumulative'> &
    Partial<Pick<ValueRecord, 'prior_year_value' | 'prior_year_quantity'>>,
): MonthFigures {
  return {
    value: decOf(v.value),
    numerator: decOf(v.numerator),
    denominator: decOf(v.denominator),
    quantity: decOf(v.quantity),
    reportedCumulative: decOf(v.reported_cumulative),
    priorYearValue: decOf(v.prior_year_value),
    priorYearQuantity: decOf(v.prior_year_quantity),
  };
}

function monthEntries(
  values: readonly (Parameters<typeof toMonthFigures>[0] & { month: number; kind: ValueKind })[],
): MonthEntry[] {
  const byMonth = new Map<number, MonthEntry>();
  for (const v of values) {
    const e = byMonth.get(v.month) ?? { month: v.month };
    e[v.kind] = toMonthFigures(v);
    byMonth.set(v.month, e);
  }
  return [...byMonth.values()];
}

/** Every figure a report sentence needs, raw (plain decimal strings) and written the Vietnamese way. */
export interface IndicatorSummaryItem {
  id: number;
  code: string;
  name: string;
  kind: repo.IndicatorKind;
  unit: string | null;
  quantityUnit: string | null;
  precision: number;
  percentPrecision: number;
  depth: number;
  parentId: number | null;
  /** Some month counted is still an estimate: the sentence says "ước". */
  estimated: boolean;
  missingMonths: number[];
  raw: {
    monthValue: string | null;
    monthQuantity: string | null;
    cumulative: string | null;
    cumulativeQuantity: string | null;
    plan: string | null;
    percentOfPlan: string | null;
    priorValue: string | null;
    priorQuantity: string | null;
    changePercent: string | null;
    quantityChangePercent: string | null;
    numerator: string | null;
    denominator: string | null;
    fractionPercent: string | null;
  };
  text: {
    monthValue: string | null;
    monthQuantity: string | null;
    cumulative: string | null;
    cumulativeQuantity: string | null;
    plan: string | null;
    percentOfPlan: string | null;
    /** "tăng 14,9%", "giảm 32%", "tương đương". */
    change: string | null;
    quantityChange: string | null;
    fraction: string | null;
    fractionPercent: string | null;
  };
  /**
   * A breakdown in the parent's unit: its sum, whether the parent's figures ARE that sum (no figures of its
   * own), and the note shown when the parent's own figure differs from it. Null without such a breakdown.
   */
  breakdown: {
    sum: string | null;
    sumText: string | null;
    derived: boolean;
    mismatch: boolean;
    note: string | null;
  } | null;
  children: IndicatorSummaryItem[];
}

function breakdownOf(
  i: IndicatorRecord,
  f: IndicatorFigures,
  c: BreakdownCheck | null,
): IndicatorSummaryItem['breakdown'] {
  if (!c) return null;
  const sumText = formatValue(c.sum, i.precision);
  const unit = i.unit ? ` ${i.unit}` : '';
  let note: string | null = null;
  if (c.derived)
    note = `Chưa nhập số của chỉ tiêu này: lấy tổng các chỉ tiêu con (${sumText ?? '…'}${unit}).`;
  else if (c.mismatch)
    note = `Tổng các chỉ tiêu con là ${sumText}${unit}, khác số của chỉ tiêu (${formatValue(f.cumulative, i.precision)}${unit}): các chỉ tiêu con có thể chỉ liệt kê các mặt hàng, ngành chính; nếu không, hãy kiểm tra lại số liệu.`;
  else if (c.sum === null) note = 'Một số chỉ tiêu con chưa có số liệu nên chưa đối chiếu được với tổng.';
  return {
    sum: c.sum === null ? null : toPlain(c.sum),
    sumText,
    derived: c.derived,
    mismatch: c.mismatch,
    note,
  };
}

function summaryItem(
  i: IndicatorRecord,
  depth: number,
  f: IndicatorFigures,
  check: BreakdownCheck | null = null,
): IndicatorSummaryItem {
  const p = (x: Decimal | null): string | null => (x === null ? null : toPlain(x));
  const plan = decOf(i.plan_value);
  return {
    id: i.id,
    code: i.code,
    name: i.name,
    kind: i.value_kind,
    unit: i.unit,
    quantityUnit: i.quantity_unit,
    precision: i.precision,
    percentPrecision: i.percent_precision,
    depth,
    parentId: i.parent_id,
    estimated: f.estimated,
    missingMonths: f.missingMonths,
    raw: {
      monthValue: p(f.monthValue),
      monthQuantity: p(f.monthQuantity),
      cumulative: p(f.cumulative),
      cumulativeQuantity: p(f.cumulativeQuantity),
      plan: p(plan),
      percentOfPlan: p(f.percentOfPlan),
      priorValue: p(f.priorValue),
      priorQuantity: p(f.priorQuantity),
      changePercent: p(f.changePercent),
      quantityChangePercent: p(f.quantityChangePercent),
      numerator: p(f.numerator),
      denominator: p(f.denominator),
      fractionPercent: p(f.fractionPercent),
    },
    text: {
      monthValue: formatValue(f.monthValue, i.precision),
      monthQuantity: formatValue(f.monthQuantity, 0),
      cumulative:
        i.value_kind === 'fraction'
          ? formatPercent(f.fractionPercent)
          : formatValue(f.cumulative, i.value_kind === 'index' ? i.percent_precision : i.precision),
      cumulativeQuantity: formatValue(f.cumulativeQuantity, 0),
      plan: formatValue(plan, i.precision),
      percentOfPlan: formatPercent(f.percentOfPlan),
      change: changePhrase(f.changePercent),
      quantityChange: changePhrase(f.quantityChangePercent),
      fraction: formatFraction(f.numerator, f.denominator),
      fractionPercent: formatPercent(f.fractionPercent),
    },
    breakdown: breakdownOf(i, f, check),
    children: [],
  };
}

async function computeAll(ctx: Ctx, agencyId: number, year: number, uptoMonth: number) {
  const defs = treeOrder(await repo.listIndicators(ctx.db, agencyId, year));
  const values = await repo.valuesOf(
    ctx.db,
    defs.map((d) => d.indicator.id),
  );
  const prior = await repo.valuesByCode(
    ctx.db,
    agencyId,
    year - 1,
    defs.map((d) => d.indicator.code),
  );
  const valuesById = new Map<number, ValueRecord[]>();
  for (const v of values) valuesById.set(v.indicator_id, [...(valuesById.get(v.indicator_id) ?? []), v]);
  const priorByCode = new Map<string, typeof prior>();
  for (const v of prior) priorByCode.set(v.code, [...(priorByCode.get(v.code) ?? []), v]);
  const computed = defs.map(({ indicator: i, depth }) => {
    const rows = valuesById.get(i.id) ?? [];
    const rule = {
      kind: i.value_kind,
      aggregation: i.aggregation,
      precision: i.precision,
      percentPrecision: i.percent_precision,
      plan: decOf(i.plan_value),
    };
    const f = computeFigures(
      rule,
      monthEntries(rows),
      uptoMonth,
      monthEntries(priorByCode.get(i.code) ?? []),
    );
    return { indicator: i, depth, values: rows, rule, f };
  });
  // A parent and its breakdown: the parent without figures of its own shows the children's sum; with
  // its own figures it keeps them and says when they differ from the sum.
  return computed.map((x) => {
    const kids = computed.filter((c) => c.indicator.parent_id === x.indicator.id);
    const b = checkBreakdown(
      { ...x.rule, unit: x.indicator.unit },
      x.f,
      x.values.length > 0,
      kids.map((c) => ({ ...c.f, unit: c.indicator.unit, kind: c.indicator.value_kind })),
    );
    const f = b?.figures ?? x.f;
    return {
      indicator: x.indicator,
      depth: x.depth,
      values: x.values,
      item: summaryItem(x.indicator, x.depth, f, b?.check ?? null),
    };
  });
}

function nest(items: IndicatorSummaryItem[]): IndicatorSummaryItem[] {
  const byId = new Map(items.map((x) => [x.id, x]));
  const roots: IndicatorSummaryItem[] = [];
  for (const x of items) {
    const parent = x.parentId === null ? undefined : byId.get(x.parentId);
    if (parent) parent.children.push(x);
    else roots.push(x);
  }
  return roots;
}

/**
 * Everything the indicator paragraph and the administrative-reform paragraph of a report need, for an
 * agency-year up to a month: each indicator (breakdowns nested under their parent) with raw and
 * Vietnamese-formatted figures, and the administrative-procedure periods that end by that month.
 * No authorisation here: the caller (the report service, or the route) checks the agency scope first.
 */
export async function getIndicatorSummary(ctx: Ctx, agencyId: number, year: number, uptoMonth: number) {
  const all = await computeAll(ctx, agencyId, year, uptoMonth);
  const lastDay = new Date(Date.UTC(year, uptoMonth, 0)).toISOString().slice(0, 10);
  const stats = (await repo.listAdminProcedureStats(ctx.db, agencyId, year)).filter(
    (s) => s.period_to <= lastDay,
  );
  return {
    agencyId,
    year,
    uptoMonth,
    indicators: nest(all.map((x) => x.item)),
    adminProcedures: presentAdminProcedures(stats),
  };
}

export type IndicatorSummary = Awaited<ReturnType<typeof getIndicatorSummary>>;

/** The entry grid: every indicator (children right after their parent) × 12 months, with the figures to `uptoMonth`. */
export async function getGrid(ctx: Ctx, actor: Actor, agencyId: number, year: number, uptoMonth?: number) {
  assertRead(actor, agencyId);
  let upto = uptoMonth;
  if (upto === undefined) {
    const defs = await repo.listIndicators(ctx.db, agencyId, year);
    const vals = await repo.valuesOf(
      ctx.db,
      defs.map((d) => d.id),
    );
    upto = vals.reduce((m, v) => Math.max(m, v.month), 1);
  }
  const all = await computeAll(ctx, agencyId, year, upto);
  return {
    agencyId,
    year,
    uptoMonth: upto,
    rows: all.map(({ indicator, depth, values, item }) => ({
      indicator,
      depth,
      months: MONTHS.map((m) => {
        const cell = (k: ValueKind) => {
          const v = values.find((x) => x.month === m && x.kind === k);
          return v ? { id: v.id, version: v.version, ...cellFigures(v) } : null;
        };
        return { month: m, estimate: cell('estimate'), actual: cell('actual') };
      }),
      summary: { ...item, children: [] },
    })),
  };
}
