import { Alert, App, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api, messageOf } from '../api/client';
import { useApi } from '../api/use-api';
import { KIND_LABELS } from '../labels';
import { useCounts } from './counts';
import { NoticeList } from './NoticeList';
import { TASK_STATE_COLORS, type Inbox, type InboxItem } from './types';

/** SPEC §17: the first page — what waits for the caller, overdue first, then by due date. */
export function InboxPage() {
  const inbox = useApi(() => api<Inbox>('/inbox'), []);
  const { refresh } = useCounts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const start = async (item: InboxItem) => {
    try {
      const report = await api<{ id: string }>(`/campaigns/${item.campaignId}/tasks/${item.taskId}/start`, { method: 'POST' });
      refresh();
      navigate(`/reports/${report.id}`);
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  const data = inbox.data;
  return (
    <section data-testid="inbox">
      <Space align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>待办</Typography.Title>
        {data && <Typography.Text type="secondary">今天 {data.today} · 共 {data.total} 项{data.overdue ? <Tag color="red" style={{ marginLeft: 8 }}>逾期 {data.overdue}</Tag> : null}</Typography.Text>}
      </Space>
      {inbox.error ? <Alert type="error" title={messageOf(inbox.error)} /> : null}
      <List
        loading={inbox.loading && !data}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="没有等待您处理的事项" /> }}
        renderItem={(item) => <InboxRow item={item} onStart={start} />}
      />
      <NoticeList onRead={refresh} />
    </section>
  );
}

function InboxRow({ item, onStart }: { item: InboxItem; onStart(item: InboxItem): void }) {
  const action = item.state === 'not_started'
    ? <Button type="primary" onClick={() => onStart(item)} data-action="start-task">开始填报</Button>
    : <Link to={`/reports/${item.reportId}`}>{item.state === 'awaiting_review' ? '审核' : item.state === 'awaiting_sign_off' ? '签发' : '打开'}</Link>;
  return (
    <List.Item actions={[action]} data-testid="inbox-item" data-state={item.state} data-overdue={item.overdue || undefined}>
      <List.Item.Meta
        title={<Space wrap>
          <span className="inbox-title">{item.title}</span>
          <Tag color={TASK_STATE_COLORS[item.state]} data-testid="task-state">{item.stateLabel}</Tag>
          {item.overdue && <Tag color="red">逾期</Tag>}
        </Space>}
        description={<>
          <div>{item.departmentName} · {KIND_LABELS[item.kind] ?? item.kind}{item.projectCode ? ` · ${item.projectCode}` : ''}
            {item.campaignTitle ? ` · ${item.campaignTitle}` : ''}{item.due ? ` · 截止 ${item.due}` : ''}</div>
          {item.feedback && (
            <ul className="inbox-feedback" data-testid="feedback">
              {item.feedback.comments.map((c, i) => <li key={i}>{c.indicatorId ? `[${c.indicatorId}] ` : ''}{c.body}<span className="muted small"> —— {item.feedback!.by}</span></li>)}
            </ul>
          )}
        </>}
      />
    </List.Item>
  );
}
