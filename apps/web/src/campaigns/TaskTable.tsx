import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api, messageOf } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session';
import { TASK_STATE_COLORS, type Task } from './types';
import { amount } from '../stats/format';

interface BatchResult {
  succeeded: number;
  failed: number;
  results: { id: string; ok: boolean; detail?: string }[];
}

/** The campaign's tasks; a preparer starts one, a reviewer approves or publishes many at once. */
export function TaskTable({ campaignId, version, onChanged }: { campaignId: string; version: number; onChanged(): void }) {
  const tasks = useApi(() => api<{ items: (Task & { version: number | null })[]; total: number }>(`/campaigns/${campaignId}/tasks?pageSize=500`), [campaignId, version]);
  const { session } = useSession();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<string>('');
  const reviewer = session?.user.role === 'reviewer';
  const start = async (task: Task) => {
    try {
      const report = await api<{ id: string }>(`/campaigns/${campaignId}/tasks/${task.id}/start`, { method: 'POST' });
      navigate(`/reports/${report.id}`);
    } catch (e) {
      setOutcome(messageOf(e));
    }
  };
  const batch = async (command: 'approve' | 'publish') => {
    const items = (tasks.data?.items ?? []).filter((t) => selected.includes(t.id) && t.reportId && t.version)
      .map((t) => ({ id: t.reportId!, version: t.version! }));
    const result = await api<BatchResult>('/reports/batch', { method: 'POST', body: { command, items } });
    const failures = result.results.filter((r) => !r.ok).map((r) => r.detail).join('；');
    setOutcome(`${command === 'approve' ? '审核通过' : '公开'} ${result.succeeded} 份${result.failed ? `，${result.failed} 份未成功：${failures}` : ''}`);
    setSelected([]);
    onChanged();
  };
  return (
    <Card title="任务" size="small" style={{ marginTop: 16 }} data-testid="tasks">
      {reviewer && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Button disabled={!selected.length} data-action="batch-approve" onClick={() => void batch('approve')}>批量审核通过</Button>
          <Button disabled={!selected.length} data-action="batch-publish" onClick={() => void batch('publish')}>批量公开</Button>
          <span className="muted small">已选 {selected.length} 项</span>
        </Space>
      )}
      {outcome && <Alert type="info" title={outcome} data-testid="batch-result" closable style={{ marginBottom: 8 }} />}
      <Table<Task & { version: number | null }>
        rowKey="id" size="small" loading={tasks.loading && !tasks.data} dataSource={tasks.data?.items ?? []}
        scroll={{ x: 'max-content' }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
        rowSelection={reviewer ? {
          selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (t) => ({ disabled: t.state !== 'awaiting_review' && t.state !== 'reviewed' }),
        } : undefined}
        columns={[
          { title: '项目', render: (_, t) => (t.reportId ? <Link to={`/reports/${t.reportId}`}>{t.projectName}</Link> : t.projectName) },
          { title: '编码', dataIndex: 'projectCode' },
          { title: '单位', dataIndex: 'departmentName' },
          { title: '全年预算数（万元）', dataIndex: 'annualBudget', align: 'right', render: (v: string | null) => amount(v) },
          { title: '状态', render: (_, t) => <Space size={4}><Tag color={TASK_STATE_COLORS[t.state]}>{t.stateLabel}</Tag>{t.overdue && <Tag color="red">逾期</Tag>}</Space> },
          { title: '截止', dataIndex: 'due' },
          ...(session?.user.role === 'preparer' ? [{
            title: '', render: (_: unknown, t: Task) => (t.state === 'not_started' && t.department === session.user.department
              ? <Button size="small" type="primary" onClick={() => void start(t)}>开始填报</Button> : null),
          }] : []),
        ]}
      />
    </Card>
  );
}
