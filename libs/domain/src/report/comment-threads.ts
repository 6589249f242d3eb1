import type { Actor } from '../actor';
import { InvalidInput, RoleNotPermitted } from './errors';
import type { Report } from './report';

// SPEC §17: the preparer answers a review comment and marks it resolved. These facts live in the report's companion
// stream `report-<id>-comments`, beside the report's own stream and version: answering changes no printed cell.

type Command<Type extends string, Data> = { type: Type; data: Data; actor: Actor };
type Event<Type extends string, Data> = { type: Type; data: Data };

export type ReplyToComment = Command<'ReplyToComment', { commentId: string; replyId: string; body: string }>;
export type ResolveComment = Command<'ResolveComment', { commentId: string }>;
export type CommentThreadCommand = ReplyToComment | ResolveComment;

export type CommentReplied = Event<'CommentReplied', { commentId: string; replyId: string; body: string }>;
export type CommentResolved = Event<'CommentResolved', { commentId: string }>;
export type CommentThreadEvent = CommentReplied | CommentResolved;

export interface CommentThreads {
  resolved: string[];
  version: number;
}

export const initialCommentThreads = (): CommentThreads => ({ resolved: [], version: 0 });

export function evolveCommentThreads(threads: CommentThreads, event: CommentThreadEvent): CommentThreads {
  const next = { ...threads, version: threads.version + 1 };
  return event.type === 'CommentResolved' ? { ...next, resolved: [...threads.resolved, event.data.commentId] } : next;
}

const MAX_REPLY = 2000;

/** The report is the state the rules read (whose it is, which comments it has); the threads say what is resolved. */
export function decideCommentThread(command: CommentThreadCommand, report: Report, threads: CommentThreads): CommentThreadEvent[] {
  const { actor, data } = command;
  if (actor.role !== 'preparer' || actor.department !== report.department) {
    throw new RoleNotPermitted('只有本单位的填表人可以回复或解决审核意见');
  }
  if (!report.comments.some((c) => c.commentId === data.commentId)) {
    throw new InvalidInput([{ path: 'commentId', message: `审核意见 ${data.commentId} 不存在` }]);
  }
  if (command.type === 'ResolveComment') {
    return threads.resolved.includes(data.commentId) ? [] : [{ type: 'CommentResolved', data: { commentId: data.commentId } }];
  }
  const body = command.data.body.trim();
  if (!body) throw new InvalidInput([{ path: 'body', message: '回复不能为空' }]);
  if (body.length > MAX_REPLY) throw new InvalidInput([{ path: 'body', message: `回复最长 ${MAX_REPLY} 个字符` }]);
  return [{ type: 'CommentReplied', data: { commentId: data.commentId, replyId: command.data.replyId, body } }];
}
