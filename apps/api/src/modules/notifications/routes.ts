// The signed-in user's own notifications (deadline reminders, escalations …): list, unread count, mark read.
import { z } from 'zod';
import type { NotificationRecord } from '../../../../../packages/db/src/repositories/notifications.ts';
import type { Ctx } from '../../context.ts';
import { QueryBool } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import * as service from './service.ts';

const tags = ['notifications'];

export const NotificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

const NotificationsQuery = z.object({
  unread: QueryBool.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const NotificationsRead = z
  .object({ ids: z.array(z.number().int().positive()).max(500).optional() })
  .meta({ id: 'NotificationsRead' });

function presentNotification(n: NotificationRecord): z.infer<typeof NotificationSchema> {
  const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: iso(n.created_at),
    readAt: n.read_at === null ? null : iso(n.read_at),
  };
}

export async function notificationRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/notifications',
    {
      config: { policy: 'notifications:self' },
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước)',
        querystring: NotificationsQuery,
        response: { 200: z.array(NotificationSchema) },
      },
    },
    async (req) =>
      (
        await service.listMine(ctx, actorOf(req), { unreadOnly: req.query.unread, limit: req.query.limit })
      ).map(presentNotification),
  );
  app.get(
    '/notifications/unread-count',
    {
      config: { policy: 'notifications:self' },
      schema: {
        tags,
        summary: 'Số thông báo chưa đọc',
        response: { 200: z.object({ count: z.number().int() }) },
      },
    },
    async (req) => ({ count: await service.unreadCount(ctx, actorOf(req)) }),
  );
  app.post(
    '/notifications/read',
    {
      config: { policy: 'notifications:self' },
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc (các thông báo đã chọn, hoặc tất cả khi không gửi ids)',
        body: NotificationsRead,
        response: { 200: z.object({ updated: z.number().int() }) },
      },
    },
    async (req) => ({ updated: await service.markRead(ctx, actorOf(req), req.body.ids) }),
  );
}
