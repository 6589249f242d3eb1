import { useState, type FormEvent } from 'react';
import type { Indicator, Report } from '../api/types';
import { FIELD_LABELS } from '../labels';
import { saveIndicator, type IndicatorFields } from './commands';
import { sameNumber } from './levels';
import { useAction } from './use-action';

interface Props {
  report: Report;
  indicatorId: string;
  indicator?: Indicator;
  onDone(report: Report): void;
  onCancel(): void;
}

const EMPTY: IndicatorFields = { level1: '', level2: '', name: '', target: '', actual: '', weight: '', score: '', deviation: '' };
const fieldsOf = ({ level1, level2, name, target, actual, weight, deviation, selfScore }: Indicator): IndicatorFields =>
  ({ level1, level2, name, target, actual, weight, deviation, score: selfScore ?? '' });
const SHORT: (keyof IndicatorFields)[] = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score'];

export function IndicatorForm({ report, indicatorId, indicator, onDone, onCancel }: Props) {
  const [fields, setFields] = useState<IndicatorFields>(indicator ? fieldsOf(indicator) : EMPTY);
  const [reason, setReason] = useState('');
  const action = useAction(onDone);
  const scoreChanged = !!indicator && !sameNumber(fields.score.trim() || null, indicator.selfScore);
  const set = (key: keyof IndicatorFields, value: string) => setFields({ ...fields, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => saveIndicator(report, indicatorId, fields, reason));
  };
  const input = (key: keyof IndicatorFields) => (
    <label key={key} className={key === 'name' ? 'grow' : ''}>{key === 'score' ? '自评得分' : FIELD_LABELS[key]}
      <input name={key} value={fields[key]} onChange={(e) => set(key, e.target.value)} inputMode={key === 'weight' || key === 'score' ? 'decimal' : undefined} />
      {action.fieldError(key) && <span className="field-error">{action.fieldError(key)}</span>}
    </label>
  );
  return (
    <form className="inline-form indicator-form" onSubmit={submit} data-form="indicator">
      <h3>{indicator ? `修改指标：${indicator.name}` : '新增指标'}</h3>
      <div className="fields">{SHORT.map(input)}</div>
      <label className="grow">偏差原因分析及改进措施
        <textarea name="deviation" rows={2} value={fields.deviation} onChange={(e) => set('deviation', e.target.value)} />
      </label>
      {(scoreChanged || action.fieldError('reason')) && (
        <label className="grow">得分修改原因（必填）
          <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="说明为何修改得分" />
          {action.fieldError('reason') && <span className="field-error">{action.fieldError('reason')}</span>}
        </label>
      )}
      {action.error && <p className="error" role="alert">{action.error}</p>}
      <div className="buttons">
        <button className="primary" type="submit" disabled={action.busy}>{indicator ? '保存修改' : '添加指标'}</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </form>
  );
}
