import { reportStreams } from '@jixiao/read-models';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Pool } from 'pg';
import { Actor, InvalidInput } from '@jixiao/domain';
import { readProjectFormXlsx } from '@jixiao/documents';

import { draftReport } from '@jixiao/reports';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

const USAGE = '用法: jixiao import 文件(.json 或 .xlsx) --user 填表人用户名';

/** `jixiao import FILE --user U`: drafts a report from an import document, as that preparer would over HTTP. */
export const importVerb: Verb = {
  name: 'import',
  usage: 'import FILE --user U  以填表人 U 的身份导入报告（JSON 或 XLSX），生成草稿',
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
  if (file.toLowerCase().endsWith('.xlsx')) {
    const read = await readProjectFormXlsx(bytes);
    return read.ok ? { value: read.document } : { problem: listProblems(file, read.problems) };
  }
  try {
    return { value: JSON.parse(bytes.toString('utf8')) };
  } catch (error) {
    return { problem: `${file} 不是合法的 JSON：${(error as Error).message}` };
  }
}

async function draftAs(pool: Pool, username: string, value: unknown): Promise<number> {
  const { rows } = await pool.query(
    `SELECT u.username, u.role, u.department, d.name FROM users u LEFT JOIN departments d ON d.code = u.department WHERE u.username = $1`,
    [username],
  );
  if (!rows[0]) return fail(`用户 ${username} 不存在`, EXIT.badInput);
  if (rows[0].role !== 'preparer') return fail(`用户 ${username} 不是填表人，不能导入报告`, EXIT.badInput);
  const actor: Actor = { username, role: 'preparer', department: rows[0].department };
  const drafted = await draftReport(reportStreams(pool), pool, { document: value, actor, correlationId: `cli-import-${randomUUID()}` })
    .catch((error: unknown) => (error instanceof InvalidInput ? error : Promise.reject(error)));
  if (drafted instanceof InvalidInput) return fail(listProblems('导入文件', drafted.problems), EXIT.badInput);
  const { view } = drafted;
  process.stdout.write(`${JSON.stringify({ id: view.id, version: view.version, state: view.state })}\n`);
  return EXIT.ok;
}

function listProblems(source: string, problems: { path: string; message: string }[]): string {
  return `${source} 有 ${problems.length} 处问题:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`;
}
