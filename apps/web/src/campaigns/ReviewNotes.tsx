import { Alert, Card, Table, Tag } from 'antd';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import type { ReportDiff } from './types';
import { CommentThreads } from './CommentThreads';
import { useSession } from '../session/session';

/**
 * On a report page: a returned or sent-back draft says so, with the comments it came back with (never a plain 草稿);
 * a report signed off again after a return shows the reviewer what changed since (自上次退回以来的修改).
 */
export function ReviewNotes({ report }: { report: { id: string; state: string; version: number; indicators?: { id: string; name: string }[] } }) {
  const nameOf = (indicatorId: string | null) =>
    indicatorId === null ? '' : `${report.indicators?.find((i) => i.id === indicatorId)?.name ?? '已删除的指标'}：`;
  const diff = useApi(() => api<ReportDiff>(`/reports/${report.id}/diff`), [report.id, report.version]);
  const { session } = useSession();
  const d = diff.data;
  if (!d) return null;
  if (report.state === 'draft' && d.taskState === 'returned' && d.returned) {
    return (
      <Alert type="error" showIcon data-testid="returned-note" style={{ marginBottom: 16 }}
        title={<><Tag color="error">已退回</Tag>审核人 {d.returned.by} 于 {d.returned.at.slice(0, 10)} 退回，请按意见修改后重新提交</>}
        description={<CommentThreads reportId={report.id} canAnswer={session?.user.role === 'preparer'} />} />
    );
  }
  if (report.state === 'draft' && d.taskState === 'sent_back' && d.sentBack) {
    return (
      <Alert type="warning" showIcon data-testid="returned-note" style={{ marginBottom: 16 }}
        title={<><Tag color="warning">已退回（负责人）</Tag>单位负责人 {d.sentBack.by} 退回</>} description={d.sentBack.comment} />
    );
  }
  if (!d.sinceReturn || report.state !== 'signed_off') return null;
  return (
    <Card title={`自上次退回以来的修改（第 ${d.from} 版 → 第 ${d.to} 版）`} size="small" style={{ marginBottom: 16 }} data-testid="review-diff">
      <Table size="small" pagination={false} rowKey="path" dataSource={d.cells} scroll={{ x: 'max-content' }} locale={{ emptyText: '没有单元格修改' }}
        columns={[{ title: '单元格', dataIndex: 'label' }, { title: '原为', dataIndex: 'from' }, { title: '改为', dataIndex: 'to' }]} />
      {d.scores.length > 0 && (
        <ul className="diff-scores">
          {d.scores.map((s) => <li key={s.version}>{nameOf(s.indicatorId)}得分 {s.from ?? '—'} → {s.to}，原因：{s.reason}；修改人 {s.by}</li>)}
        </ul>
      )}
      <ul className="diff-comments">
        {d.comments.map((c) => (
          <li key={c.commentId}><Tag color={c.answered ? 'success' : 'default'}>{c.answered ? '已回应' : '未见修改'}</Tag>
            {c.resolved && <Tag color="success">已解决</Tag>}{nameOf(c.indicatorId)}{c.body}
            {c.replies.map((r) => <div key={r.replyId} className="comment-reply">↳ {r.body}<span className="muted small"> —— {r.username}</span></div>)}</li>
        ))}
      </ul>
    </Card>
  );
}
