// Who may do what in an emulation cluster or block (cụm, khối thi đua), for one year — membership and the
// leader/deputy roles are yearly (emulation_group_members). Other cluster modules (cluster-scoring) use these
// helpers instead of testing roles themselves.
//
// The rules (issue #6, item 7):
//  - an agency's officers act for their agency: in a year their agency is a member, they are 'member' of the
//    cluster, or 'leader' / 'deputy' when their agency holds that role that year (seed 003: the leader
//    agency's office runs the cluster's work);
//  - a cluster-leader account (user_roles.group_id) acts for its home agency in that cluster: the same
//    yearly role as the agency (so the account hands over when the conference elects another leader); an
//    account with no home agency leads the cluster every year;
//  - a reviewer sees every cluster organised by its agency or an agency below it: the Ministry's reviewer
//    every Ministry cluster (level 'bo'), the province's every provincial block (level 'tinh');
//  - the system administrator acts as the leader;
//  - anybody else gets nothing, and a cluster they are not in answers 404 (its existence is not disclosed).
import * as repo from '../../../../../packages/db/src/repositories/clusters.ts';
import type { ClusterScope } from '../../../../../packages/db/src/repositories/clusters.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';

/** The actor's standing in one cluster's year, strongest first. */
export type ClusterRole = 'leader' | 'deputy' | 'member' | 'reviewer';

export const CLUSTER_ROLE_LABELS: Record<ClusterRole, string> = {
  leader: 'Cụm trưởng',
  deputy: 'Cụm phó',
  member: 'Thành viên',
  reviewer: 'Cơ quan theo dõi',
};

const RANK: Record<ClusterRole, number> = { leader: 4, deputy: 3, member: 2, reviewer: 1 };

const uniq = (xs: (number | null | undefined)[]): number[] =>
  [...new Set(xs.filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);

/** Agencies whose officers' work this actor does (officer grants; a cluster-leader account's home agency). */
export function actingAgencyIds(actor: Actor, groupId?: number): number[] {
  const ids: (number | null)[] = [];
  for (const g of actor.roles) {
    if (g.role === 'officer') ids.push(g.agencyId ?? actor.agencyId);
    if (g.role === 'cluster-leader' && (groupId === undefined || g.groupId === groupId))
      ids.push(actor.agencyId);
  }
  return uniq(ids);
}

/** Organisers whose clusters this actor reviews (its reviewer grants' agencies and the agencies below). */
export function reviewedOrganiserIds(actor: Actor): number[] {
  if (!actor.roles.some((g) => g.role === 'reviewer')) return [];
  return uniq([
    ...actor.roles.filter((g) => g.role === 'reviewer').map((g) => g.agencyId ?? actor.agencyId),
    ...actor.reviewerAgencyIds,
  ]);
}

/**
 * The clusters an actor may list, as data the repository turns into SQL (repo.clusterVisible): for a year,
 * those its agencies are members of, those it leads by account, and those its reviewed organisers organise.
 */
export function clusterScopeOf(actor: Actor): ClusterScope {
  if (isAdmin(actor)) return { all: true, memberAgencyIds: [], groupIds: [], organiserIds: [] };
  return {
    all: false,
    memberAgencyIds: actingAgencyIds(actor),
    groupIds: uniq(actor.roles.filter((g) => g.role === 'cluster-leader').map((g) => g.groupId)),
    organiserIds: reviewedOrganiserIds(actor),
  };
}

/**
 * The actor's role in cluster `groupId` in `year` — 'leader' | 'deputy' | 'member' | 'reviewer' — or null
 * when the actor has no business with it (or it does not exist). One query.
 */
export async function clusterRoleOf(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
): Promise<ClusterRole | null> {
  return (await clusterStanding(ctx, actor, groupId, year))?.role ?? null;
}

export interface ClusterStanding {
  role: ClusterRole;
  group: repo.GroupRow;
  /** Member agencies (that year) the actor acts for: whose own sheets, reports … it may write. */
  agencyIds: number[];
}

/** clusterRoleOf with the group row and the member agencies the actor acts for. */
export async function clusterStanding(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
): Promise<ClusterStanding | null> {
  const acting = actingAgencyIds(actor, groupId);
  const found = await repo.groupWithMemberships(ctx.db, groupId, year, acting);
  if (!found) return null;
  const { group, memberships } = found;
  const agencyIds = memberships.map((m) => m.agency_id);
  if (isAdmin(actor)) return { role: 'leader', group, agencyIds };
  let best: ClusterRole | null = null;
  const take = (r: ClusterRole) => {
    if (best === null || RANK[r] > RANK[best]) best = r;
  };
  for (const m of memberships) take(m.role);
  const leaderGrant = actor.roles.some((g) => g.role === 'cluster-leader' && g.groupId === groupId);
  if (leaderGrant && actor.agencyId === null) take('leader');
  if (group.organiser_agency_id !== null && reviewedOrganiserIds(actor).includes(group.organiser_agency_id))
    take('reviewer');
  return best === null ? null : { role: best, group, agencyIds };
}

/**
 * Refuses unless the actor has one of `allowed` roles in the cluster's year: 404 when the actor has no role
 * there at all (another cluster — not disclosed), 403 when the role is not enough (a member trying a
 * leader's action). Returns the standing. `what` completes "Bạn không có quyền …" in the 403 message.
 */
export async function assertClusterAccess(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  allowed: readonly ClusterRole[] = ['leader', 'deputy', 'member', 'reviewer'],
  what = 'thực hiện thao tác này trong cụm, khối thi đua',
): Promise<ClusterStanding> {
  const s = await clusterStanding(ctx, actor, groupId, year);
  if (!s) throw errors.notFound('cụm, khối thi đua');
  if (!allowed.includes(s.role)) throw errors.forbidden(what);
  return s;
}

/** The leader's actions (plan, election, reports): the leader, or the deputy when the leader delegates. */
export const LEADS: readonly ClusterRole[] = ['leader', 'deputy'];
