import { Button, Form, Input } from 'antd';
import { useState } from 'react';

interface Props {
  label: string;
  button: string;
  busy: boolean;
  onSubmit(text: string): void;
}

/** A transition that needs a text (comment, reason); an empty text is still sent so the API's own check answers. */
export function TextAction({ label, button, busy, onSubmit }: Props) {
  const [text, setText] = useState('');
  return (
    <Form className="text-action" layout="vertical" onFinish={() => onSubmit(text)} data-action={button}>
      <Form.Item label={label}>
        <Input.TextArea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>{button}</Button>
    </Form>
  );
}
