import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError, api, messageOf } from '../api/client';
import type { ProblemItem } from '../api/client';
import { placeOf } from '../flag-labels';

type ImportResult = { file: string; sheet: string; ok: true; id: string; existing?: boolean } | { file: string; sheet: string; ok: false; problems: ProblemItem[] };

/** A sheet and cell (`Sheet1!C3`, `表格1 第3行第2列`) as it is; a field of the import format by its printed name. */
const where = (path: string) => (/!|表格|第\d+段|\.(xlsx|docx|json|zip)/.test(path) ? path.replace(/^file:/, '') : placeOf(path) || '文件');

/** SPEC §18: several files or a zip at once (JSON, XLSX, DOCX); one result per form found in them. */
export function ImportPage() {
  const navigate = useNavigate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [error, setError] = useState<{ message: string; problems: ProblemItem[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setResults(null);
    try {
      const body = new FormData();
      for (const file of files) body.append('files', file.originFileObj as File, file.name);
      const answer = await api<ImportResult[]>('/reports/bulk', { method: 'POST', body });
      const [only] = answer;
      if (answer.length === 1 && only.ok) return navigate(`/reports/${only.id}`);
      setResults(answer);
      setFiles([]);
    } catch (e) {
      setError({ message: messageOf(e), problems: e instanceof ApiError ? e.problem.errors : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="narrow" title={<h1 style={{ margin: 0 }}>导入报告</h1>}>
      <Typography.Paragraph>
        可一次选择多个文件，或一个 .zip 压缩包：项目支出绩效自评表、部门整体支出绩效自评报告的 Excel（.xlsx）、Word（.docx）或 JSON 文件。
        系统按表上印好的栏目名称（项目名称、主管部门、项目资金、一级指标……）查找每一张表，一个工作簿中有几张表就导入几份草稿；同一文件重复导入时返回第一次导入的报告。
        每个文件不超过 5 MB。<a href="/api/templates/project-form.xlsx" download>下载空白 XLSX 模板</a>
      </Typography.Paragraph>
      <Upload.Dragger
        multiple
        accept=".json,.xlsx,.docx,.zip,application/json"
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => setFiles(fileList)}
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">点击或拖入文件</p>
        <p className="ant-upload-hint">支持 .xlsx、.docx、.json，或装有这些文件的 .zip</p>
      </Upload.Dragger>
      {error && (
        <Alert type="error" role="alert" style={{ marginTop: 16 }} title={error.message}
          description={error.problems.length > 1 ? <ul>{error.problems.map((p, i) => <li key={i}>{where(p.path)}：{p.message}</li>)}</ul> : undefined} />
      )}
      <Button type="primary" autoInsertSpace={false} style={{ marginTop: 16 }} disabled={!files.length || busy} loading={busy} onClick={submit}>
        {busy ? '正在导入…' : '导入'}
      </Button>
      {results && <ResultTable results={results} />}
    </Card>
  );
}

function ResultTable({ results }: { results: ImportResult[] }) {
  const imported = results.filter((r) => r.ok).length;
  return (
    <>
      <Typography.Paragraph style={{ marginTop: 16 }} data-testid="import-summary">
        共 {results.length} 张表：导入 {imported} 张，未导入 {results.length - imported} 张。
      </Typography.Paragraph>
      <Table<ImportResult>
        size="small"
        pagination={false}
        rowKey={(r, i) => `${r.file}#${r.sheet}#${i}`}
        dataSource={results}
        columns={[
          { title: '文件', dataIndex: 'file' },
          { title: '工作表', dataIndex: 'sheet', render: (sheet: string) => sheet || '—' },
          {
            title: '结果',
            render: (_, r) => r.ok
              ? <><Tag color={r.existing ? 'blue' : 'green'}>{r.existing ? '此前已导入' : '已导入'}</Tag><Link to={`/reports/${r.id}`}>打开报告</Link></>
              : <><Tag color="red">未导入</Tag><ul style={{ margin: 0 }}>{r.problems.map((p, i) => <li key={i}>{where(p.path)}：{p.message}</li>)}</ul></>,
          },
        ]}
      />
    </>
  );
}
