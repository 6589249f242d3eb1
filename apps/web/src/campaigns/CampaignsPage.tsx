import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Switch, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError, messageOf } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session';
import type { Campaign } from './types';

/** The campaigns the caller's departments take part in; a reviewer or admin opens a new one here. */
export function CampaignsPage() {
  const campaigns = useApi(() => api<Campaign[]>('/campaigns'), []);
  const { session } = useSession();
  const mayOpen = session?.user.role === 'reviewer' || session?.user.role === 'admin';
  return (
    <section>
      <Typography.Title level={2}>自评任务</Typography.Title>
      {campaigns.error ? <Alert type="error" title={messageOf(campaigns.error)} /> : null}
      <Table<Campaign>
        rowKey="id" loading={campaigns.loading && !campaigns.data} dataSource={campaigns.data ?? []} pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '任务', dataIndex: 'title', render: (title, c) => <Link to={`/campaigns/${c.id}`}>{title}</Link> },
          { title: '年度', dataIndex: 'fiscalYear' },
          { title: '区划', render: (_, c) => c.regionName ?? c.region },
          { title: '自评截止', dataIndex: 'selfEvaluationDue' },
          { title: '审核截止', dataIndex: 'reviewDue' },
          { title: '单位数', render: (_, c) => c.departments.length },
        ]}
      />
      {mayOpen && <OpenCampaignForm region={session?.user.region ?? ''} />}
    </section>
  );
}

interface Values {
  fiscalYear: string;
  title: string;
  region: string;
  selfEvaluationDue: Dayjs;
  reviewDue: Dayjs;
  departmentReports: boolean;
}

function OpenCampaignForm({ region }: { region: string }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState('');
  const navigate = useNavigate();
  const submit = async (values: Values) => {
    setError('');
    try {
      const created = await api<Campaign>('/campaigns', { method: 'POST', body: {
        ...values, selfEvaluationDue: values.selfEvaluationDue?.format('YYYY-MM-DD') ?? '', reviewDue: values.reviewDue?.format('YYYY-MM-DD') ?? '',
        departments: 'all', departmentReports: Boolean(values.departmentReports),
      } });
      navigate(`/campaigns/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors.length) {
        form.setFields(e.problem.errors.map((p) => ({ name: p.path as keyof Values, errors: [p.message] })));
      }
      setError(messageOf(e));
    }
  };
  return (
    <Card title="新建自评任务" style={{ marginTop: 24, maxWidth: 640 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ fiscalYear: String(new Date().getFullYear() - 1), region, departmentReports: true }} data-form="campaign">
        <Form.Item name="title" label="任务名称" rules={[{ required: true, message: '请填写任务名称' }]}><Input placeholder="如 2024年度预算绩效自评" /></Form.Item>
        <Form.Item name="fiscalYear" label="年度" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="region" label="区划编码" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="selfEvaluationDue" label="自评截止日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="reviewDue" label="审核截止日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="departmentReports" label="各单位同时填报部门整体支出绩效自评" valuePropName="checked"><Switch /></Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit">创建（区划内全部单位）</Button>
      </Form>
    </Card>
  );
}
