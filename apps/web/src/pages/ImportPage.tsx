import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api, messageOf } from '../api/client';
import type { ProblemItem } from '../api/client';
import { placeOf } from '../flag-labels';

export function ImportPage() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<ProblemItem[]>([]);
  const [busy, setBusy] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setKey(crypto.randomUUID());
    setError('');
    setProblems([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const body = await bodyOf(file);
      const created = await api<{ id: string }>('/reports', { method: 'POST', body, idempotencyKey: key });
      navigate(`/reports/${created.id}`);
    } catch (e) {
      setError(e instanceof SyntaxError ? '文件不是合法的 JSON' : messageOf(e));
      setProblems(e instanceof ApiError ? e.problem.errors : []);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card narrow" onSubmit={submit}>
      <h1>导入报告</h1>
      <p>选择导入文件：项目支出绩效自评表或部门整体支出绩效自评报告的 JSON 文件，或填好的 XLSX 模板。导入后为本单位的草稿。</p>
      <p><a href="/api/templates/project-form.xlsx" download>下载空白 XLSX 模板</a></p>
      <label>导入文件<input type="file" name="file" accept=".json,.xlsx,application/json" onChange={(e) => choose(e.target.files?.[0] ?? null)} /></label>
      {error && <div className="error" role="alert">{error}
        {problems.length > 1 && <ul>{problems.map((p, i) => <li key={i}>{placeOf(p.path) || '文件'}：{p.message}</li>)}</ul>}
      </div>}
      <button className="primary" type="submit" disabled={!file || busy}>{busy ? '正在导入…' : '导入'}</button>
    </form>
  );
}

async function bodyOf(file: File): Promise<unknown> {
  if (/\.xlsx$/i.test(file.name)) {
    const form = new FormData();
    form.append('file', file);
    return form;
  }
  return JSON.parse(await file.text());
}
