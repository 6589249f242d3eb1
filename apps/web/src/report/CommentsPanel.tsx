import { api } from '../api/client';
import type { Report } from '../api/types';
import { useApi } from '../api/use-api';
import { formatTime } from '../labels';
import type { HistoryLine } from './history-lines';
import { CommentForm } from './CommentForm';

interface Written {
  key: string;
  indicatorId: string | null;
  body: string;
  by: string;
  at: string;
  kind: string;
}

/** Every comment with who wrote it, in which role and when, as the log records it (review comments, returns, send-backs). */
export function commentsOf(events: HistoryLine[]): Written[] {
  return events.flatMap((event) => {
    const by = event.actorLabel;
    const d = event.data ?? {};
    if (event.type === 'ReviewCommentAdded') return [{ key: d.commentId, indicatorId: d.indicatorId ?? null, body: d.body, by, at: event.at, kind: '审核意见' }];
    if (event.type === 'ReportReturned') {
      return (d.comments ?? []).map((c: { commentId: string; indicatorId: string | null; body: string }) =>
        ({ key: c.commentId, indicatorId: c.indicatorId ?? null, body: c.body, by, at: event.at, kind: '退回意见' }));
    }
    if (event.type === 'ReportSentBack') return [{ key: `sent-back-${event.version}`, indicatorId: null, body: d.comment, by, at: event.at, kind: '负责人退回意见' }];
    return [];
  });
}

export function CommentsPanel({ report, onChanged }: { report: Report; onChanged(report: Report): void }) {
  const canComment = report.allowedCommands.includes('AddReviewComment');
  const history = useApi(() => api<HistoryLine[]>(`/reports/${report.id}/history`), [report.id, report.version, report.comments.length]);
  const written = commentsOf(history.data ?? []);
  if (!written.length && !report.comments.length && !canComment) return null;
  const nameOf = (id: string | null) => (id ? report.indicators.find((i) => i.id === id)?.name ?? '已删除的指标' : '总体');
  return (
    <section className="card comments" data-testid="comments">
      <h2>审核意见</h2>
      {written.length === 0 && <p className="muted">{history.loading ? '正在加载…' : '暂无审核意见'}</p>}
      <ul>
        {written.map((c) => (
          <li key={c.key} data-comment={c.key}>
            <div className="comment-head">
              <span className="comment-target">{c.kind} · {nameOf(c.indicatorId)}</span>
              <span className="comment-author">{c.by}</span>
              <span className="muted small">{formatTime(c.at)}</span>
            </div>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && <CommentForm report={report} indicatorId={null} onDone={onChanged} />}
    </section>
  );
}
