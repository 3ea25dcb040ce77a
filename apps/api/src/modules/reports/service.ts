// Reports (báo cáo sơ kết 6 tháng, tổng kết năm) of an agency: a report is (agency, year, kind, period) with
// the officer's prose per key. Generating collects the figures from the records (people, side organisations,
// plan tasks, indicators via getIndicatorSummary, administrative procedures, movements and their results,
// decisions received, proposals pending) into the report's data_snapshot; the preview and the .docx are the
// same model built from that snapshot and the prose. Prose is keyed, so regenerating never touches it.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/reports.ts';
import type { ReportRecord } from '../../../../../packages/db/src/repositories/reports.ts';
import { buildReportDocument } from '../../../../../packages/documents/src/builders/report.ts';
import type { ReportModel } from '../../../../../packages/documents/src/builders/report.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import { agencyReadScope, agencyWriteScope, inScope, isAdmin, type Actor } from '../../auth/actor.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { getIndicatorSummary } from '../indicators/service.ts';
import {
  AUTHORITY_LABEL,
  AWARD_LABEL,
  buildReportModel,
  defaultPeriod,
  isTitleCode,
  PROSE_KEYS,
  proseSlot,
  reportTitle,
  type ReportFacts,
  type ReportKind,
} from './template.ts';

function assertRead(actor: Actor, agencyId: number): void {
  if (!inScope(agencyReadScope(actor), agencyId)) throw errors.forbidden('xem báo cáo của cơ quan này');
}

function assertWrite(actor: Actor, agencyId: number): void {
  if (!inScope(agencyWriteScope(actor), agencyId)) throw errors.forbidden('soạn báo cáo của cơ quan này');
}

export interface ReportDetail {
  report: ReportRecord;
  sections: { key: string; label: string; hint: string; body: string; version: number | null }[];
  facts: ReportFacts;
  model: ReportModel;
}

export async function listReports(ctx: Ctx, actor: Actor, year?: number) {
  const scope = agencyReadScope(actor);
  return repo.listReports(
    ctx.db,
    isAdmin(actor) ? 'all' : scope.agencyIds.filter((x): x is number => x !== null),
    year,
  );
}

async function reportOrThrow(ctx: Ctx, id: number): Promise<ReportRecord> {
  const r = await repo.findReport(ctx.db, id);
  if (!r) throw errors.notFound('báo cáo');
  return r;
}

// ───────────── collecting the figures ─────────────

