// Movements (phong trào thi đua): launched by a level with its decision, theme and slogan, phases,
// targets, the titles it leads to, participating units and results per phase. Officers of the agency
// write; everyone in the agency reads. Every write is one transaction with its audit entry.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/movements.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { errors, type FieldIssue } from '../../errors.ts';
import type { LaunchInputT, MovementInputT } from './schemas.ts';
import type { z } from 'zod';
import type { ResultInput } from './schemas.ts';

const uniq = (xs: (number | null | undefined)[]): number[] => [
  ...new Set(xs.filter((x): x is number => typeof x === 'number')),
];

function readAgencies(a: Actor): number[] | 'all' {
  if (isAdmin(a)) return 'all';
  return uniq([a.agencyId, ...a.roles.map((g) => g.agencyId), ...a.reviewerAgencyIds]);
}
function writes(a: Actor, agencyId: number): boolean {
  return isAdmin(a) || a.roles.some((g) => g.role === 'officer' && (g.agencyId ?? a.agencyId) === agencyId);
}

export async function list(
  ctx: Ctx,
  actor: Actor,
  f: { year?: number | undefined; status?: string | undefined },
) {
  return repo.listMovements(ctx.db, readAgencies(actor), f);
}

export async function get(ctx: Ctx, actor: Actor, id: number) {
  const m = await repo.findMovement(ctx.db, id);
  if (!m) throw errors.notFound('phong trào thi đua');
  const agencies = readAgencies(actor);
  if (agencies !== 'all' && !agencies.includes(m.agency_id)) throw errors.forbidden('xem phong trào này');
  return { movement: m, ...(await repo.childrenOf(ctx.db, id)) };
}

async function validate(ctx: Ctx, agencyId: number, input: MovementInputT): Promise<void> {
  const issues: FieldIssue[] = [];
  if (input.participantUnitIds.length) {
    const units = await ctx.db
      .selectFrom('units')
      .select(['id', 'agency_id'])
      .where('id', 'in', input.participantUnitIds)
      .execute();
    input.participantUnitIds.forEach((u, i) => {
      if (!units.some((x) => x.id === u && x.agency_id === agencyId))
        issues.push({ path: `participantUnitIds.${i}`, message: 'Đơn vị không thuộc cơ quan.' });
    });
  }
  if (issues.length) throw errors.invalidInput(issues);
}

function values(agencyId: number, input: MovementInputT): repo.MovementValues {
  return {
    agency_id: agencyId,
    launched_by: input.launchedBy,
    launcher_name: input.launcherName ?? null,
    kind: input.kind,
    name: input.name,
    theme: input.theme ?? null,
    slogan: input.slogan ?? null,
    year: input.year,
    from_date: input.fromDate ?? null,
    to_date: input.toDate ?? null,
    decision_ref: input.decisionRef ?? null,
    decision_on: input.decisionOn ?? null,
    status: input.status,
    description: input.description ?? null,
    launch: input.launch ? JSON.stringify(input.launch) : null,
  };
}

async function writeChildren(db: Ctx['db'], id: number, input: MovementInputT): Promise<void> {
  await repo.writePhases(
    db,
    id,
    input.phases.map((p) => ({
      name: p.name,
      from_date: p.fromDate,
      to_date: p.toDate,
      description: p.description ?? null,
    })),
  );
  await repo.writeTargets(
    db,
    id,
    input.targets.map((t) => ({
      kind: t.kind,
      content: t.content,
      target_value: t.targetValue ?? null,
      unit: t.unit ?? null,
      comparison: t.comparison ?? null,
      title_code: t.titleCode ?? null,
    })),
  );
  await repo.replaceRewards(
    db,
    id,
    input.rewards.map((r) => ({ code: r.code, other_name: r.otherName ?? null, note: r.note ?? null })),
  );
  await repo.replaceParticipants(db, id, {
    unitIds: input.participantUnitIds,
    agencyIds: input.participantAgencyIds,
  });
}

export async function create(ctx: Ctx, actor: Actor, input: MovementInputT) {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (!agencyId || !writes(actor, agencyId)) throw errors.forbidden('ghi phong trào thi đua của cơ quan này');
  await validate(ctx, agencyId, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertMovement(trx, values(agencyId, input));
    await writeChildren(trx, newId, input);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'movements',
        entityId: String(newId),
        agencyId,
        summary: `Thêm phong trào "${input.name}"`,
        before: null,
        after: input,
      }),
    );
    return newId;
  });
  return get(ctx, actor, id);
}

export async function update(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: MovementInputT & { version: number },
) {
  const current = await get(ctx, actor, id);
  const agencyId = current.movement.agency_id;
  if (!writes(actor, agencyId)) throw errors.forbidden('sửa phong trào này');
  await validate(ctx, agencyId, input);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateMovement(trx, id, input.version, values(agencyId, input))))
      throw errors.conflict();
    await writeChildren(trx, id, input);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'movements',
        entityId: String(id),
        agencyId,
        summary: `Sửa phong trào "${input.name}"`,
        before: { name: current.movement.name, version: current.movement.version },
        after: input,
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function remove(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  const current = await get(ctx, actor, id);
  if (!writes(actor, current.movement.agency_id)) throw errors.forbidden('xoá phong trào này');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteMovement(trx, id);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'movements',
        entityId: String(id),
        agencyId: current.movement.agency_id,
        summary: `Xoá phong trào "${current.movement.name}"`,
        before: { name: current.movement.name },
        after: null,
      }),
    );
  });
}

export async function addResult(ctx: Ctx, actor: Actor, id: number, input: z.infer<typeof ResultInput>) {
  const current = await get(ctx, actor, id);
  if (!writes(actor, current.movement.agency_id)) throw errors.forbidden('ghi kết quả phong trào này');
  const issues: FieldIssue[] = [];
  if (input.phaseId && !current.phases.some((p) => p.id === input.phaseId))
    issues.push({ path: 'phaseId', message: 'Đợt thi đua không thuộc phong trào này.' });
  if (input.targetId && !current.targets.some((t) => t.id === input.targetId))
    issues.push({ path: 'targetId', message: 'Chỉ tiêu không thuộc phong trào này.' });
  if (issues.length) throw errors.invalidInput(issues);
  await ctx.db.transaction().execute(async (trx) => {
    const rid = await repo.insertResult(trx, id, {
      phase_id: input.phaseId ?? null,
      target_id: input.targetId ?? null,
      unit_id: input.unitId ?? null,
      reported_on: input.reportedOn,
      content: input.content,
      value: input.value ?? null,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
      unit: input.unit ?? null,
      text: input.text ?? null,
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'result',
        entity: 'movements',
        entityId: String(id),
        agencyId: current.movement.agency_id,
        summary: `Kết quả phong trào: ${input.content}`,
        before: null,
        after: { resultId: rid, ...input },
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function removeResult(ctx: Ctx, actor: Actor, id: number, resultId: number) {
  const current = await get(ctx, actor, id);
  if (!writes(actor, current.movement.agency_id)) throw errors.forbidden('xoá kết quả phong trào này');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteResult(trx, id, resultId))) throw errors.notFound('kết quả');
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'result-delete',
        entity: 'movements',
        entityId: String(id),
        agencyId: current.movement.agency_id,
        summary: 'Xoá một kết quả phong trào',
        before: { resultId },
        after: null,
      }),
    );
  });
  return get(ctx, actor, id);
}

export function launchOf(m: repo.MovementRow): LaunchInputT | null {
  return (m.launch as LaunchInputT | null) ?? null;
}
