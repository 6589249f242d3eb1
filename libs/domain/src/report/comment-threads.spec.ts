import { actors, aReportDrafted } from '@jixiao/testing';
import { evolve, initialReport, Report } from './report';
import type { ReportEvent } from './events';
import { CommentThreadEvent, decideCommentThread, evolveCommentThreads, initialCommentThreads } from './comment-threads';
import { InvalidInput, RoleNotPermitted } from './errors';

const returned: ReportEvent = { type: 'ReportReturned', data: { comments: [{ commentId: 'c1', indicatorId: 'i1', body: '请核实得分' }] } };
const report = (): Report => [aReportDrafted(), returned].reduce(evolve, initialReport());
const given = (...events: CommentThreadEvent[]) => ({
  when: (command: Parameters<typeof decideCommentThread>[0]) => decideCommentThread(command, report(), events.reduce(evolveCommentThreads, initialCommentThreads())),
});

describe('ReplyToComment and ResolveComment', () => {
  it('the preparer answers a comment and resolves it once', () => {
    expect(given().when({ type: 'ReplyToComment', actor: actors.preparer, data: { commentId: 'c1', replyId: 'r1', body: ' 已按实际完成值改分 ' } }))
      .toEqual([{ type: 'CommentReplied', data: { commentId: 'c1', replyId: 'r1', body: '已按实际完成值改分' } }]);
    const resolved: CommentThreadEvent = { type: 'CommentResolved', data: { commentId: 'c1' } };
    expect(given().when({ type: 'ResolveComment', actor: actors.preparer, data: { commentId: 'c1' } })).toEqual([resolved]);
    expect(given(resolved).when({ type: 'ResolveComment', actor: actors.preparer, data: { commentId: 'c1' } })).toEqual([]);
  });

  it('refuses another role or department, an unknown comment and an empty reply', () => {
    expect(() => given().when({ type: 'ResolveComment', actor: actors.reviewer, data: { commentId: 'c1' } })).toThrow(RoleNotPermitted);
    expect(() => given().when({ type: 'ResolveComment', actor: actors.otherPreparer, data: { commentId: 'c1' } })).toThrow(RoleNotPermitted);
    expect(() => given().when({ type: 'ResolveComment', actor: actors.preparer, data: { commentId: 'nope' } })).toThrow(InvalidInput);
    expect(() => given().when({ type: 'ReplyToComment', actor: actors.preparer, data: { commentId: 'c1', replyId: 'r', body: ' ' } })).toThrow(InvalidInput);
  });
});
