import { z } from 'zod';
import type { UnitRecord } from '../../../../../packages/db/src/repositories/units.ts';
import type { agencyDetail, agencyTree } from './service.ts';

const TreeUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  headcount: z.number().int(),
});

export interface TreeNode {
  id: number;
  kind: string;
  code: string;
  name: string;
  shortName: string | null;
  children: TreeNode[];
  units: z.infer<typeof TreeUnit>[];
}

export const AgencyTreeNode: z.ZodType<TreeNode> = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    get children() {
      return z.array(AgencyTreeNode);
    },
    units: z.array(TreeUnit),
  })
  .meta({ id: 'AgencyTreeNode' });

export const AgencyDetail = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    parentName: z.string().nullable(),
    placeName: z.string().nullable(),
    symbol: z.string().nullable(),
    address: z.string().nullable(),
    parentId: z.number().int().nullable(),
    parentAgencyName: z.string().nullable(),
    stats: z.object({
      people: z.number().int(),
      congChuc: z.number().int(),
      vienChuc: z.number().int(),
      hopDong: z.number().int(),
      partyMembers: z.number().int(),
      partyCells: z.number().int(),
      leaders: z.number().int(),
    }),
    sideOrganisations: z.array(
      z.object({ id: z.number().int(), kind: z.string(), name: z.string(), memberCount: z.number().int() }),
    ),
    groups: z.array(
      z.object({
        groupId: z.number().int(),
        name: z.string(),
        kind: z.string(),
        level: z.string(),
        year: z.number().int(),
        role: z.string(),
      }),
    ),
  })
  .meta({ id: 'AgencyDetail' });

function presentTreeUnit(u: UnitRecord) {
  return { id: u.id, code: u.code, name: u.name, kind: u.kind, headcount: u.headcount };
}

/** Agencies nested by parent; an agency whose parent is outside the user's scope becomes a root. */
export function presentTree(t: Awaited<ReturnType<typeof agencyTree>>): TreeNode[] {
  const nodes = new Map<number, TreeNode>();
  for (const a of t.agencies)
    nodes.set(a.id, {
      id: a.id,
      kind: a.kind,
      code: a.code,
      name: a.name,
      shortName: a.short_name,
      children: [],
      units: [],
    });
  for (const u of t.units) nodes.get(u.agency_id)?.units.push(presentTreeUnit(u));
  const roots: TreeNode[] = [];
  for (const a of t.agencies) {
    const node = nodes.get(a.id)!;
    const parent = a.parent_id !== null ? nodes.get(a.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function presentDetail(d: Awaited<ReturnType<typeof agencyDetail>>): z.infer<typeof AgencyDetail> {
  const a = d.agency;
  return {
    id: a.id,
    kind: a.kind,
    code: a.code,
    name: a.name,
    shortName: a.short_name,
    parentName: a.parent_name,
    placeName: a.place_name,
    symbol: a.symbol,
    address: a.address,
    parentId: a.parent_id,
    parentAgencyName: a.parent_agency_name,
    stats: d.stats,
    sideOrganisations: d.sides.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      memberCount: s.member_count,
    })),
    groups: d.groups.map((g) => ({
      groupId: g.group_id,
      name: g.name,
      kind: g.kind,
      level: g.level,
      year: g.year,
      role: g.role,
    })),
  };
}
