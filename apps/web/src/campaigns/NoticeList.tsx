import { Button, List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import type { Notice } from './types';

/** In-app reminders, unread first; each can be marked read. */
export function NoticeList({ onRead }: { onRead(): void }) {
  const notices = useApi(() => api<{ items: Notice[]; unread: number }>('/notifications'), []);
  const read = async (notice: Notice) => {
    await api(`/notifications/${notice.id}/read`, { method: 'POST' });
    await notices.reload();
    onRead();
  };
  return (
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
              <Link to={n.link} style={{ fontWeight: n.readAt ? 'normal' : 600 }}>{n.title}</Link></>}
            description={`${n.body}（${n.day}）`}
          />
        </List.Item>
      )}
    />
  );
}
