import { Button, Card, List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import type { Notice } from './types';

/** In-app reminders, unread first: one is marked read when opened or by its button, or all at once. */
export function NoticeList({ onRead }: { onRead(): void }) {
  const notices = useApi(() => api<{ items: Notice[]; unread: number }>('/notifications'), []);
  const marked = async (path: string) => {
    await api(path, { method: 'POST' });
    await notices.reload();
    onRead();
  };
  const read = (notice: Notice) => marked(`/notifications/${notice.id}/read`);
  const unread = notices.data?.unread ?? 0;
  return (
    <Card
      title={unread ? `提醒（${unread} 条未读）` : '提醒'}
      size="small"
      style={{ marginTop: 24 }}
      extra={unread > 1 && <Button size="small" type="link" data-action="read-all" onClick={() => void marked('/notifications/read-all')}>全部标为已读</Button>}
    >
      <List
        size="small"
        loading={notices.loading && !notices.data}
        dataSource={notices.data?.items ?? []}
        locale={{ emptyText: '暂无提醒' }}
        renderItem={(n) => (
          <List.Item data-testid="notice" data-unread={!n.readAt || undefined}
            actions={n.readAt ? [] : [<Button key="read" size="small" type="link" onClick={() => void read(n)}>标为已读</Button>]}>
            <List.Item.Meta
              title={<><Tag color={n.kind === 'overdue' ? 'red' : 'orange'}>{n.kind === 'overdue' ? '逾期' : '即将到期'}</Tag>
                <Link to={n.link} style={{ fontWeight: n.readAt ? 'normal' : 600 }} onClick={() => { if (!n.readAt) void read(n); }}>{n.title}</Link></>}
              description={`${n.body}（${n.day}）`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
