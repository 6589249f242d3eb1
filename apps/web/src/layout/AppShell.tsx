import type { ReactNode } from 'react';
import { Button, ConfigProvider, Dropdown, Layout, Menu, type MenuProps, type ThemeConfig } from 'antd';
import { EllipsisOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { roleLabel } from '../labels';
import { useSession } from '../session/session';
import { CountsProvider } from '../campaigns/counts';
import { useNavCountItems, type NavItem } from '../campaigns/nav-count-items';

/** The name, then the role once: a display name that is the role itself (财政局审核人) is not repeated. */
const whoIs = (user: { displayName?: string; username: string; role: string }) => {
  const name = user.displayName ?? user.username;
  return name === roleLabel(user.role) ? name : `${name}（${roleLabel(user.role)}）`;
};

// The menu and buttons on the bar (styles.css .topbar: the brand red, --brand), white text; the current item on a lighter band.
const BAR_THEME: ThemeConfig = {
  components: {
    Menu: {
      darkItemBg: 'transparent', darkPopupBg: '#a4262c', darkItemColor: '#f6dede', darkItemHoverColor: '#fff',
      darkItemSelectedBg: 'rgba(255, 255, 255, 0.18)', darkItemSelectedColor: '#fff', itemPaddingInline: 12,
    },
    Button: { textTextColor: '#fff', textTextHoverColor: '#fff', textTextActiveColor: '#fff', textHoverBg: 'rgba(255, 255, 255, 0.15)' },
  },
};

/** The menu item a path belongs to: a report under 报告列表, a campaign under 自评任务, a public report under 公开报告. */
function sectionOf(pathname: string): string {
  if (pathname === '/reports/import') return pathname;
  const section = ['/inbox', '/campaigns', '/reports', '/dashboard', '/admin', '/public']
    .find((key) => pathname === key || pathname.startsWith(`${key}/`));
  return section ?? pathname;
}

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <CountsProvider>
      <Layout className="shell">
        <ConfigProvider theme={BAR_THEME}>
          <TopBar />
        </ConfigProvider>
        <main className="page">{children}</main>
      </Layout>
    </CountsProvider>
  );
}

function TopBar() {
  const { session, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const user = session?.user;
  const countItems = useNavCountItems();
  const link = (to: string, label: string): NavItem => ({ key: to, label: <Link to={to}>{label}</Link> });
  const items: NavItem[] = [
    ...countItems,
    ...(user ? [link('/reports', '报告列表')] : []),
    ...(user?.role === 'preparer' ? [link('/reports/import', '导入报告')] : []),
    ...(user ? [link('/dashboard', '统计')] : []),
    ...(user?.role === 'admin' ? [link('/admin', '管理')] : []),
    link('/public', '公开报告'),
  ];
  const signOut = () => { logout(); navigate('/login'); };
  const userMenu: MenuProps = {
    items: user ? [{
      key: 'who', type: 'group', label: whoIs(user), children: [
        { key: 'password', icon: <LockOutlined />, label: <Link to="/password">修改密码</Link> },
        { key: 'logout', icon: <LogoutOutlined />, label: '退出' },
      ],
    }] : [],
    onClick: ({ key }) => { if (key === 'logout') signOut(); },
  };
  return (
    <Layout.Header className="topbar">
      <Link to={user ? '/inbox' : '/public'} className="topbar-brand">预算绩效自评</Link>
      <Menu
        className="topbar-menu" theme="dark" mode="horizontal" items={items} selectedKeys={[sectionOf(pathname)]}
        triggerSubMenuAction="click" overflowedIndicator={<EllipsisOutlined aria-label="更多" />}
      />
      <div className="topbar-user">
        {user ? (
          <>
            {/* Wide screens show who is signed in with both actions; a phone has them behind the user button. */}
            <span className="topbar-wide" data-testid="current-user">{whoIs(user)}</span>
            <Link to="/password" className="topbar-wide">修改密码</Link>
            <Button type="text" size="small" className="topbar-wide" onClick={signOut}>退出</Button>
            <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
              <Button type="text" className="topbar-compact" icon={<UserOutlined />} aria-label={`${whoIs(user)}：修改密码、退出`} />
            </Dropdown>
          </>
        ) : (
          <Link to="/login">登录</Link>
        )}
      </div>
    </Layout.Header>
  );
}
