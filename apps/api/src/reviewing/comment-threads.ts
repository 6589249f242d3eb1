import type { ReportView } from '@jixiao/read-models';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  Actor, CommentThreadCommand, CommentThreadEvent, decideCommentThread, evolveCommentThreads, initialCommentThreads, mayRead,
} from '@jixiao/domain';
import { PostgresEventStore, RecordedEvent } from '@jixiao/event-store';
import { ReportNotFound, ReportStreams } from '@jixiao/reports';

export const commentsStreamOf = (reportId: string) => `report-${reportId}-comments`;

interface Who {
  username: string;
  role: string;
  at: string;
}

export interface CommentThread {
  commentId: string;
  indicatorId: string | null;
  body: string;
  /** Returned with the report (ReportReturned), or added while it was signed off (ReviewCommentAdded). */
  returned: boolean;
  author: string;
  role: string;
  at: string;
  replies: ({ replyId: string; body: string } & Who)[];
  resolved: Who | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const who = (e: RecordedEvent): Who => ({ username: e.metadata.actor.username, role: e.metadata.actor.role, at: e.metadata.at });

/** Review comments as threads: author, role and time from each event's metadata, the preparer's replies, resolved. */
export class CommentThreadService {
  private readonly store: PostgresEventStore;

  constructor(pool: Pool, private readonly reports: ReportStreams<ReportView>) {
    this.store = new PostgresEventStore(pool);
  }

  async threads(reportId: string, actor: Actor): Promise<CommentThread[]> {
    await this.visible(reportId, actor);
    const [own, companion] = await Promise.all([
      this.store.readStream(`report-${reportId}`), this.store.readStream(commentsStreamOf(reportId)),
    ]);
    const threads = new Map<string, CommentThread>();
    for (const event of own) {
      const added = event.type === 'ReviewCommentAdded' ? [event.data] : event.type === 'ReportReturned' ? (event.data as { comments: unknown[] }).comments : [];
      for (const c of added as { commentId: string; indicatorId: string | null; body: string }[]) {
        const by = who(event);
        threads.set(c.commentId, { ...c, returned: event.type === 'ReportReturned', author: by.username, role: by.role, at: by.at, replies: [], resolved: null });
      }
    }
    for (const event of companion) {
      const thread = threads.get((event.data as { commentId: string }).commentId);
      if (!thread) continue;
      if (event.type === 'CommentReplied') thread.replies.push({ ...(event.data as { replyId: string; body: string }), ...who(event) });
      if (event.type === 'CommentResolved') thread.resolved = who(event);
    }
    return [...threads.values()];
  }

  async execute(reportId: string, command: Omit<CommentThreadCommand, 'data'> & { data: Record<string, string> }, correlationId: string): Promise<CommentThread> {
    const report = await this.visible(reportId, command.actor);
    const recorded = await this.store.readStream(commentsStreamOf(reportId));
    const state = recorded.map((e) => e as unknown as CommentThreadEvent).reduce(evolveCommentThreads, initialCommentThreads());
    const data = command.type === 'ReplyToComment' ? { ...command.data, replyId: randomUUID() } : command.data;
    const events = decideCommentThread({ ...command, data } as CommentThreadCommand, report, state);
    if (events.length) {
      const { actor } = command;
      await this.store.append(commentsStreamOf(reportId), events, {
        expectedVersion: state.version, expectedHash: recorded.at(-1)?.hash ?? null,
        metadata: { actor: { username: actor.username, role: actor.role, department: actor.department }, at: new Date().toISOString(), correlationId, causationId: null },
      });
    }
    return (await this.threads(reportId, command.actor)).find((t) => t.commentId === command.data.commentId)!;
  }

  private async visible(reportId: string, actor: Actor) {
    if (!UUID.test(reportId)) throw new ReportNotFound(reportId);
    const report = await this.reports.load(reportId);
    if (!report.exists || !mayRead(actor, report)) throw new ReportNotFound(reportId);
    return report;
  }
}
