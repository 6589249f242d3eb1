import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import { ApiError, messageOf } from '../../api/client';
import { adminApi, type ImportRow } from '../../api/admin';

const OUTCOMES = { created: ['新增', 'green'], updated: ['更新', 'blue'], unchanged: ['未变', 'default'] } as const;
interface RowProblem { sheet: string; row: number; column: string; message: string }

/** SPEC §16 bulk: the template filled in → a result per row, or every problem (and nothing changed). */
export function ImportTab({ onImported }: { onImported(): void }) {
  const [busy, setBusy] = useState(false);
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [error, setError] = useState('');
  const upload = async (file: File) => {
    setBusy(true);
    setRows(null);
    setProblems(null);
    setError('');
    try {
      setRows((await adminApi.importOrganisation(file)).rows);
      onImported();
    } catch (e) {
      const errors = e instanceof ApiError ? (e.problem.errors as unknown as RowProblem[]) : [];
      if (errors.some((p) => p.sheet)) setProblems(errors);
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="批量导入组织与账号">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph>
          下载 <a href="/api/templates/organisation.xlsx" download>组织与账号模板（XLSX）</a>，在“区划”“单位”“用户”三张表中填写后上传。
          文件中任何一行有误，整份文件都不会导入；新账号的一次性密码只在本次结果中显示一次。
        </Typography.Paragraph>
        <div data-testid="organisation-upload">
          <Upload.Dragger accept=".xlsx" maxCount={1} showUploadList={false} disabled={busy}
            beforeUpload={(file) => { void upload(file); return false; }}>
            <p>{busy ? '正在导入…' : '点击或拖入填好的 XLSX 文件'}</p>
          </Upload.Dragger>
        </div>
        {error && <Alert type="error" title={error} />}
        {problems && <>
          <Alert type="error" title={`文件有 ${problems.length} 处问题，未导入任何内容`} />
          <Table<RowProblem> size="small" rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.message}`} dataSource={problems}
            pagination={false} scroll={{ x: 600 }} data-testid="import-problems"
            columns={[{ title: '工作表', dataIndex: 'sheet' }, { title: '行', dataIndex: 'row' }, { title: '列', dataIndex: 'column' },
              { title: '问题', dataIndex: 'message', render: (m: string) => m.replace(/^工作表「.*?」第 \d+ 行「.*?」：/, '') }]} />
        </>}
        {rows && <>
          <Alert type="success" title={`已导入 ${rows.length} 行`} description="一次性密码只显示这一次，请立即记下并安全地告知本人。" />
          <Table<ImportRow> size="small" rowKey={(r) => `${r.sheet}-${r.row}`} dataSource={rows} pagination={false} scroll={{ x: 600 }}
            data-testid="import-results"
            columns={[{ title: '工作表', dataIndex: 'sheet' }, { title: '行', dataIndex: 'row' }, { title: '编码/用户名', dataIndex: 'key' },
              { title: '结果', dataIndex: 'outcome', render: (o: ImportRow['outcome']) => <Tag color={OUTCOMES[o][1]}>{OUTCOMES[o][0]}</Tag> },
              { title: '一次性密码', dataIndex: 'oneTimePassword', render: (p?: string) => (p ? <Typography.Text code copyable>{p}</Typography.Text> : '') }]} />
        </>}
        {!rows && !problems && <Button href="/api/templates/organisation.xlsx">下载模板</Button>}
      </Space>
    </Card>
  );
}
