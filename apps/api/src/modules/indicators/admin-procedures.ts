// Administrative-procedure figures (thủ tục hành chính) of an agency over a period: received, resolved,
// on time, late, online. Seed 001: 15/12/2022–31/5/2023, 10.042 received, 9.946 resolved, none late,
// 9.816 online ("chiếm hơn 98% hồ sơ được giải quyết").
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/indicators.ts';
import type { AdminProcedureRecord } from '../../../../../packages/db/src/repositories/indicators.ts';
import {
  adminProcedureFigures,
  dec,
  formatPercent,
  formatVi,
  toPlain,
  type Decimal,
} from '../../../../../packages/domain/src/indicators/index.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import type { Actor } from '../../auth/actor.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { assertRead, assertWrite } from './access.ts';

export interface AdminProcedureInput {
  periodFrom: string;
  periodTo: string;
  received: number;
  resolved: number;
  onTime?: number | null | undefined;
  late?: number | null | undefined;
  online?: number | null | undefined;
  note?: string | null | undefined;
}

export interface AdminProcedureSummary {
  id: number;
  year: number;
  periodFrom: string;
  periodTo: string;
  received: number;
  resolved: number;
  onTime: number | null;
  late: number | null;
  online: number | null;
  note: string | null;
  version: number;
  raw: {
    resolvedPercent: string | null;
    onTimePercent: string | null;
    latePercent: string | null;
    onlinePercent: string | null;
  };
  text: {
    period: string;
    received: string;
    resolved: string;
    onTime: string | null;
    late: string | null;
    online: string | null;
    resolvedPercent: string | null;
    onTimePercent: string | null;
    onlinePercent: string | null;
    /** "hơn 98%" (seed 001's wording of 9.816 of 9.946). */
    onlinePhrase: string | null;
  };
}

const plain = (x: Decimal | null): string | null => (x === null ? null : toPlain(x));
const count = (n: number | null): string | null => (n === null ? null : formatVi(dec(n)));

export function presentAdminProcedure(s: AdminProcedureRecord): AdminProcedureSummary {
  const f = adminProcedureFigures({
    received: s.received,
    resolved: s.resolved,
    onTime: s.on_time,
    late: s.late,
    online: s.online,
  });
  return {
    id: s.id,
    year: s.year,
    periodFrom: s.period_from,
    periodTo: s.period_to,
    received: s.received,
    resolved: s.resolved,
    onTime: s.on_time,
    late: s.late,
    online: s.online,
    note: s.note,
    version: s.version,
    raw: {
      resolvedPercent: plain(f.resolvedPercent),
      onTimePercent: plain(f.onTimePercent),
      latePercent: plain(f.latePercent),
      onlinePercent: plain(f.onlinePercent),
    },
    text: {
      period: `từ ngày ${formatDateVi(s.period_from)} đến ${formatDateVi(s.period_to)}`,
      received: count(s.received)!,
      resolved: count(s.resolved)!,
      onTime: count(s.on_time),
      late: count(s.late),
      online: count(s.online),
      resolvedPercent: formatPercent(f.resolvedPercent),
      onTimePercent: formatPercent(f.onTimePercent),
      onlinePercent: formatPercent(f.onlinePercent),
      onlinePhrase: f.onlinePhrase,
    },
  };
}

export function presentAdminProcedures(rows: AdminProcedureRecord[]): AdminProcedureSummary[] {
  return rows.map(presentAdminProcedure);
}

