import { useState, type FormEvent } from 'react';
import type { Report } from '../api/types';
import { setScore } from './commands';
import { useAction } from './use-action';

interface Props {
  report: Report;
  indicatorId: string;
  current: string | null;
  weight: string;
  isReview: boolean;
  onDone(report: Report): void;
  onCancel(): void;
}

export function ScoreForm({ report, indicatorId, current, weight, isReview, onDone, onCancel }: Props) {
  const [score, setValue] = useState(current ?? '');
  const [reason, setReason] = useState('');
  const action = useAction(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => setScore(report, indicatorId, score.trim(), reason));
  };
  return (
    <form className="inline-form" onSubmit={submit} data-form="score">
      <label>{isReview ? '审核得分' : '自评得分'}（0–{weight}）
        <input name="score" inputMode="decimal" value={score} onChange={(e) => setValue(e.target.value)} autoFocus />
        {action.fieldError('score') && <span className="field-error">{action.fieldError('score')}</span>}
      </label>
      <label className="grow">{isReview ? '调整原因' : '修改原因'}（必填）
        <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="说明为何修改得分" />
        {action.fieldError('reason') && <span className="field-error">{action.fieldError('reason')}</span>}
      </label>
      {action.error && <p className="error" role="alert">{action.error}</p>}
      <div className="buttons">
        <button className="primary" type="submit" disabled={action.busy}>保存得分</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </form>
  );
}
