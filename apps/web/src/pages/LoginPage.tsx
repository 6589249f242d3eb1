import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { messageOf } from '../api/client';
import { useSession } from '../session/session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { login } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/inbox';
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError('');
    try {
      await login(username.trim(), password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="login" title={<h1>登录</h1>}>
      <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} data-form="login">
        <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input name="username" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password name="password" autoComplete="current-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} role="alert" className="login-error" />}
        <Button type="primary" htmlType="submit" block loading={busy}>登录</Button>
      </Form>
      <p className="muted">无需登录即可查看<Link to="/public">已公开的绩效自评报告</Link>。</p>
    </Card>
  );
}
