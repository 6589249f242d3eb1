import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorNote, Loading } from '../layout/Status';
import { DocumentsPanel } from '../report/DocumentsPanel';
import { ReportBody } from '../report/ReportBody';
import { ReportHeader } from '../report/ReportHeader';

export function PublicReportPage() {
  const { id = '' } = useParams();
  const loaded = useApi(() => api<Report>(`/public/reports/${id}`, { anonymous: true }), [id]);
  const report = loaded.data;
  if (!report) return loaded.error ? <ErrorNote error={loaded.error} /> : <Loading />;
  return (
    <section className="report">
      <ReportHeader report={{ ...report, comments: [] }}><Link to="/public">全部公开报告</Link></ReportHeader>
      <ReportBody report={{ ...report, comments: [], flags: [], allowedCommands: [] }} />
      <DocumentsPanel base={`/public/reports/${id}/documents`} isPublic version={report.version} />
    </section>
  );
}
