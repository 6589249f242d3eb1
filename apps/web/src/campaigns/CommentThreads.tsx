import { useState } from 'react';
import { Button, Input, Space, Tag } from 'antd';
import { api, messageOf } from '../api/client';
import { useApi } from '../api/use-api';
import { ROLE_LABELS } from '../labels';
import type { Role } from '../api/types';

interface Who { username: string; role: string; at: string }
interface Thread {
  commentId: string;
  indicatorId: string | null;
  body: string;
  author: string;
  role: string;
  at: string;
  replies: ({ replyId: string; body: string } & Who)[];
  resolved: Who | null;
}

const when = (at: string) => at.slice(0, 16).replace('T', ' ');

/** Review comments with author, role and time; the preparer answers each and marks it resolved. */
export function CommentThreads({ reportId, canAnswer }: { reportId: string; canAnswer: boolean }) {
  const threads = useApi(() => api<Thread[]>(`/reports/${reportId}/comments`), [reportId]);
  return (
    <ul className="comment-threads" data-testid="comment-threads">
      {(threads.data ?? []).map((t) => <ThreadItem key={t.commentId} reportId={reportId} thread={t} canAnswer={canAnswer} onChanged={threads.reload} />)}
    </ul>
  );
}

function ThreadItem({ reportId, thread, canAnswer, onChanged }: { reportId: string; thread: Thread; canAnswer: boolean; onChanged(): Promise<void> }) {
  const [reply, setReply] = useState('');
  const [error, setError] = useState('');
  const act = async (path: string, body?: unknown) => {
    try {
      await api(`/reports/${reportId}/comments/${thread.commentId}/${path}`, { method: 'POST', body });
      setReply('');
      setError('');
      await onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <li data-testid="comment-thread">
      <div>{thread.indicatorId ? `[${thread.indicatorId}] ` : ''}{thread.body}
        <span className="muted small"> —— {thread.author}（{ROLE_LABELS[thread.role as Role] ?? thread.role}，{when(thread.at)}）</span>
        {thread.resolved && <Tag color="success" style={{ marginLeft: 8 }}>已解决</Tag>}
      </div>
      {thread.replies.map((r) => (
        <div key={r.replyId} className="comment-reply">↳ {r.body}<span className="muted small"> —— {r.username}（{ROLE_LABELS[r.role as Role] ?? r.role}，{when(r.at)}）</span></div>
      ))}
      {canAnswer && !thread.resolved && (
        <Space.Compact style={{ marginTop: 6, maxWidth: 520, width: '100%' }}>
          <Input placeholder="回复审核意见" value={reply} onChange={(e) => setReply(e.target.value)} data-field="reply" />
          <Button data-action="reply" onClick={() => void act('replies', { body: reply })} disabled={!reply.trim()}>回复</Button>
          <Button data-action="resolve" onClick={() => void act('resolve')}>标为已解决</Button>
        </Space.Compact>
      )}
      {error && <div className="error small">{error}</div>}
    </li>
  );
}
