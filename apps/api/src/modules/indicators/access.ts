// Indicators are an agency's records: anyone who sees the agency reads them; its officers (and admins)
// write them. Another agency's officer gets 403.
import { agencyReadScope, agencyWriteScope, inScope, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

export function assertRead(actor: Actor, agencyId: number): void {
  if (!inScope(agencyReadScope(actor), agencyId)) throw errors.forbidden('xem chỉ tiêu của cơ quan này');
}

export function assertWrite(actor: Actor, agencyId: number): void {
  if (!inScope(agencyWriteScope(actor), agencyId)) throw errors.forbidden('nhập chỉ tiêu của cơ quan này');
}
