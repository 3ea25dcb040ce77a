// A user's own notifications: the actor is always the owner (no other scope).
import * as repo from '../../../../../packages/db/src/repositories/notifications.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';

export const listMine = (ctx: Ctx, actor: Actor, f: { unreadOnly?: boolean | undefined; limit: number }) =>
  repo.listNotifications(ctx.db, actor.userId, f);
export const unreadCount = (ctx: Ctx, actor: Actor) => repo.unreadCount(ctx.db, actor.userId);
export const markRead = (ctx: Ctx, actor: Actor, ids: number[] | undefined) =>
  repo.markRead(ctx.db, actor.userId, ids);
