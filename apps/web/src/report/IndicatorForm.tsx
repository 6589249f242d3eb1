import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Indicator, Report } from '../api/types';
import { FIELD_LABELS } from '../labels';
import { saveIndicator, type IndicatorFields } from './commands';
import { Field, FormError } from './Field';
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
  const submit = () => void action.run(() => saveIndicator(report, indicatorId, fields, reason));
  const input = (key: keyof IndicatorFields) => (
    <Field key={key} className={key === 'name' ? 'grow' : ''} label={key === 'score' ? '自评得分' : FIELD_LABELS[key]} error={action.fieldError(key)}>
      <Input name={key} value={fields[key]} onChange={(e) => set(key, e.target.value)} inputMode={key === 'weight' || key === 'score' ? 'decimal' : undefined} />
    </Field>
  );
  return (
    <Form className="inline-form indicator-form" layout="vertical" onFinish={submit} data-form="indicator">
      <h3>{indicator ? `修改指标：${indicator.name}` : '新增指标'}</h3>
      <div className="fields">{SHORT.map(input)}</div>
      <Field className="grow" label="偏差原因分析及改进措施" error={action.fieldError('deviation')}>
        <Input.TextArea name="deviation" rows={2} value={fields.deviation} onChange={(e) => set('deviation', e.target.value)} />
      </Field>
      {(scoreChanged || action.fieldError('reason')) && (
        <Field className="grow" label="得分修改原因（必填）" error={action.fieldError('reason')}>
          <Input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="说明为何修改得分" />
        </Field>
      )}
      <FormError error={action.errorBeyond(...SHORT, 'deviation', 'reason')} />
      <div className="buttons">
        <Button type="primary" htmlType="submit" loading={action.busy}>{indicator ? '保存修改' : '添加指标'}</Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </Form>
  );
}
