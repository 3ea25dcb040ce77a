import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as units from '../../../../../packages/db/src/repositories/units.ts';
import { iterateWith } from '../../http/export.ts';
import type { UnitKind } from '../../../../../packages/db/src/schema.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { agencyReadScope, agencyWriteScope, inScope, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

export interface UnitInput {
  agencyId: number;
  code: string;
  name: string;
  shortName?: string | null | undefined;
  kind: UnitKind;
  sortOrder?: number | undefined;
  active?: boolean | undefined;
  parentUnitId?: number | null | undefined;
}

export async function listUnits(ctx: Ctx, actor: Actor, agencyId?: number) {
  return units.listUnits(ctx.db, agencyReadScope(actor), { agencyId });
}

export function exportUnits(ctx: Ctx, actor: Actor, agencyId?: number) {
  return iterateWith(() => units.listUnits(ctx.db, agencyReadScope(actor), { agencyId }));
}

async function one(ctx: Ctx, id: number) {
  const [u] = await units.listUnits(
    ctx.db,
    { all: true, agencyIds: [], unitIds: [], personIds: [], groupIds: [] },
    { ids: [id] },
  );
  if (!u) throw errors.notFound('đơn vị');
  return u;
}

async function checkParent(
  ctx: Ctx,
  agencyId: number,
  parentUnitId: number | null | undefined,
  selfId?: number,
): Promise<void> {
  if (parentUnitId === null || parentUnitId === undefined) return;
  const p = await units.findUnit(ctx.db, parentUnitId);
  if (!p || p.agency_id !== agencyId)
    throw errors.field('parentUnitId', 'Đơn vị cấp trên không thuộc cơ quan này.');
  if (selfId !== undefined && p.id === selfId)
    throw errors.field('parentUnitId', 'Đơn vị không thể là cấp trên của chính nó.');
}

function values(input: UnitInput) {
  return {
    parent_unit_id: input.parentUnitId ?? null,
    code: input.code,
    name: input.name,
    short_name: input.shortName ?? null,
    kind: input.kind,
    sort_order: input.sortOrder ?? 0,
    active: input.active ?? true,
  };
}

export async function createUnit(ctx: Ctx, actor: Actor, input: UnitInput) {
  if (!inScope(agencyWriteScope(actor), input.agencyId))
    throw errors.forbidden('thêm đơn vị cho cơ quan này');
  await checkParent(ctx, input.agencyId, input.parentUnitId);
  if (await units.unitCodeTaken(ctx.db, input.agencyId, input.code))
    throw errors.duplicate('code', 'Mã đơn vị đã tồn tại trong cơ quan.');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const v = { agency_id: input.agencyId, ...values(input) };
    if (input.sortOrder === undefined) v.sort_order = await units.nextSortOrder(trx, input.agencyId);
    const newId = await units.insertUnit(trx, v);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'units',
        entityId: String(newId),
        agencyId: input.agencyId,
        summary: `Thêm đơn vị ${input.name}`,
        before: null,
        after: v,
      }),
    );
    return newId;
  });
  return one(ctx, id);
}

export async function updateUnit(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: Omit<UnitInput, 'agencyId'> & { version: number },
) {
  const current = await units.findUnit(ctx.db, id);
  if (!current) throw errors.notFound('đơn vị');
  if (!inScope(agencyWriteScope(actor), current.agency_id)) throw errors.forbidden('sửa đơn vị này');
  await checkParent(ctx, current.agency_id, input.parentUnitId, id);
  if (await units.unitCodeTaken(ctx.db, current.agency_id, input.code, id))
    throw errors.duplicate('code', 'Mã đơn vị đã tồn tại trong cơ quan.');
  // Fields left out of the request keep their current values.
  const v = values({
    ...input,
    agencyId: current.agency_id,
    shortName: input.shortName === undefined ? current.short_name : input.shortName,
    sortOrder: input.sortOrder ?? current.sort_order,
    active: input.active ?? current.active,
    parentUnitId: input.parentUnitId === undefined ? current.parent_unit_id : input.parentUnitId,
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await units.updateUnit(trx, id, input.version, v))) throw errors.conflict();
    const before = {
      parent_unit_id: current.parent_unit_id,
      code: current.code,
      name: current.name,
      short_name: current.short_name,
      kind: current.kind,
      sort_order: current.sort_order,
      active: current.active,
    };
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'units',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Sửa đơn vị ${input.name}`,
        before,
        after: v,
      }),
    );
  });
  return one(ctx, id);
}