export async function collectFacts(
  ctx: Ctx,
  r: Pick<ReportRecord, 'agency_id' | 'year' | 'kind' | 'period_from' | 'period_to'>,
): Promise<ReportFacts> {
  const db = ctx.db;
  const kind = r.kind as ReportKind;
  const agency = await repo.agencyHeader(db, r.agency_id);
  if (!agency) throw errors.notFound('cơ quan');
  const uptoMonth = Number(r.period_to.slice(5, 7));
  const [people, leaders, units, side, tasks, summary, mv, received, pending] = await Promise.all([
    repo.peopleFacts(db, r.agency_id, r.period_to),
    repo.leadership(db, r.agency_id, r.period_to),
    repo.unitCount(db, r.agency_id),
    repo.sideOrganisations(db, r.agency_id),
    repo.planTaskFacts(db, r.agency_id, r.year, r.period_to),
    getIndicatorSummary(ctx, r.agency_id, r.year, uptoMonth),
    repo.movementsWithResults(db, r.agency_id, r.period_from, r.period_to),
    repo.decisionsReceived(db, r.agency_id, r.period_from, r.period_to),
    repo.proposalsPending(db, r.agency_id, r.period_to),
  ]);
  const head = leaders.find((l) => l.position && !/^phó\s/iu.test(l.position));
  const deputies = leaders.filter((l) => l.position && /^phó\s/iu.test(l.position));
  const sideCount = (k: string) => side.find((s) => s.kind === k);
  const resultsOf = new Map<number, string[]>();
  for (const x of mv.results)
    resultsOf.set(x.movement_id, [...(resultsOf.get(x.movement_id) ?? []), (x.text ?? x.content).trim()]);
  const label = (code: string, other: string | null) =>
    code === 'khac' ? (other ?? 'khen thưởng') : (AWARD_LABEL[code] ?? code);
  return {
    kind,
    year: r.year,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    uptoMonth,
    agency: {
      name: agency.name,
      shortName: agency.short_name ?? agency.name,
      parentName: agency.parent_name,
      place: agency.place_name ?? '',
      symbol: agency.symbol ?? agency.code,
    },
    people: {
      total: people.total,
      congChuc: people.cong_chuc,
      vienChuc: people.vien_chuc,
      hopDong: people.hop_dong,
      partyMembers: people.party_members,
      unionMembers: people.union_members,
      youthMembers: people.youth_members,
    },
    leadership: {
      headPosition: head?.position ?? null,
      headName: head?.full_name ?? null,
      deputies: deputies.length,
      deputyPosition: deputies[0]?.position ?? 'Phó Giám đốc',
    },
    units,
    side: {
      dangUyMembers: sideCount('dang-uy')?.members ?? null,
      chiBo: sideCount('chi-bo')?.n ?? 0,
      congDoan: sideCount('cong-doan')?.n ?? 0,
      chiDoan: sideCount('chi-doan')?.n ?? 0,
    },
    tasks: {
      total: tasks.total,
      done: tasks.done,
      doneOnTime: tasks.done_on_time,
      overdue: tasks.overdue,
      cancelled: tasks.cancelled,
    },
    indicators: summary.indicators,
    adminProcedures: summary.adminProcedures.filter((s) => s.periodTo >= r.period_from),
    movements: mv.movements.map((m) => ({
      id: m.id,
      name: m.name,
      fromYear: m.from_date ? Number(m.from_date.slice(0, 4)) : null,
      toYear: m.to_date ? Number(m.to_date.slice(0, 4)) : null,
      results: resultsOf.get(m.id) ?? [],
    })),
    received: received.map((d) => ({
      category: isTitleCode(d.code) ? 'title' : 'form',
      issuer: d.issuer_name ?? AUTHORITY_LABEL[d.authority] ?? 'Cấp có thẩm quyền',
      label: label(d.code, d.other_name),
      persons: d.persons,
      collectives: d.collectives,
      names: d.names,
    })),
    pending: pending.map((x) => ({
      to: x.sent_to ?? AUTHORITY_LABEL[x.authority] ?? 'cấp có thẩm quyền',
      label: label(x.code, x.other_name),
      persons: x.persons,
      collectives: x.collectives,
    })),
  };
}

// ───────────── reading ─────────────

function factsOf(r: ReportRecord): ReportFacts | null {
  const s = r.data_snapshot as { facts?: ReportFacts } | null;
  return s?.facts ?? null;
}

export async function getReport(ctx: Ctx, actor: Actor, id: number): Promise<ReportDetail> {
  const report = await reportOrThrow(ctx, id);
  assertRead(actor, report.agency_id);
  const saved = await repo.sectionsOf(ctx.db, id);
  const byKey = new Map(saved.map((s) => [s.key, s]));
  const sections = PROSE_KEYS.map((key) => {
    const slot = proseSlot(key)!;
    const s = byKey.get(key);
    return { key, label: slot.label, hint: slot.hint, body: s?.body ?? '', version: s?.version ?? null };
  });
  // A report seeded or imported without a generation is previewed from the current records (nothing stored
  // until the officer generates it).
  const facts = factsOf(report) ?? (await collectFacts(ctx, report));
  const prose = new Map(sections.map((s) => [s.key, s.body]));
  return {
    report,
    sections,
    facts,
    model: buildReportModel(facts, prose, { number: null, date: null }),
  };
}

export async function reportDocx(
  ctx: Ctx,
  actor: Actor,
  id: number,
): Promise<{ filename: string; content: Buffer }> {
  const d = await getReport(ctx, actor, id);
  const content = await renderDocx(buildReportDocument(d.model));
  const slug = d.report.kind === 'so-ket-6-thang' ? 'so-ket-6-thang' : 'tong-ket-nam';
  return { filename: `bao-cao-${slug}-${d.report.year}.docx`, content };
}

// ───────────── writing ─────────────

export interface CreateInput {
  agencyId: number;
  year: number;
  kind: ReportKind;
  periodFrom?: string | undefined;
  periodTo?: string | undefined;
}

