import type { Report } from '../api/types';
import { CommentForm } from './CommentForm';
import { IndicatorForm } from './IndicatorForm';
import type { Editing } from './RowActions';
import { ScoreForm } from './ScoreForm';

interface Props {
  report: Report;
  editing: Editing;
  onDone(report: Report): void;
  onCancel(): void;
}

export function RowEditor({ report, editing, onDone, onCancel }: Props) {
  const { rowId, mode } = editing;
  const indicator = report.indicators.find((i) => i.id === rowId);
  if (mode === 'comment') return <CommentForm report={report} indicatorId={rowId} onDone={onDone} onCancel={onCancel} />;
  if (mode === 'edit' && indicator) return <IndicatorForm report={report} indicatorId={rowId} indicator={indicator} onDone={onDone} onCancel={onCancel} />;
  const isReview = mode === 'review';
  const row = indicator ?? { selfScore: report.execution.score, reviewScore: report.execution.reviewScore, weight: report.execution.weight };
  const current = isReview ? row.reviewScore ?? row.selfScore : row.selfScore;
  return <ScoreForm report={report} indicatorId={rowId} current={current} weight={row.weight} isReview={isReview} onDone={onDone} onCancel={onCancel} />;
}
