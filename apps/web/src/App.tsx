import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AppShell } from './layout/AppShell';
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
        <Route path="/inbox" element={<SignedIn><InboxPage /></SignedIn>} />
        <Route path="/campaigns" element={<SignedIn><CampaignsPage /></SignedIn>} />
        <Route path="/campaigns/:id" element={<SignedIn><CampaignPage /></SignedIn>} />
        <Route path="*" element={<Navigate to="/inbox" replace />} />
      </Routes>
    </AppShell>
  );
}

function SignedIn({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}
