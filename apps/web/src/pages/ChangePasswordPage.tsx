import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError, messageOf } from '../api/client';
import { useSession } from '../session/session';

/** SPEC §16: a new or reset account chooses its own password before anything else. */
export function ChangePasswordPage() {
  const { session, changePassword } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ current: string; next: string; repeat: string }>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const forced = !!session?.user.mustChangePassword;
  const submit = async ({ current, next }: { current: string; next: string }) => {
    setBusy(true);
    setError('');
    try {
      await changePassword(current, next);
      navigate('/reports', { replace: true });
    } catch (e) {
      const problems = e instanceof ApiError ? e.problem.errors.filter((p) => p.path === 'current' || p.path === 'next') : [];
      if (problems.length) form.setFields(problems.map((p) => ({ name: p.path as 'current' | 'next', errors: [p.message] })));
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="narrow admin-area" title={forced ? '请设置您自己的密码' : '修改密码'} data-testid="change-password">
      {forced && <Alert type="info" showIcon style={{ marginBottom: 16 }}
        title="这是新账号或刚重置的密码：设置自己的密码后才能继续使用。" />}
      <Form form={form} layout="vertical" onFinish={submit} data-form="password">
        <Form.Item name="current" label={forced ? '一次性密码' : '当前密码'} rules={[{ required: true, message: '请填写' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="next" label="新密码" extra="至少 10 个字符，不能是用户名，不能是常见密码" rules={[{ required: true, message: '请填写新密码' }, { min: 10, message: '至少 10 个字符' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="repeat" label="再次输入新密码" dependencies={['next']} rules={[{ required: true, message: '请再次输入' },
          ({ getFieldValue }) => ({ validator: (_, value) => (value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入不一致'))) })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy} block>保存新密码</Button>
      </Form>
    </Card>
  );
}
