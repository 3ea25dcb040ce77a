// The audit view: entries within the user's scope (admin all; officer their agency; reviewer the agency
// and the agencies below it), newest first; the chain check is the administrator's.
import { verifyAuditChain, type AuditVerifyResult } from '../../../../../packages/db/src/audit.ts';
import {
  iterateAudit,
  listAudit as listRows,
  type AuditFilter,
} from '../../../../../packages/db/src/repositories/audit.ts';
import type { Ctx } from '../../context.ts';
import { auditReadScope, type Actor } from '../../auth/actor.ts';

export function listAudit(
  ctx: Ctx,
  actor: Actor,
  filter: AuditFilter,
  page: { offset: number; limit: number },
) {
  return listRows(ctx.db, filter, auditReadScope(actor), page);
}

export function exportAudit(ctx: Ctx, actor: Actor, filter: AuditFilter) {
  return iterateAudit(ctx.db, filter, auditReadScope(actor));
}

export function verifyAudit(ctx: Ctx): Promise<AuditVerifyResult> {
  return verifyAuditChain(ctx.db);
}
