import { access } from 'node:fs/promises';
import type { Pool } from 'pg';
import { ensureDatabase, migrate } from '@jixiao/event-store';
import { rebuildProjections } from '@jixiao/read-models';
import { EXIT, Verb } from '../verb';
import { fail, ownerUrl, withPool } from './database';
import { PgTool, pgTool } from './pg-tools';

/**
 * `jixiao restore FILE`: loads a `jixiao backup` into an empty database, applies the migrations this version adds
 * and rebuilds the read models from the restored events.
 */
export const restore: Verb = {
  name: 'restore',
  usage: 'restore FILE  把 jixiao backup 的备份恢复到一个空数据库（不存在则创建），执行迁移并由事件重建读模型',
  async run(args) {
    if (args.length !== 1 || args[0].startsWith('-')) return fail('用法: jixiao restore 备份文件', EXIT.badInput);
    const [file] = args;
    if (!(await access(file).then(() => true, () => false))) return fail(`无法读取备份文件 ${file}`, EXIT.badInput);
    const url = ownerUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    await ensureDatabase(url);
    const problem = await withPool(url, (pool) => load(pool, file, url));
    if (problem) return fail(problem, EXIT.badInput);
    await migrate(url);
    return withPool(url, async (pool) => {
      const rebuilt = await rebuildProjections(pool);
      const documents = (await pool.query('SELECT count(*)::int AS n FROM report_documents')).rows[0].n;
      process.stdout.write(`已从 ${file} 恢复：事件 ${rebuilt.events} 个，文档 ${documents} 份；读模型已由事件重建（报告 ${rebuilt.reports} 份）\n`);
      return EXIT.ok;
    });
  },
};

/** Returns a problem to report, or undefined once schema, rows and constraints are in. */
async function load(pool: Pool, file: string, url: string): Promise<string | undefined> {
  const pgRestore = await pgTool('pg_restore', pool);
  if (pgRestore instanceof Error) return pgRestore.message;
  const listing = await pgRestore.run(['--list', file], url);
  if (listing instanceof Error || !/TABLE DATA public events /.test(listing)) {
    return `${file} 不是 jixiao backup 生成的备份（其中没有 events 表的数据）`;
  }
  const { rows } = await pool.query(`SELECT string_agg(tablename, '、' ORDER BY tablename) AS tables FROM pg_tables WHERE schemaname = 'public'`);
  if (rows[0].tables) return `目标数据库不是空的（已有表 ${rows[0].tables}）：请恢复到一个新的空数据库`;
  const steps: (() => Promise<string | Error | void>)[] = [
    () => section(pgRestore, file, url, ['pre-data', 'data']),
    () => renumberTransactions(pool),
    () => section(pgRestore, file, url, ['post-data']), // the append-only triggers and the indexes come last
  ];
  for (const step of steps) {
    const result = await step();
    if (result instanceof Error) return result.message;
  }
  return undefined;
}

function section(pgRestore: PgTool, file: string, url: string, sections: string[]): Promise<string | Error> {
  return pgRestore.run(['--no-owner', '--no-privileges', '--exit-on-error', ...sections.map((s) => `--section=${s}`), file], url);
}

/**
 * The log is read in (transaction_id, position) order below the oldest running transaction. Transaction ids from
 * the backed-up cluster mean nothing here (a new cluster counts from a few hundred), so every restored id — events
 * and cursors alike — becomes 1: all restored events are committed and come before anything written after.
 */
async function renumberTransactions(pool: Pool): Promise<void> {
  const { rows } = await pool.query(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'xid8'`,
  );
  for (const { table_name: table, column_name: column } of rows) {
    await pool.query(`UPDATE public."${table}" SET "${column}" = '1' WHERE "${column}" <> '0'`);
  }
}
