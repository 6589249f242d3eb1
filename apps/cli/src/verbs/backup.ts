import { rename, rm, stat } from 'node:fs/promises';
import { TABLES } from '@jixiao/read-models';
import { EXIT, Verb } from '../verb';
import { fail, ownerUrl, withPool } from './database';
import { pgTool } from './pg-tools';

/**
 * `jixiao backup FILE`: one pg_dump (a single consistent snapshot) of the schema, the events and every table not
 * rebuilt from them (accounts, documents, checkpoints…); the read models' rows are left out, restore rebuilds them.
 */
export const backup: Verb = {
  name: 'backup',
  usage: 'backup FILE   备份数据库到 FILE：事件与不能由事件重建的表（读模型恢复时重建）；用 MIGRATION_DATABASE_URL 或 DATABASE_URL',
  async run(args) {
    if (args.length !== 1 || args[0].startsWith('-')) return fail('用法: jixiao backup 备份文件', EXIT.badInput);
    const [file] = args;
    const url = ownerUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    return withPool(url, async (pool) => {
      const { rows } = await pool.query(`SELECT to_regclass('events') IS NOT NULL AS present`);
      if (!rows[0].present) return fail('数据库中没有 events 表：这不是已迁移的 Jixiao 数据库', EXIT.badInput);
      const pgDump = await pgTool('pg_dump', pool);
      if (pgDump instanceof Error) return fail(pgDump.message, EXIT.badInput);
      const partial = `${file}.partial`;
      const skipped = TABLES.map((table) => `--exclude-table-data=public.${table.name}`);
      const dumped = await pgDump.run(['--format=custom', `--file=${partial}`, ...skipped], url);
      if (dumped instanceof Error) {
        await rm(partial, { force: true });
        return fail(dumped.message, EXIT.badInput);
      }
      await rename(partial, file);
      const counts = (await pool.query(
        `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM report_documents) AS documents`,
      )).rows[0];
      const size = (await stat(file)).size;
      process.stdout.write(`已备份到 ${file}（${(size / 1024 / 1024).toFixed(2)} MB）：事件约 ${counts.events} 个，文档约 ${counts.documents} 份；` +
        `读模型（${TABLES.map((t) => t.name).join('、')}）不备份，恢复时由事件重建\n`);
      return EXIT.ok;
    });
  },
};