function check(input: AdminProcedureInput): void {
  const issues: { path: string; message: string }[] = [];
  if (input.periodTo < input.periodFrom)
    issues.push({ path: 'periodTo', message: 'Ngày cuối kỳ phải sau hoặc bằng ngày đầu kỳ.' });
  if (input.resolved > input.received)
    issues.push({ path: 'resolved', message: 'Số hồ sơ đã giải quyết không được lớn hơn số đã tiếp nhận.' });
  const onTime = input.onTime ?? 0;
  const late = input.late ?? 0;
  if (onTime + late > input.resolved)
    issues.push({ path: 'late', message: 'Số đúng hạn cộng trễ hạn không được lớn hơn số đã giải quyết.' });
  if ((input.online ?? 0) > input.received)
    issues.push({ path: 'online', message: 'Số hồ sơ trực tuyến không được lớn hơn số đã tiếp nhận.' });
  if (issues.length) throw errors.invalidInput(issues);
}

function values(input: AdminProcedureInput): repo.AdminProcedureValues {
  return {
    period_from: input.periodFrom,
    period_to: input.periodTo,
    received: input.received,
    resolved: input.resolved,
    on_time: input.onTime ?? null,
    late: input.late ?? null,
    online: input.online ?? null,
    note: input.note ?? null,
  };
}

/** A period belongs to the year it ends in (15/12/2022–31/5/2023 is 2023's mid-year figure). */
const yearOf = (input: AdminProcedureInput): number => Number(input.periodTo.slice(0, 4));

export async function listAdminProcedures(ctx: Ctx, actor: Actor, agencyId: number, year: number) {
  assertRead(actor, agencyId);
  return presentAdminProcedures(await repo.listAdminProcedureStats(ctx.db, agencyId, year));
}

export async function createAdminProcedures(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  input: AdminProcedureInput,
) {
  assertWrite(actor, agencyId);
  check(input);
  if (await repo.adminProcedurePeriodTaken(ctx.db, agencyId, input.periodFrom, input.periodTo))
    throw errors.duplicate('periodFrom', 'Đã có số liệu thủ tục hành chính cho đúng kỳ này.');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const v = { agency_id: agencyId, year: yearOf(input), ...values(input) };
    const newId = await repo.insertAdminProcedureStats(trx, v);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'admin_procedure_stats',
        entityId: String(newId),
        agencyId,
        summary: `Thêm số liệu thủ tục hành chính ${formatDateVi(input.periodFrom)}–${formatDateVi(input.periodTo)}`,
        before: null,
        after: v,
      }),
    );
    return newId;
  });
  return presentAdminProcedure((await repo.findAdminProcedureStats(ctx.db, id))!);
}

export async function updateAdminProcedures(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: AdminProcedureInput & { version: number },
) {
  const cur = await repo.findAdminProcedureStats(ctx.db, id);
  if (!cur) throw errors.notFound('số liệu thủ tục hành chính');
  assertWrite(actor, cur.agency_id);
  check(input);
  if (await repo.adminProcedurePeriodTaken(ctx.db, cur.agency_id, input.periodFrom, input.periodTo, id))
    throw errors.duplicate('periodFrom', 'Đã có số liệu thủ tục hành chính cho đúng kỳ này.');
  await ctx.db.transaction().execute(async (trx) => {
    const v = { year: yearOf(input), ...values(input) };
    if (!(await repo.updateAdminProcedureStats(trx, id, input.version, v))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'admin_procedure_stats',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Sửa số liệu thủ tục hành chính ${formatDateVi(input.periodFrom)}–${formatDateVi(input.periodTo)}`,
        before: cur,
        after: v,
      }),
    );
  });
  return presentAdminProcedure((await repo.findAdminProcedureStats(ctx.db, id))!);
}

export async function deleteAdminProcedures(ctx: Ctx, actor: Actor, id: number, version: number) {
  const cur = await repo.findAdminProcedureStats(ctx.db, id);
  if (!cur) throw errors.notFound('số liệu thủ tục hành chính');
  assertWrite(actor, cur.agency_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteAdminProcedureStats(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'admin_procedure_stats',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Xoá số liệu thủ tục hành chính ${formatDateVi(cur.period_from)}–${formatDateVi(cur.period_to)}`,
        before: cur,
        after: null,
      }),
    );
  });
}
