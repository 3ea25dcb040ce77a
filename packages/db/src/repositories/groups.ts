// Emulation blocks and clusters with their members of one year (one query, grouped in memory).
import type { Db } from './scope.ts';

export async function listGroupsWithMembers(db: Db, year: number) {
  const groups = await db
    .selectFrom('emulation_groups')
    .select(['id', 'kind', 'level', 'code', 'name'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  const members = await db
    .selectFrom('emulation_group_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.group_id', 'm.agency_id', 'a.name as agency_name', 'm.role'])
    .where('m.year', '=', year)
    .orderBy('m.group_id')
    .orderBy('a.name')
    .execute();
  return { groups, members };
}
