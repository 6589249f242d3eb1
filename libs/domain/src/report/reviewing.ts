import type { AddReviewComment, AdjustScore, ReturnReport } from './commands';
import { locate, readCells, readScore } from './document-cells';
import { InvalidInput } from './errors';
import type { ReportReturned, ReviewCommentAdded, ScoreAdjusted } from './events';
import { requireIndicator, requireText } from './guards';
import type { Report } from './report';
import { sameScore, validScore, weightAt } from './score-value';

export function addComment(report: Report, { data }: AddReviewComment): ReviewCommentAdded {
  requireIndicator(report, data.indicatorId, 'indicatorId');
  const body = requireText(data.body, 'body', '审核意见');
  return { type: 'ReviewCommentAdded', data: { commentId: data.commentId, indicatorId: data.indicatorId ?? null, body } };
}

export function adjustScore(report: Report, { data }: AdjustScore): ScoreAdjusted[] {
  const address = locate(report, data.indicatorId);
  if (!address) throw new InvalidInput([{ path: 'indicatorId', message: `指标 ${data.indicatorId} 不存在` }]);
  const to = validScore(data.score, weightAt(report, address), readCells(report, address).weight);
  const reason = requireText(data.reason, 'reason', '调整原因');
  const from = report.reviewScores[data.indicatorId] ?? readScore(report, data.indicatorId);
  if (sameScore(from, to)) return [];
  return [{ type: 'ScoreAdjusted', data: { indicatorId: data.indicatorId, from, to, reason } }];
}

export function returnReport(report: Report, { data }: ReturnReport): ReportReturned {
  if (!data.comments?.length) throw new InvalidInput([{ path: 'comments', message: '退回时必须填写至少一条审核意见' }]);
  const comments = data.comments.map((comment, i) => {
    requireIndicator(report, comment.indicatorId, `comments[${i}].indicatorId`);
    const body = requireText(comment.body, `comments[${i}].body`, '审核意见');
    return { commentId: comment.commentId, indicatorId: comment.indicatorId ?? null, body };
  });
  return { type: 'ReportReturned', data: { comments } };
}
