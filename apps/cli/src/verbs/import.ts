import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Pool } from 'pg';
import { Actor, InvalidInput } from '@jixiao/domain';
import { readImportFile, UploadRefused } from '@jixiao/intake';
import { reportStreams } from '@jixiao/read-models';
import { draftReport } from '@jixiao/reports';
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
    return withPool(url, (pool) => draftAs(pool, username, document.value, document.contentHash));
  },
};

type Read = { value: unknown; contentHash: string } | { problem: string };

async function readDocument(file: string): Promise<Read> {
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
      return form.ok ? { value: form.document, contentHash: hashOf(bytes, form.sheet) } : { problem: listProblems(file, form.problems ?? []) };
    } catch (error) {
      if (error instanceof UploadRefused) return { problem: `${file} 无法读取：${error.message}` };
      throw error;
    }
  }
  try {
    return { value: JSON.parse(bytes.toString('utf8')), contentHash: hashOf(bytes, '') };
  } catch (error) {
    return { problem: `${file} 不是合法的 JSON：${(error as Error).message}` };
  }
}

/** The key the API uses too (SPEC §18): the same file imported twice into one department and year is one report. */
const hashOf = (bytes: Buffer, sheet: string) => `${createHash('sha256').update(bytes).digest('hex')}::${sheet}`;

async function draftAs(pool: Pool, username: string, value: unknown, contentHash: string): Promise<number> {
  const { rows } = await pool.query(
    `SELECT u.username, u.role, u.department, d.name FROM users u LEFT JOIN departments d ON d.code = u.department WHERE u.username = $1`,
    [username],
  );
  if (!rows[0]) return fail(`用户 ${username} 不存在`, EXIT.badInput);
  if (rows[0].role !== 'preparer') return fail(`用户 ${username} 不是填表人，不能导入报告`, EXIT.badInput);
  const actor: Actor = { username, role: 'preparer', department: rows[0].department };
  const fiscalYear = String((value as { fiscalYear?: unknown })?.fiscalYear ?? '');
  const key = [actor.department ?? '', fiscalYear, contentHash];
  const earlier = await pool.query(
    `SELECT s.id, s.version, s.state FROM report_imports i JOIN report_summary s ON s.id = i.report_id
      WHERE i.department = $1 AND i.fiscal_year = $2 AND i.content_hash = $3`, key);
  if (earlier.rows[0]) {
    process.stderr.write('此文件已导入过本单位本年度，返回第一次导入的报告\n');
    process.stdout.write(`${JSON.stringify(earlier.rows[0])}\n`);
    return EXIT.ok;
  }
  const alsoInTransaction = async (tx: { query: Pool['query'] }, view: { id: string }) => {
    await tx.query('INSERT INTO report_imports (department, fiscal_year, content_hash, report_id) VALUES ($1, $2, $3, $4)', [...key, view.id]);
  };
  const drafted = await draftReport(reportStreams(pool), pool, { document: value, actor, correlationId: `cli-import-${randomUUID()}`, alsoInTransaction })
    .catch((error: unknown) => (error instanceof InvalidInput ? error : Promise.reject(error)));
  if (drafted instanceof InvalidInput) return fail(listProblems('导入文件', drafted.problems), EXIT.badInput);
  const { view } = drafted;
  process.stdout.write(`${JSON.stringify({ id: view.id, version: view.version, state: view.state })}\n`);
  return EXIT.ok;
}

function listProblems(source: string, problems: { path: string; message: string }[]): string {
  return `${source} 有 ${problems.length} 处问题:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`;
}
