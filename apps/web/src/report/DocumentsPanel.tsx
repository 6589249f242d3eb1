import { App, Button } from 'antd';
import { api, messageOf } from '../api/client';
import type { DocumentLink } from '../api/types';
import { useApi } from '../api/use-api';
import { loadSession } from '../session/storage';

const NAMES: Record<string, string> = { xlsx: '自评表（Excel）', docx: '自评报告（Word）', pdf: '自评报告（PDF）' };

interface Props {
  base: string;
  isPublic: boolean;
  version: number;
}

export function DocumentsPanel({ base, isPublic, version }: Props) {
  const { message } = App.useApp();
  const failed = () => void message.error('文档下载失败，请稍后重试');
  const documents = useApi(() => api<DocumentLink[]>(base, { anonymous: isPublic }), [base, version]);
  return (
    <section className="card documents" data-testid="documents">
      <h2>文档下载</h2>
      {documents.error ? <p className="muted">{messageOf(documents.error)}</p> : !documents.data?.length ? (
        <p className="muted">本版本的文档正在生成，请稍后<Button type="link" className="inline-link" onClick={() => void documents.reload()}>刷新</Button>。</p>
      ) : (
        <ul className="document-links">
          {documents.data.map((d) => (
            <li key={d.format}>
              {isPublic
                ? <a href={d.url} download>{NAMES[d.format] ?? d.format}</a>
                : <Button type="link" className="document-link" onClick={() => void download(d, failed)}>{NAMES[d.format] ?? d.format}</Button>}
              <span className="muted small">第 {d.version} 版 · {Math.ceil(d.bytes / 1024)} KB</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Signed-in downloads need the bearer token, which a plain link cannot carry. */
async function download(document: DocumentLink, failed: () => void): Promise<void> {
  const response = await fetch(document.url, { headers: { Authorization: `Bearer ${loadSession()?.token ?? ''}` } });
  if (!response.ok) return failed();
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(window.document.createElement('a'), { href: url, download: `绩效自评-第${document.version}版.${document.format}` });
  link.click();
  URL.revokeObjectURL(url);
}
