import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import type { Pool } from 'pg';

export interface PgTool {
  path: string;
  /** The URL without its password (kept out of the process list) and the environment that carries it. */
  run(args: string[], url: string): Promise<string | Error>;
}

/** pg_dump or pg_restore of the server's major version (Debian keeps each under /usr/lib/postgresql/N/bin), else a newer one. */
export async function pgTool(name: 'pg_dump' | 'pg_restore', pool: Pool): Promise<PgTool | Error> {
  const serverMajor = Math.floor(Number((await pool.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
  const candidates = [`/usr/lib/postgresql/${serverMajor}/bin/${name}`, `/usr/local/pgsql/bin/${name}`, name];
  const found: string[] = [];
  for (const path of candidates) {
    if (path.includes('/') && !(await access(path).then(() => true, () => false))) continue;
    const version = await runTool(path, ['--version'], process.env);
    const major = version instanceof Error ? undefined : Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
    if (major === undefined) continue;
    if (major >= serverMajor) return tool(path);
    found.push(`${path}（${major}）`);
  }
  return new Error(
    `找不到与 PostgreSQL 服务器版本 ${serverMajor} 相符的 ${name}${found.length ? `（只找到 ${found.join('、')}）` : ''}：` +
    `请安装 postgresql-client-${serverMajor}`,
  );
}

function tool(path: string): PgTool {
  return {
    path,
    run(args, url) {
      const parsed = new URL(url);
      const password = decodeURIComponent(parsed.password);
      parsed.password = '';
      const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
      return runTool(path, [...args, `--dbname=${parsed.toString()}`], env);
    },
  };
}

export function runTool(path: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | Error> {
  return new Promise((resolve) => {
    execFile(path, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve(error ? new Error(`${path.split('/').pop()} 失败：${(stderr || error.message).trim()}`) : stdout);
    });
  });
}
