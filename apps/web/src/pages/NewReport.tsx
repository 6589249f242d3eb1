import { useState } from 'react';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError, api, messageOf } from '../api/client';
import { placeOf } from '../flag-labels';

const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));
const blank = { initialBudget: '', annualBudget: '', executed: '' };

/** The smallest project form the import accepts: the heading, an empty 项目资金 block and no indicators yet. */
export function blankProjectForm(values: { fiscalYear: string; projectName: string; competentDepartment: string; implementingUnit: string }) {
  return {
    format: 'jixiao.project-form.v1', ...values,
    funds: { total: { ...blank, weight: '10', executionRate: '', score: '' }, currentYear: blank, carryOver: blank, other: blank },
    goals: { planned: '', achieved: '' }, indicators: [], total: { weight: '100', score: '' },
  };
}

/** 新建自评表: a blank project form of the preparer's department, opened as a draft to fill in. */
export function NewReportButton() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [form] = Form.useForm();
  const create = async (values: { fiscalYear: string; projectName: string; competentDepartment: string; implementingUnit: string }) => {
    setBusy(true);
    setError('');
    try {
      const created = await api<{ id: string }>('/reports', { method: 'POST', body: blankProjectForm(values), idempotencyKey: crypto.randomUUID() });
      navigate(`/reports/${created.id}`);
    } catch (e) {
      const problems = e instanceof ApiError ? e.problem.errors ?? [] : [];
      setError([messageOf(e), ...problems.map((p) => `${placeOf(p.path) || '表中'}：${p.message}`)].join('；'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-action="new-report">新建自评表</Button>
      <Modal open={open} title="新建项目支出绩效自评表" okText="创建草稿" cancelText="取消" confirmLoading={busy}
        onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={create} data-form="new-report"
          initialValues={{ fiscalYear: String(new Date().getFullYear() - 1), competentDepartment: '', implementingUnit: '' }}>
          <Form.Item name="projectName" label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
            <Input name="projectName" placeholder="如：12345政务服务便民热线运营费用" />
          </Form.Item>
          <Form.Item name="fiscalYear" label="年度"><Select options={YEARS.map((y) => ({ value: y, label: `${y} 年度` }))} /></Form.Item>
          <Form.Item name="competentDepartment" label="主管部门" rules={[{ required: true, whitespace: true, message: '请填写主管部门' }]}>
            <Input name="competentDepartment" placeholder="如：淮南市人民政府办公室" />
          </Form.Item>
          <Form.Item name="implementingUnit" label="实施单位" rules={[{ required: true, whitespace: true, message: '请填写实施单位' }]}>
            <Input name="implementingUnit" />
          </Form.Item>
        </Form>
        <p className="muted small">创建后为本单位的草稿：在报告页填写项目资金、绩效指标和自评得分，再提交自评。</p>
        {error && <p className="error" role="alert">{error}</p>}
      </Modal>
    </>
  );
}
