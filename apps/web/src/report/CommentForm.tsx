import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Report } from '../api/types';
import { addComment } from './commands';
import { Field, FormError } from './Field';
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
  const submit = () => void action.run(() => addComment(report, indicatorId, body));
  return (
    <Form className="inline-form" layout="vertical" onFinish={submit} data-form="comment">
      <Field className="grow" label={indicatorId ? '对该指标的审核意见' : '总体审核意见'} error={action.fieldError('body')}>
        <Input.TextArea name="body" rows={2} value={body} onChange={(e) => setBody(e.target.value)} autoFocus={!!indicatorId} />
      </Field>
      <FormError error={action.errorBeyond('body')} />
      <div className="buttons">
        <Button type="primary" htmlType="submit" loading={action.busy}>添加意见</Button>
        {onCancel && <Button onClick={onCancel}>取消</Button>}
      </div>
    </Form>
  );
}
