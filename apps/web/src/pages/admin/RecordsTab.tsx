import { useState } from 'react';
import { Card, Input, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { adminApi, type AuditEntry, type SignIn } from '../../api/admin';
import { useApi } from '../../api/use-api';
import { ROLE_LABELS } from '../../labels';

const OUTCOMES = { success: ['成功', 'green'], failure: ['失败', 'red'], locked: ['已锁定', 'orange'] } as const;
const at = (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss');

/** SPEC §16: every sign-in, failure and lockout. */
export function SignInsTab() {
  const [page, setPage] = useState(1);
  const [username, setUsername] = useState('');
  const records = useApi(() => adminApi.signIns(page, username || undefined), [page, username]);
  return (
    <Card title="登录记录" extra={<Input.Search allowClear placeholder="用户名" onSearch={(v) => { setPage(1); setUsername(v.trim()); }} />}>
      <Table<SignIn> rowKey="id" size="small" loading={records.loading} dataSource={records.data?.items ?? []} scroll={{ x: 600 }}
        data-testid="sign-ins-table"
        pagination={{ current: page, pageSize: 20, total: records.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '时间', dataIndex: 'at', render: at },
          { title: '用户名', dataIndex: 'username', render: (u: string, r) => (r.known ? u : <span>{u} <Tag>不存在</Tag></span>) },
          { title: '地址', dataIndex: 'address' },
          { title: '结果', dataIndex: 'outcome', render: (o: SignIn['outcome']) => <Tag color={OUTCOMES[o][1]}>{OUTCOMES[o][0]}</Tag> },
        ]} />
    </Card>
  );
}

const TYPES: Record<string, string> = {
  RegionAdded: '新增区划', RegionChanged: '修改区划', DepartmentAdded: '新增主管部门', DepartmentChanged: '修改主管部门',
  UnitAdded: '新增下属单位', UnitChanged: '修改下属单位', AccountCreated: '新增账号', AccountChanged: '修改账号',
  PasswordReset: '重置密码', PasswordChanged: '本人修改密码',
};
const FIELD_NAMES: Record<string, string> = {
  role: '角色', department: '所属单位', region: '所属区划', active: '启用', displayName: '姓名', email: '电子邮箱', name: '名称',
  parentCode: '上级区划', regionCode: '所属区划', departmentCode: '上级单位',
};

const shown = (key: string, value: unknown) => {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'role') return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value);
  if (key === 'active') return value ? '是' : '否';
  return String(value);
};

function summary(entry: AuditEntry): string {
  if (entry.data.changes) {
    return Object.entries(entry.data.changes).map(([k, c]) => `${FIELD_NAMES[k] ?? k}：${shown(k, c.from)} → ${shown(k, c.to)}`).join('；');
  }
  const { name, role, department, region } = entry.data as Record<string, string | null>;
  return [name, role && shown('role', role), department, region].filter(Boolean).join(' · ');
}

/** SPEC §16: every organisation and account change with its actor ("who made X a reviewer, and when"). */
export function AuditTab() {
  const [username, setUsername] = useState('');
  const entries = useApi(() => adminApi.audit(username || undefined), [username]);
  return (
    <Card title="变更记录" extra={<Input.Search allowClear placeholder="用户名" onSearch={(v) => setUsername(v.trim())} />}>
      <Table<AuditEntry> rowKey="position" size="small" loading={entries.loading} scroll={{ x: 700 }}
        dataSource={[...(entries.data ?? [])].reverse()} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '时间', dataIndex: 'at', render: at },
          { title: '操作人', key: 'actor', render: (_, e) => e.actor.username },
          { title: '变更', dataIndex: 'type', render: (t: string) => TYPES[t] ?? t },
          { title: '对象', key: 'subject', render: (_, e) => e.data.username ?? e.data.code },
          { title: '内容', key: 'summary', render: (_, e) => summary(e) },
        ]} />
    </Card>
  );
}
