import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Report } from '../api/types';
import { setScore } from './commands';
import { Field, FormError } from './Field';
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
  const submit = () => void action.run(() => setScore(report, indicatorId, score.trim(), reason));
  return (
    <Form className="inline-form" layout="vertical" onFinish={submit} data-form="score">
      <Field label={`${isReview ? '审核得分' : '自评得分'}（0–${weight}）`} error={action.fieldError('score')}>
        <Input name="score" inputMode="decimal" value={score} onChange={(e) => setValue(e.target.value)} autoFocus />
      </Field>
      <Field className="grow" label={`${isReview ? '调整原因' : '修改原因'}（必填）`} error={action.fieldError('reason')}>
        <Input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="说明为何修改得分" />
      </Field>
      <FormError error={action.errorBeyond('score', 'reason')} />
      <div className="buttons">
        <Button type="primary" htmlType="submit" loading={action.busy}>保存得分</Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </Form>
  );
}
