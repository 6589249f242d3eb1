import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AppShell } from './layout/AppShell';
import { ScreenFailed } from './layout/ScreenFailed';
import { LoginPage } from './pages/LoginPage';
import { useSession } from './session/session';

// Each screen is its own chunk, fetched when first opened: the sign-in page does not wait for the charts or the admin.
const page = <Name extends string>(name: Name, load: () => Promise<Record<Name, () => ReactNode>>) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const AdminPage = page('AdminPage', () => import('./pages/admin/AdminPage'));
const ChangePasswordPage = page('ChangePasswordPage', () => import('./pages/ChangePasswordPage'));
const DashboardPage = page('DashboardPage', () => import('./pages/DashboardPage'));
const HistoryPage = page('HistoryPage', () => import('./pages/HistoryPage'));
const ImportPage = page('ImportPage', () => import('./pages/ImportPage'));
const PublicListPage = page('PublicListPage', () => import('./pages/PublicListPage'));
const PublicReportPage = page('PublicReportPage', () => import('./pages/PublicReportPage'));
const ReportListPage = page('ReportListPage', () => import('./pages/ReportListPage'));
const ReportPage = page('ReportPage', () => import('./pages/ReportPage'));
const CampaignPage = page('CampaignPage', () => import('./campaigns/CampaignPage'));
const CampaignsPage = page('CampaignsPage', () => import('./campaigns/CampaignsPage'));
const InboxPage = page('InboxPage', () => import('./campaigns/InboxPage'));

export function App() {
  const { pathname } = useLocation();
  return (
    <AppShell>
      <ScreenFailed resetKey={pathname}>
        <Suspense fallback={<div className="page-loading"><Spin /></div>}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/public" element={<PublicListPage />} />
            <Route path="/public/:id" element={<PublicReportPage />} />
            <Route path="/reports" element={<SignedIn><ReportListPage /></SignedIn>} />
            <Route path="/reports/import" element={<SignedIn><ImportPage /></SignedIn>} />
            <Route path="/reports/:id" element={<SignedIn><ReportPage /></SignedIn>} />
            <Route path="/reports/:id/history" element={<SignedIn><HistoryPage /></SignedIn>} />
            <Route path="/dashboard" element={<SignedIn><DashboardPage /></SignedIn>} />
            <Route path="/admin" element={<SignedIn role="admin"><AdminPage /></SignedIn>} />
            <Route path="/password" element={<SignedIn><ChangePasswordPage /></SignedIn>} />
            <Route path="/inbox" element={<SignedIn><InboxPage /></SignedIn>} />
            <Route path="/campaigns" element={<SignedIn><CampaignsPage /></SignedIn>} />
            <Route path="/campaigns/:id" element={<SignedIn><CampaignPage /></SignedIn>} />
            <Route path="*" element={<Navigate to="/inbox" replace />} />
          </Routes>
        </Suspense>
      </ScreenFailed>
    </AppShell>
  );
}

function SignedIn({ children, role }: { children: ReactNode; role?: string }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // SPEC §16: a new or reset account chooses its own password before anything else.
  if (session.user.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  if (role && session.user.role !== role) return <Navigate to="/reports" replace />;
  return <>{children}</>;
}
