// Who may see and rate which unit: the officer (and admin) the whole agency; a unit head only their own
// unit(s) — another unit is refused 403; council and reviewers read their agency. Staff rate only
// themselves (self-assessment, see service.saveSelf).
import { hasRole, isAdmin, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

export interface UnitRef {
  id: number;
  agency_id: number;
}

function agencyRole(actor: Actor, roles: readonly string[], agencyId: number): boolean {
  return actor.roles.some((g) => roles.includes(g.role) && (g.agencyId ?? actor.agencyId) === agencyId);
}

function headOf(actor: Actor, unitId: number): boolean {
  return actor.roles.some((g) => g.role === 'unit-head' && g.unitId === unitId);
}

export function canReadUnit(actor: Actor, unit: UnitRef): boolean {
  if (isAdmin(actor)) return true;
  if (agencyRole(actor, ['officer', 'council'], unit.agency_id)) return true;
  if (
    hasRole(actor, 'reviewer') &&
    (actor.agencyId === unit.agency_id || actor.reviewerAgencyIds.includes(unit.agency_id))
  )
    return true;
  return headOf(actor, unit.id);
}

export function assertReadUnit(actor: Actor, unit: UnitRef): void {
  if (!canReadUnit(actor, unit)) throw errors.forbidden('xem xếp loại của đơn vị này');
}

/** Officers finalise ratings; a unit head proposes for their unit. */
export function canFinalise(actor: Actor, agencyId: number): boolean {
  return isAdmin(actor) || agencyRole(actor, ['officer'], agencyId);
}

export function assertWriteUnit(actor: Actor, unit: UnitRef): void {
  if (!canFinalise(actor, unit.agency_id) && !headOf(actor, unit.id))
    throw errors.forbidden('xếp loại cán bộ của đơn vị này');
}

export function assertDisciplineWrite(actor: Actor, agencyId: number): void {
  if (!canFinalise(actor, agencyId)) throw errors.forbidden('ghi kỷ luật của cơ quan này');
}
