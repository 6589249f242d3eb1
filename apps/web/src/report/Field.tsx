import { Alert, Form } from 'antd';
import type { ReactNode } from 'react';

/** A labelled control of a report form, with the API's refusal of it, if any, beneath. */
export function Field({ label, error, className, children }: { label: ReactNode; error?: string; className?: string; children: ReactNode }) {
  return (
    <Form.Item label={label} className={className} validateStatus={error ? 'error' : undefined}
      help={error ? <span className="field-error">{error}</span> : undefined}>
      {children}
    </Form.Item>
  );
}

/** The refusal of the whole form, when it names no field of it. */
export function FormError({ error }: { error: string }) {
  return error ? <Alert className="form-error" type="error" showIcon title={error} role="alert" /> : null;
}
