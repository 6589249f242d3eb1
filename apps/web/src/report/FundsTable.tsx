import { useState } from 'react';
import { Button, Form, Input, Modal, Table } from 'antd';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { useAction } from './use-action';

type Amounts = { initialBudget?: string; annualBudget?: string; executed?: string };
const ROWS: [key: string, label: string][] = [['total', '年度资金总额'], ['currentYear', '当年财政拨款'], ['carryOver', '上年结转资金'], ['other', '其他资金']];
const FIELDS: [key: keyof Amounts, label: string][] = [['initialBudget', '年初预算数'], ['annualBudget', '全年预算数（A）'], ['executed', '全年执行数（B）']];

const fundsOf = (report: Report) => (report.funds ?? {}) as Record<string, Amounts | string | undefined> & { unit?: string };

/** The whole 项目资金 block as printed: 年初预算数, 全年预算数, 全年执行数 for the total and each source. */
export function FundsTable({ report, onChanged }: { report: Report; onChanged?(report: Report): void }) {
  const [open, setOpen] = useState(false);
  const funds = fundsOf(report);
  const unit = funds.unit ?? '万元';
  const data = ROWS.map(([key, label]) => ({ key, label, ...((funds[key] as Amounts | undefined) ?? {}) }));
  const canEdit = !!onChanged && report.allowedCommands.includes('EditReportDetails');
  return (
    <section className="funds" data-testid="funds">
      <div className="section-title">
        <h3>项目资金（{unit}）</h3>
        {canEdit && <Button size="small" onClick={() => setOpen(true)} data-action="edit-funds">修改资金</Button>}
      </div>
      <Table size="small" bordered pagination={false} dataSource={data} rowKey="key"
        columns={[
          { title: '资金', dataIndex: 'label', className: 'funds-label', render: (text: string, row) => (row.key === 'total' ? <strong>{text}</strong> : `其中：${text}`) },
          ...FIELDS.map(([key, title]) => ({ title, dataIndex: key, align: 'right' as const, render: (v?: string) => v || '—' })),
        ]} />
      {open && onChanged && <FundsEditor report={report} onClose={() => setOpen(false)} onChanged={onChanged} />}
    </section>
  );
}

function FundsEditor({ report, onClose, onChanged }: { report: Report; onClose(): void; onChanged(report: Report): void }) {
  const funds = fundsOf(report);
  const [form] = Form.useForm();
  const action = useAction((next) => { onClose(); onChanged(next); });
  const save = (values: Record<string, string>) => {
    const edited = Object.fromEntries(ROWS.map(([key]) => [key, {
      ...((funds[key] as Amounts | undefined) ?? {}),
      ...Object.fromEntries(FIELDS.map(([field]) => [field, (values[`${key}.${field}`] ?? '').trim()])),
    }]));
    void action.run(() => api<Report>(`/reports/${report.id}`, { method: 'PATCH', body: { funds: { ...funds, ...edited } }, ifMatch: report.version }));
  };
  const initial = Object.fromEntries(ROWS.flatMap(([key]) => FIELDS.map(([field]) => [`${key}.${field}`, (funds[key] as Amounts | undefined)?.[field] ?? ''])));
  return (
    <Modal open title="修改项目资金" okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={action.busy} width={720}>
      <Form form={form} initialValues={initial} onFinish={save} layout="vertical" data-form="funds">
        {ROWS.map(([key, label]) => (
          <fieldset key={key} className="funds-row">
            <legend>{label}</legend>
            {FIELDS.map(([field, title]) => (
              <Form.Item key={field} name={`${key}.${field}`} label={title}><Input inputMode="decimal" name={`${key}.${field}`} /></Form.Item>
            ))}
          </fieldset>
        ))}
      </Form>
      {action.error && <p className="error" role="alert">{action.error}</p>}
    </Modal>
  );
}
