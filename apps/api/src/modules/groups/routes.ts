import { z } from 'zod';
import { listGroupsWithMembers } from '../../../../../packages/db/src/repositories/groups.ts';
import type { Ctx } from '../../context.ts';
import { todayIn } from '../../context.ts';
import type { Api } from '../../http/types.ts';

const GroupSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(['khoi', 'cum']),
    level: z.enum(['tinh', 'bo']),
    code: z.string(),
    name: z.string(),
    members: z.array(
      z.object({
        agencyId: z.number().int(),
        agencyName: z.string(),
        role: z.enum(['leader', 'deputy', 'member']),
      }),
    ),
  })
  .meta({ id: 'EmulationGroup' });

export async function groupRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/emulation-groups',
    {
      config: { policy: 'groups:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Cụm, khối thi đua và thành viên trong năm',
        querystring: z.object({ year: z.coerce.number().int().min(1945).max(2200).optional() }),
        response: { 200: z.array(GroupSchema) },
      },
    },
    async (req) => {
      const year = req.query.year ?? Number(todayIn(ctx.config.timeZone).slice(0, 4));
      const { groups, members } = await listGroupsWithMembers(ctx.db, year);
      const byGroup = new Map<number, z.infer<typeof GroupSchema>['members']>();
      for (const m of members) {
        const list = byGroup.get(m.group_id) ?? [];
        list.push({ agencyId: m.agency_id, agencyName: m.agency_name, role: m.role });
        byGroup.set(m.group_id, list);
      }
      return groups.map((g) => ({
        id: g.id,
        kind: g.kind,
        level: g.level,
        code: g.code,
        name: g.name,
        members: byGroup.get(g.id) ?? [],
      }));
    },
  );
}
