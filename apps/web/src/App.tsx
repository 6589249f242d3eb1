import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AppShell } from './layout/AppShell';
import { AdminPage } from './pages/admin/AdminPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { DashboardPage } from './pages/DashboardPage';
import { HistoryPage } from './pages/HistoryPage';
import { ImportPage } from './pages/ImportPage';
import { LoginPage } from './pages/LoginPage';
import { PublicListPage } from './pages/PublicListPage';
import { PublicReportPage } from './pages/PublicReportPage';
import { ReportListPage } from './pages/ReportListPage';
import { ReportPage } from './pages/ReportPage';
import { useSession } from './session/session';
import { CampaignPage } from './campaigns/CampaignPage';
import { CampaignsPage } from './campaigns/CampaignsPage';
import { InboxPage } from './campaigns/InboxPage';

export function App() {
  return (
    <AppShell>
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
