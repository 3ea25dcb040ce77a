import { z } from 'zod';
import type { Actor } from './actor.ts';
import { permissionsOf } from './policies.ts';

export const RoleGrantSchema = z.object({
  role: z.enum(['admin', 'officer', 'council', 'unit-head', 'staff', 'cluster-leader', 'reviewer']),
  agencyId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  groupId: z.number().int().nullable(),
  scopeName: z.string().nullable(),
});

export const MeSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    personId: z.number().int().nullable(),
    agencyId: z.number().int().nullable(),
    mustChangePassword: z.boolean(),
    roles: z.array(RoleGrantSchema),
    permissions: z.array(z.string()),
    /** The year the agency works on (its pages open on it): agency setting, else the calendar year. */
    workingYear: z.number().int(),
  })
  .meta({ id: 'Me' });

export const SessionSchema = z.object({ user: MeSchema, csrfToken: z.string() }).meta({ id: 'Session' });

export function presentMe(a: Actor, workingYear: number): z.infer<typeof MeSchema> {
  return {
    id: a.userId,
    username: a.username,
    displayName: a.displayName,
    personId: a.personId,
    agencyId: a.agencyId,
    mustChangePassword: a.mustChangePassword,
    roles: a.roles.map((r) => ({
      role: r.role,
      agencyId: r.agencyId,
      unitId: r.unitId,
      groupId: r.groupId,
      scopeName: r.scopeName,
    })),
    permissions: permissionsOf(a.roles.map((r) => r.role)),
    workingYear,
  };
}
