import type { Report } from '../api/types';
import { CommentForm } from './CommentForm';

export function CommentsPanel({ report, onChanged }: { report: Report; onChanged(report: Report): void }) {
  const canComment = report.allowedCommands.includes('AddReviewComment');
  if (!report.comments.length && !canComment) return null;
  const nameOf = (id: string | null) => (id ? report.indicators.find((i) => i.id === id)?.name ?? '已删除的指标' : '总体');
  return (
    <section className="card comments" data-testid="comments">
      <h2>审核意见</h2>
      {report.comments.length === 0 && <p className="muted">暂无审核意见</p>}
      <ul>
        {report.comments.map((c) => (
          <li key={c.commentId}>
            <span className="comment-target">{nameOf(c.indicatorId)}</span>
            <span className="muted small">第 {c.revision} 次修订{c.returned ? ' · 随退回提出' : ''}</span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && <CommentForm report={report} indicatorId={null} onDone={onChanged} />}
    </section>
  );
}
