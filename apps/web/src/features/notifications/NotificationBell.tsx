import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { request } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';

const NotificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
type Notification = z.infer<typeof NotificationSchema>;

/** The header's bell: unread count (refreshed every minute), the latest notifications, mark read. */
export function NotificationBell() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const count = useQuery({
    queryKey: ['notifications', 'count'],
    queryFn: () => request('/notifications/unread-count', z.object({ count: z.number() })),
    refetchInterval: 60_000,
  });
  const list = useQuery({
    queryKey: ['notifications', 'list'],
    queryFn: () => request('/notifications', z.array(NotificationSchema), { query: { limit: 20 } }),
  });
  const read = useMutation({
    mutationFn: (ids?: number[]) =>
      request('/notifications/read', z.object({ updated: z.number() }), {
        method: 'POST',
        body: ids ? { ids } : {},
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const open = (n: Notification) => {
    if (!n.readAt) read.mutate([n.id]);
    if (n.link) void navigate(n.link);
  };
  const content = (
    <div style={{ width: 380, maxHeight: 420, overflow: 'auto' }} data-testid="notif-list">
      {(list.data ?? []).length === 0 ? (
        <Empty description="Chưa có thông báo." />
      ) : (
        <List<Notification>
          size="small"
          dataSource={list.data ?? []}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#e6f4ff' }}
              onClick={() => open(n)}
              data-testid="notif-item"
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                description={
                  <>
                    <div>{n.body}</div>
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        <span style={{ display: 'flex', justifyContent: 'space-between' }}>
          Thông báo
          <Button
            type="link"
            size="small"
            onClick={() => read.mutate(undefined)}
            data-testid="notif-read-all"
          >
            Đánh dấu đã đọc hết
          </Button>
        </span>
      }
      content={content}
      onOpenChange={(o) => {
        if (o) void list.refetch();
      }}
    >
      <Button type="text" aria-label="Thông báo" data-testid="notif-bell">
        <Badge count={count.data?.count ?? 0} size="small" data-testid="notif-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