export async function createReport(ctx: Ctx, actor: Actor, input: CreateInput): Promise<ReportDetail> {
  assertWrite(actor, input.agencyId);
  const def = defaultPeriod(input.kind, input.year);
  const from = input.periodFrom ?? def.from;
  const to = input.periodTo ?? def.to;
  const issues: { path: string; message: string }[] = [];
  if (to < from)
    issues.push({ path: 'periodTo', message: 'Ngày cuối kỳ báo cáo phải sau hoặc bằng ngày đầu kỳ.' });
  if (Number(to.slice(0, 4)) !== input.year)
    issues.push({ path: 'periodTo', message: `Kỳ báo cáo phải kết thúc trong năm ${input.year}.` });
  if (issues.length) throw errors.invalidInput(issues);
  const title = reportTitle(input.kind, input.year);
  const facts = await collectFacts(ctx, {
    agency_id: input.agencyId,
    year: input.year,
    kind: input.kind,
    period_from: from,
    period_to: to,
  });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertReport(trx, {
      agency_id: input.agencyId,
      year: input.year,
      kind: input.kind,
      period_from: from,
      period_to: to,
      title,
    });
    // Prose is reused: a new report starts from the agency's latest earlier report of the same kind.
    const prev = await repo.previousProse(trx, input.agencyId, input.kind, to);
    const copied = (prev?.sections ?? []).filter((s) => PROSE_KEYS.includes(s.key) && s.body.trim() !== '');
    await repo.insertSections(
      trx,
      newId,
      copied.map((s) => ({ key: s.key, heading: s.heading, body: s.body })),
      actor.userId,
    );
    if (!(await repo.saveSnapshot(trx, newId, 1, { facts }))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'reports',
        entityId: String(newId),
        agencyId: input.agencyId,
        summary: `Tạo báo cáo ${title}${copied.length ? ` (dùng lại ${copied.length} đoạn văn của báo cáo trước)` : ''}`,
        before: null,
        after: {
          year: input.year,
          kind: input.kind,
          periodFrom: from,
          periodTo: to,
          reusedFrom: prev?.reportId ?? null,
        },
      }),
    );
    return newId;
  });
  return getReport(ctx, actor, id);
}

/** Collects the figures again from the records; the prose is not touched. */
export async function regenerate(ctx: Ctx, actor: Actor, id: number, version: number): Promise<ReportDetail> {
  const r = await reportOrThrow(ctx, id);
  assertWrite(actor, r.agency_id);
  const facts = await collectFacts(ctx, r);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.saveSnapshot(trx, id, version, { facts }))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'reports',
        entityId: String(id),
        agencyId: r.agency_id,
        summary: `Tạo lại số liệu báo cáo ${r.title}`,
        before: { generatedAt: r.generated_at },
        after: { regenerated: true },
      }),
    );
  });
  return getReport(ctx, actor, id);
}

export async function saveSection(
  ctx: Ctx,
  actor: Actor,
  id: number,
  key: string,
  input: { body: string; version?: number | null | undefined },
): Promise<ReportDetail> {
  const r = await reportOrThrow(ctx, id);
  assertWrite(actor, r.agency_id);
  const slot = proseSlot(key);
  if (!slot) throw errors.field('key', `Báo cáo không có đoạn "${key}".`);
  const body = input.body.replace(/\r\n/g, '\n').trim();
  if (body.length > 20000) throw errors.field('body', `Đoạn "${slot.label}" dài quá 20.000 ký tự.`);
  await ctx.db.transaction().execute(async (trx) => {
    const cur = (await repo.sectionsOf(trx, id)).find((s) => s.key === key);
    if (cur) {
      if (input.version === undefined || input.version === null)
        throw errors.field('version', 'Thiếu phiên bản của đoạn văn (version).');
      if (!(await repo.updateSection(trx, cur.id, input.version, body, actor.userId)))
        throw errors.conflict();
    } else {
      if (input.version !== undefined && input.version !== null) throw errors.conflict();
      await repo.insertSection(trx, id, { key, heading: slot.label, body }, actor.userId);
    }
    await repo.touchReport(trx, id);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: cur ? 'update' : 'create',
        entity: 'report_sections',
        entityId: `${id}:${key}`,
        agencyId: r.agency_id,
        summary: `Sửa đoạn "${slot.label}" của báo cáo ${r.title}`,
        before: cur ? { body: cur.body } : null,
        after: { body },
      }),
    );
  });
  return getReport(ctx, actor, id);
}

export async function deleteReport(ctx: Ctx, actor: Actor, id: number, version: number): Promise<void> {
  const r = await reportOrThrow(ctx, id);
  assertWrite(actor, r.agency_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteReport(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'reports',
        entityId: String(id),
        agencyId: r.agency_id,
        summary: `Xoá báo cáo ${r.title}`,
        before: { year: r.year, kind: r.kind, periodFrom: r.period_from, periodTo: r.period_to },
        after: null,
      }),
    );
  });
}
