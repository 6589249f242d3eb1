import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { messageOf } from '../../api/client';
import { adminApi, type Account, type AccountInput } from '../../api/admin';
import type { Role } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ROLE_LABELS } from '../../labels';
import { showFieldErrors } from './OrganisationTab';

const FIELDS = ['username', 'displayName', 'role', 'department', 'region', 'email'];
const byDepartment = (role?: Role) => role === 'preparer' || role === 'head';

/** SPEC §16 accounts: create, edit, deactivate, reset the password (the one-time password is shown once). */
export function UsersTab() {
  const users = useApi(adminApi.users, []);
  const regions = useApi(adminApi.regions, []);
  const departments = useApi(adminApi.departments, []);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [oneTime, setOneTime] = useState<{ username: string; password: string } | null>(null);
  const scopeName = (a: Account) => (a.department
    ? departments.data?.find((d) => d.code === a.department)?.name ?? a.department
    : a.region ? regions.data?.find((r) => r.code === a.region)?.name ?? a.region : '全部');
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await users.reload();
    } catch (error) {
      Modal.error({ title: '操作未完成', content: messageOf(error) });
    }
  };
  const reset = (a: Account) => act(async () => {
    const result = await adminApi.resetPassword(a.username);
    setOneTime({ username: a.username, password: result.oneTimePassword });
  }, `已重置 ${a.username} 的密码`);
  return (
    <Card title="用户账号" extra={<Button type="primary" onClick={() => setEditing('new')} data-action="add-user">新增用户</Button>}>
      {users.error ? <Alert type="error" title={messageOf(users.error)} /> : null}
      <Table<Account> rowKey="username" loading={users.loading} dataSource={users.data ?? []} size="middle" scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="users-table"
        columns={[
          { title: '用户名', dataIndex: 'username', fixed: 'left' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (role: Role) => ROLE_LABELS[role] },
          { title: '所属单位/区划', key: 'scope', render: (_, a) => scopeName(a) },
          { title: '电子邮箱', dataIndex: 'email', render: (email) => email ?? <Typography.Text type="secondary">—</Typography.Text> },
          { title: '状态', key: 'state', render: (_, a) => <Space size={4}>
            {a.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>}{a.mustChangePassword && <Tag color="orange">待设密码</Tag>}</Space> },
          { title: '操作', key: 'actions', width: 230, render: (_, a) => <Space size={0} wrap={false}>
            <Button type="link" onClick={() => setEditing(a)}>编辑</Button>
            <Popconfirm title={a.active ? `停用 ${a.username}？其登录将立即失效` : `重新启用 ${a.username}？`}
              okText="确定" cancelText="取消" onConfirm={() => act(() => adminApi.changeUser(a.username, { active: !a.active }), a.active ? '已停用' : '已启用')}>
              <Button type="link" danger={a.active}>{a.active ? '停用' : '启用'}</Button>
            </Popconfirm>
            <Popconfirm title={`重置 ${a.username} 的密码？`} okText="重置" cancelText="取消" onConfirm={() => reset(a)}>
              <Button type="link">重置密码</Button>
            </Popconfirm>
          </Space> },
        ]} />
      <AccountModal editing={editing} regions={regions.data ?? []} departments={departments.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={async (created) => { setEditing(null); if (created) setOneTime(created); await users.reload(); }} />
      <Modal open={!!oneTime} title="一次性密码" onCancel={() => setOneTime(null)} onOk={() => setOneTime(null)} okText="我已记下" cancelButtonProps={{ style: { display: 'none' } }}>
        <p>账号 <b>{oneTime?.username}</b> 的一次性密码（只显示这一次，关闭后无法再查看）：</p>
        <Typography.Paragraph copyable code style={{ fontSize: 18 }} data-testid="one-time-password">{oneTime?.password}</Typography.Paragraph>
        <p>请通过安全渠道告知本人；首次登录时须设置自己的密码。</p>
      </Modal>
    </Card>
  );
}

interface ModalProps {
  editing: Account | 'new' | null;
  regions: { code: string; name: string }[];
  departments: { code: string; name: string }[];
  onClose(): void;
  onSaved(created: { username: string; password: string } | null): Promise<void>;
}

function AccountModal({ editing, regions, departments, onClose, onSaved }: ModalProps) {
  const [form] = Form.useForm<AccountInput>();
  const role = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);
  const isNew = editing === 'new';
  const initial = editing && editing !== 'new' ? editing : { role: 'preparer' as Role };
  const submit = async (values: AccountInput) => {
    setBusy(true);
    const body = {
      displayName: values.displayName, role: values.role, email: values.email || null,
      department: byDepartment(values.role) ? values.department ?? null : null,
      region: byDepartment(values.role) ? null : values.region ?? null,
    };
    try {
      if (isNew) {
        const created = await adminApi.createUser({ ...body, username: values.username });
        await onSaved({ username: created.user.username, password: created.oneTimePassword });
      } else {
        await adminApi.changeUser((editing as Account).username, body);
        await onSaved(null);
      }
    } catch (error) {
      showFieldErrors(form, error, FIELDS);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={editing !== null} title={isNew ? '新增用户' : `编辑用户 ${(editing as Account | null)?.username ?? ''}`}
      onCancel={onClose} onOk={() => form.submit()} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-form="account" preserve={false}>
        {isNew && <Form.Item name="username" label="用户名" extra="字母、数字和 -_.，3–32 个字符" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input autoComplete="off" /></Form.Item>}
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={(Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }))} data-field="role" />
        </Form.Item>
        {byDepartment(role)
          ? <Form.Item name="department" label="所属单位（主管部门）" rules={[{ required: true, message: '请选择所属单位' }]}>
            <Select showSearch optionFilterProp="label" options={departments.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))} data-field="department" />
          </Form.Item>
          : <Form.Item name="region" label={role === 'admin' ? '管理范围（区划，留空为全部）' : '所属区划'} rules={[{ required: role !== 'admin', message: '请选择所属区划' }]}>
            <Select allowClear showSearch optionFilterProp="label" options={regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))} />
          </Form.Item>}
        <Form.Item name="email" label="电子邮箱" extra="同一人的多个账号请填写同一邮箱：职责分离按人检查"><Input type="email" /></Form.Item>
      </Form>
    </Modal>
  );
}
