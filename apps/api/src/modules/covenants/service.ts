// Covenants (giao ước thi đua): inside the agency (its units sign) or with a cluster/block (member
// agencies sign): content, signatories, date and the signed scan. Officers write, the agency reads;
// a cluster's covenant is read by every member agency. Every write is audited.
import crypto from 'node:crypto';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/covenants.ts';
import { insertFile } from '../../../../../packages/db/src/repositories/initiatives.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';
import type { CovenantInputT } from './schemas.ts';

const uniq = (xs: (number | null | undefined)[]): number[] => [
  ...new Set(xs.filter((x): x is number => typeof x === 'number')),
];
const agenciesOf = (a: Actor): number[] => uniq([a.agencyId, ...a.roles.map((g) => g.agencyId)]);

function writes(a: Actor, agencyId: number, groupId: number | null): boolean {
  if (isAdmin(a)) return true;
  if (a.roles.some((g) => g.role === 'officer' && (g.agencyId ?? a.agencyId) === agencyId)) return true;
  return groupId !== null && a.roles.some((g) => g.role === 'cluster-leader' && g.groupId === groupId);
}

export async function list(ctx: Ctx, actor: Actor, f: { year?: number | undefined }) {
  const agencies = agenciesOf(actor);
  const groups = uniq([
    ...(await repo.groupsOfAgencies(ctx.db, agencies)),
    ...actor.roles.map((g) => g.groupId),
  ]);
  const rows = await repo.listCovenants(ctx.db, isAdmin(actor) ? 'all' : agencies, groups, f);
  return Promise.all(
    rows.map(async (r) => ({ row: r, signatories: await repo.signatoriesOf(ctx.db, r.id) })),
  );
}

export async function get(ctx: Ctx, actor: Actor, id: number) {
  const row = await repo.findCovenant(ctx.db, id);
  if (!row) throw errors.notFound('giao ước thi đua');
  if (!isAdmin(actor)) {
    const agencies = agenciesOf(actor);
    const groups = await repo.groupsOfAgencies(ctx.db, agencies);
    if (!agencies.includes(row.agency_id) && !(row.group_id !== null && groups.includes(row.group_id)))
      throw errors.forbidden('xem giao ước này');
  }
  return { row, signatories: await repo.signatoriesOf(ctx.db, id) };
}

function values(agencyId: number, input: CovenantInputT): repo.CovenantValues {
  return {
    agency_id: agencyId,
    group_id: input.groupId ?? null,
    year: input.year,
    title: input.title,
    content: input.content,
    status: input.status,
    signed_on: input.signedOn ?? null,
    place_name: input.placeName ?? null,
  };
}
function sigs(input: CovenantInputT): repo.SignatoryValues[] {
  return input.signatories.map((s) => ({
    unit_id: s.unitId ?? null,
    agency_id: s.agencyId ?? null,
    signer_name: s.signerName ?? null,
    signer_title: s.signerTitle ?? null,
    signed: s.signed,
  }));
}

export async function create(ctx: Ctx, actor: Actor, input: CovenantInputT) {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (!agencyId || !writes(actor, agencyId, input.groupId ?? null))
    throw errors.forbidden('ghi giao ước thi đua này');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertCovenant(trx, values(agencyId, input));
    await repo.replaceSignatories(trx, newId, sigs(input));
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'covenants',
        entityId: String(newId),
        agencyId,
        summary: `Thêm giao ước "${input.title}"`,
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
  input: CovenantInputT & { version: number },
) {
  const current = await get(ctx, actor, id);
  if (!writes(actor, current.row.agency_id, current.row.group_id)) throw errors.forbidden('sửa giao ước này');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateCovenant(trx, id, input.version, values(current.row.agency_id, input))))
      throw errors.conflict();
    await repo.replaceSignatories(trx, id, sigs(input));
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'covenants',
        entityId: String(id),
        agencyId: current.row.agency_id,
        summary: `Sửa giao ước "${input.title}"`,
        before: { title: current.row.title, status: current.row.status },
        after: input,
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function attach(
  ctx: Ctx,
  actor: Actor,
  id: number,
  file: { name: string; mime: string; content: Buffer },
) {
  const current = await get(ctx, actor, id);
  if (!writes(actor, current.row.agency_id, current.row.group_id))
    throw errors.forbidden('đính kèm tệp vào giao ước này');
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, {
      agency_id: current.row.agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    await repo.setCovenantFile(trx, id, fileId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attach',
        entity: 'covenants',
        entityId: String(id),
        agencyId: current.row.agency_id,
        summary: `Đính kèm bản ký "${file.name}"`,
        before: null,
        after: { fileId },
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function file(ctx: Ctx, actor: Actor, id: number) {
  await get(ctx, actor, id);
  const f = await repo.covenantFile(ctx.db, id);
  if (!f) throw errors.notFound('tệp đính kèm');
  return f;
}
