import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Select, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { FormInstance } from 'antd';
import { ApiError, messageOf } from '../../api/client';
import { adminApi, type Department, type Region } from '../../api/admin';
import { useApi } from '../../api/use-api';

type Adding = 'region' | 'department' | 'unit' | null;
const TITLES = { region: '新增区划（财政局）', department: '新增主管部门', unit: '新增下属单位' } as const;

/** SPEC §16: the organisation as a tree — regions, their departments (主管部门) and those departments' units. */
export function OrganisationTab() {
  const regions = useApi(adminApi.regions, []);
  const departments = useApi(adminApi.departments, []);
  const [adding, setAdding] = useState<Adding>(null);
  const tree = useMemo(() => treeOf(regions.data ?? [], departments.data ?? []), [regions.data, departments.data]);
  const reload = async () => { await Promise.all([regions.reload(), departments.reload()]); };
  return (
    <Card
      title="组织机构"
      extra={<Space wrap>
        <Button onClick={() => setAdding('region')} data-action="add-region">新增区划</Button>
        <Button type="primary" onClick={() => setAdding('department')} data-action="add-department">新增主管部门</Button>
        <Button onClick={() => setAdding('unit')} data-action="add-unit">新增下属单位</Button>
      </Space>}
    >
      {tree.length
        ? <Tree treeData={tree} defaultExpandAll showLine key={tree.length + (departments.data?.length ?? 0)} data-testid="organisation-tree" />
        : <Empty description="尚无组织机构：请新增区划，或在“批量导入”中导入模板" />}
      <AddModal adding={adding} regions={regions.data ?? []} departments={departments.data ?? []}
        onClose={() => setAdding(null)} onAdded={reload} />
    </Card>
  );
}

function treeOf(regions: Region[], departments: Department[]): DataNode[] {
  const known = new Set(regions.map((r) => r.code));
  const node = (region: Region): DataNode => ({
    key: `region:${region.code}`,
    title: <span><Typography.Text strong>{region.name}</Typography.Text> <Typography.Text type="secondary">{region.code}</Typography.Text></span>,
    children: [
      ...regions.filter((r) => r.parentCode === region.code).map(node),
      ...departments.filter((d) => d.regionCode === region.code).map((d) => ({
        key: `department:${d.code}`,
        title: <span>{d.name} <Typography.Text type="secondary">{d.code}</Typography.Text></span>,
        children: d.units.map((u) => ({ key: `unit:${u.code}`, title: <span>{u.name} <Typography.Text type="secondary">{u.code}</Typography.Text></span>, isLeaf: true })),
      })),
    ],
  });
  return regions.filter((r) => !r.parentCode || !known.has(r.parentCode)).map(node);
}

interface AddProps { adding: Adding; regions: Region[]; departments: Department[]; onClose(): void; onAdded(): Promise<void> }

function AddModal({ adding, regions, departments, onClose, onAdded }: AddProps) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const regionOptions = regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }));
  const submit = async (values: Record<string, string>) => {
    setBusy(true);
    try {
      if (adding === 'region') await adminApi.addRegion({ code: values.code, name: values.name, parentCode: values.parentCode ?? null });
      if (adding === 'department') await adminApi.addDepartment({ code: values.code, name: values.name, regionCode: values.regionCode });
      if (adding === 'unit') await adminApi.addUnit({ code: values.code, name: values.name, departmentCode: values.departmentCode });
      message.success(`已新增 ${values.name}`);
      form.resetFields();
      onClose();
      await onAdded();
    } catch (error) {
      showFieldErrors(form, error, ['code', 'name', 'parentCode', 'regionCode', 'departmentCode']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={adding !== null} title={adding ? TITLES[adding] : ''} onCancel={onClose} okText="保存" cancelText="取消"
      confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" onFinish={submit} data-form="organisation">
        <Form.Item name="code" label={adding === 'region' ? '区划编码' : '单位编码'} rules={[{ required: true, message: '请填写编码' }]}>
          <Input placeholder={adding === 'region' ? '如 340400' : '如 009'} />
        </Form.Item>
        <Form.Item name="name" label={adding === 'region' ? '区划名称' : '单位名称'} rules={[{ required: true, message: '请填写名称' }]}>
          <Input />
        </Form.Item>
        {adding === 'region' && <Form.Item name="parentCode" label="上级区划"><Select allowClear options={regionOptions} placeholder="留空为最上级" /></Form.Item>}
        {adding === 'department' && <Form.Item name="regionCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
          <Select options={regionOptions} data-field="regionCode" /></Form.Item>}
        {adding === 'unit' && <Form.Item name="departmentCode" label="上级单位（主管部门）" rules={[{ required: true, message: '请选择主管部门' }]}>
          <Select options={departments.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))} /></Form.Item>}
      </Form>
    </Modal>
  );
}

/** A 400's problems at their fields (the API names each field); anything else as a form-wide error. */
export function showFieldErrors(form: FormInstance<any>, error: unknown, names: string[]) {
  const problems = error instanceof ApiError ? error.problem.errors : [];
  const placed = problems.filter((p) => names.includes(p.path));
  form.setFields(placed.map((p) => ({ name: p.path, errors: [p.message] })));
  if (placed.length < Math.max(problems.length, 1)) Modal.error({ title: '未能保存', content: messageOf(error) });
}
