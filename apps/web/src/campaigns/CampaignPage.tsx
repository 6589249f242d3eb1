import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useParams } from 'react-router-dom';
import { api, messageOf } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session';
import { downloadFile } from './download';
import { ProgressChart } from './ProgressChart';
import { TaskTable } from './TaskTable';
import { TASK_STATE_LABELS, type Campaign, type DepartmentProgress, type TaskState } from './types';

interface Progress {
  campaign: Campaign;
  today: string;
  departments: DepartmentProgress[];
}

/** One campaign: its project list, progress per department (table and chart), its tasks, and the summary table. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const progress = useApi(() => api<Progress>(`/campaigns/${id}/progress`), [id]);
  const [version, setVersion] = useState(0);
  const { session } = useSession();
  const manages = session?.user.role === 'reviewer' || session?.user.role === 'admin';
  const changed = () => { void progress.reload(); setVersion((v) => v + 1); };
  if (progress.error) return <Alert type="error" title={messageOf(progress.error)} />;
  const campaign = progress.data?.campaign;
  if (!campaign) return <p className="muted">加载中…</p>;
  return (
    <section data-testid="campaign">
      <Typography.Title level={2}>{campaign.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} items={[
        { label: '年度', children: campaign.fiscalYear },
        { label: '区划', children: campaign.regionName ?? campaign.region },
        { label: '自评截止', children: campaign.selfEvaluationDue },
        { label: '审核截止', children: campaign.reviewDue },
      ]} />
      <Space wrap style={{ margin: '12px 0' }}>
        {manages && <Button onClick={() => void downloadFile('/templates/project-list.xlsx', '项目清单模板.xlsx')}>下载项目清单模板</Button>}
        {manages && <ProjectListUpload campaignId={id} onImported={changed} />}
        <Button type="primary" data-action="summary" onClick={() => void downloadFile(`/campaigns/${id}/summary.xlsx`, `${campaign.title}-自评结果汇总表.xlsx`)}>下载自评结果汇总表</Button>
      </Space>
      <Card title="进度" size="small" data-testid="progress">
        <ProgressChart departments={progress.data!.departments} />
        <ProgressTable departments={progress.data!.departments} />
      </Card>
      <TaskTable campaignId={id} version={version} onChanged={changed} />
    </section>
  );
}

function ProgressTable({ departments }: { departments: DepartmentProgress[] }) {
  const states = Object.keys(TASK_STATE_LABELS) as TaskState[];
  return (
    <Table<DepartmentProgress>
      rowKey="department" size="small" pagination={false} dataSource={departments} scroll={{ x: 'max-content' }}
      columns={[
        { title: '单位', dataIndex: 'departmentName', fixed: 'left' },
        { title: '任务', dataIndex: 'total', align: 'right' },
        ...states.map((state) => ({ title: TASK_STATE_LABELS[state], align: 'right' as const, render: (_: unknown, d: DepartmentProgress) => d.byState[state] || '' })),
        { title: '逾期', dataIndex: 'overdue', align: 'right', render: (n: number) => (n ? <span className="overdue-count">{n}</span> : '') },
      ]}
    />
  );
}

function ProjectListUpload({ campaignId, onImported }: { campaignId: string; onImported(): void }) {
  const [result, setResult] = useState<{ ok: boolean; text: string; lines: string[] } | null>(null);
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    try {
      const r = await api<{ added: number; unchanged: number }>(`/campaigns/${campaignId}/projects`, { method: 'POST', body: form });
      setResult({ ok: true, text: `已导入：新增 ${r.added} 项，已有 ${r.unchanged} 项未变`, lines: [] });
      onImported();
    } catch (e) {
      const problems = (e as { problem?: { errors: { message: string }[] } }).problem?.errors ?? [];
      setResult({ ok: false, text: '项目清单有误，未导入任何一行', lines: problems.length ? problems.map((p) => p.message) : [messageOf(e)] });
    }
    return false;
  };
  return (
    <>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => { void upload(file); return false; }}>
        <Button data-action="import-projects">导入项目清单</Button>
      </Upload>
      {result && (
        <Alert type={result.ok ? 'success' : 'error'} title={result.text} data-testid="import-result"
          description={result.lines.length ? <ul>{result.lines.map((l, i) => <li key={i}>{l}</li>)}</ul> : undefined} />
      )}
    </>
  );
}
