import { useState, type FormEvent } from 'react';
import type { Report } from '../api/types';
import { addComment } from './commands';
import { useAction } from './use-action';

interface Props {
  report: Report;
  indicatorId: string | null;
  onDone(report: Report): void;
  onCancel?(): void;
}

export function CommentForm({ report, indicatorId, onDone, onCancel }: Props) {
  const [body, setBody] = useState('');
  const action = useAction((next) => { setBody(''); onDone(next); });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => addComment(report, indicatorId, body));
  };
  return (
    <form className="inline-form" onSubmit={submit} data-form="comment">
      <label className="grow">{indicatorId ? '对该指标的审核意见' : '总体审核意见'}
        <textarea name="body" rows={2} value={body} onChange={(e) => setBody(e.target.value)} autoFocus={!!indicatorId} />
        {action.fieldError('body') && <span className="field-error">{action.fieldError('body')}</span>}
      </label>
      {action.error && !action.fieldError('body') && <p className="error" role="alert">{action.error}</p>}
      <div className="buttons">
        <button className="primary" type="submit" disabled={action.busy}>添加意见</button>
        {onCancel && <button type="button" onClick={onCancel}>取消</button>}
      </div>
    </form>
  );
}
