import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { basename } from 'node:path';
import { readImportFile, UploadRefused } from '@jixiao/intake';
import { ReportStreams } from '@jixiao/reports';
import { parseImportDocument } from '@jixiao/scoring';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

const USAGE = '用法: jixiao import 文件(.json、.xlsx 或 .docx) --user 填表人用户名';

/** `jixiao import FILE --user U`: drafts a report from an import document, as that preparer would over HTTP. */
export const importVerb: Verb = {
  name: 'import',
  usage: 'import FILE --user U  以填表人 U 的身份导入报告（JSON、XLSX 或 DOCX），生成草稿',
  async run(args) {
    const userAt = args.indexOf('--user');
    const username = userAt >= 0 ? args[userAt + 1] : undefined;
    const files = args.filter((_, i) => i !== userAt && i !== userAt + 1);
    if (!username || files.length !== 1) return fail(USAGE, EXIT.badInput);
    const document = await readDocument(files[0]);
    if ('problem' in document) return fail(document.problem, EXIT.badInput);
    const url = databaseUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    return withPool(url, (pool) => draftAs(pool, username, document.value));
  },
};

async function readDocument(file: string): Promise<{ value: unknown } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problem: `无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (/\.(xlsx|xlsm|docx)$/i.test(file)) {
    try {
      const forms = await readImportFile(bytes, basename(file));
      if (forms.length !== 1) return { problem: `${file} 含有 ${forms.length} 张自评表；请逐张导入，或通过 POST /api/reports/bulk 一次导入` };
      const [form] = forms;
      return form.ok ? { value: form.document } : { problem: listProblems(file, form.problems ?? []) };
    } catch (error) {
      if (error instanceof UploadRefused) return { problem: `${file} 无法读取：${error.message}` };
      throw error;
    }
  }
  try {
    return { value: JSON.parse(bytes.toString('utf8')) };
  } catch (error) {
    return { problem: `${file} 不是合法的 JSON：${(error as Error).message}` };
  }
}

async function draftAs(pool: Pool, username: string, value: unknown): Promise<number> {
  const parsed = parseImportDocument(value);
  if (!parsed.ok) return fail(listProblems('导入文件', parsed.problems), EXIT.badInput);
  const { rows } = await pool.query(
    `SELECT u.username, u.role, u.department, d.name FROM users u LEFT JOIN departments d ON d.code = u.department WHERE u.username = $1`,
    [username],
  );
  if (!rows[0]) return fail(`用户 ${username} 不存在`, EXIT.badInput);
  if (rows[0].role !== 'preparer') return fail(`用户 ${username} 不是填表人，不能导入报告`, EXIT.badInput);
  const actor: Actor = { username, role: 'preparer', department: rows[0].department };
  const reportId = randomUUID();
  const { view } = await new ReportStreams(pool).execute(
    reportId,
    { type: 'DraftReport', actor, data: { reportId, document: parsed.document, departmentName: rows[0].name ?? actor.department } },
    { expectedVersion: 0, correlationId: `cli-import-${reportId}` },
  );
  process.stdout.write(`${JSON.stringify({ id: view.id, version: view.version, state: view.state })}\n`);
  return EXIT.ok;
}

function listProblems(source: string, problems: { path: string; message: string }[]): string {
  return `${source} 有 ${problems.length} 处问题:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`;
}
