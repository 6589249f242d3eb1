import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ProblemItem } from '../api/client';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorNote, Loading } from '../layout/Status';
import { CommentsPanel } from '../report/CommentsPanel';
import { DocumentsPanel } from '../report/DocumentsPanel';
import { ReportBody } from '../report/ReportBody';
import { ReportHeader } from '../report/ReportHeader';
import { WorkflowPanel } from '../report/WorkflowPanel';
import { ReviewNotes } from '../campaigns/ReviewNotes';

export function ReportPage() {
  const { id = '' } = useParams();
  const loaded = useApi(() => api<Report>(`/reports/${id}`), [id]);
  const [problems, setProblems] = useState<ProblemItem[]>([]);
  const report = loaded.data;
  if (!report) return loaded.error ? <ErrorNote error={loaded.error} /> : <Loading />;
  const changed = (next: Report) => { setProblems([]); loaded.setData(next); };
  return (
    <section className="report">
      <ReportHeader report={report}>
        <Link to={`/reports/${report.id}/history`}>历史记录</Link>
      </ReportHeader>
      <ReviewNotes report={report} />
      <WorkflowPanel report={report} onChanged={changed} onRefused={setProblems} onStale={loaded.reload} />
      <ReportBody report={report} problems={problems} onChanged={changed} />
      <CommentsPanel report={report} onChanged={changed} />
      <DocumentsPanel base={`/reports/${report.id}/documents`} isPublic={false} version={report.version} />
    </section>
  );
}
