import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router-dom';
import { roleLabel } from '../labels';
import { useSession } from '../session/session';
import { CountsProvider } from '../campaigns/counts';
import { NavCounts } from '../campaigns/NavCounts';

/** The name, then the role once: a display name that is the role itself (财政局审核人) is not repeated. */
const whoIs = (user: { displayName?: string; username: string; role: string }) => {
  const name = user.displayName ?? user.username;
  return name === roleLabel(user.role) ? name : `${name}（${roleLabel(user.role)}）`;
};

export function AppShell({ children }: { children: ReactNode }) {
  const { session, logout } = useSession();
  const navigate = useNavigate();
  const user = session?.user;
  return (
    <CountsProvider>
    <div className="shell">
      <header className="topbar">
        <Link to={user ? '/inbox' : '/public'} className="brand">预算绩效自评</Link>
        <nav className="nav">
          <NavCounts />
          {user && <NavLink to="/reports" end>报告列表</NavLink>}
          {user?.role === 'preparer' && <NavLink to="/reports/import">导入报告</NavLink>}
          {user && <NavLink to="/dashboard">统计</NavLink>}
          {user?.role === 'admin' && <NavLink to="/admin">管理</NavLink>}
          <NavLink to="/public">公开报告</NavLink>
        </nav>
        <div className="who">
          {user ? (
            <>
              <span className="who-name" data-testid="current-user">{whoIs(user)}</span>
              <Link to="/password" className="who-extra">修改密码</Link>
              <button className="link" onClick={() => { logout(); navigate('/login'); }}>退出</button>
            </>
          ) : (
            <Link to="/login">登录</Link>
          )}
        </div>
      </header>
      <main className="page">{children}</main>
    </div>
    </CountsProvider>
  );
}
