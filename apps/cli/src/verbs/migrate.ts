import { appRoleOf, ensureDatabase, migrate as runMigrations } from '@jixiao/event-store';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

/**
 * `jixiao migrate`: creates the database when missing, applies the migrations not yet run, and creates and grants
 * the application's role (SPEC §19). MIGRATION_DATABASE_URL is the owner's connection when set (DATABASE_URL then
 * names the app's role and its password); otherwise DATABASE_URL migrates and the app's role is jixiao_app.
 */
export const migrate: Verb = {
  name: 'migrate',
  usage: 'migrate       创建数据库（如不存在）、执行尚未执行的迁移，并创建应用角色 jixiao_app 及其权限（MIGRATION_DATABASE_URL 或 DATABASE_URL）',
  async run(args) {
    if (args.length) return fail('用法: jixiao migrate（不接受参数）', EXIT.badInput);
    const appUrl = databaseUrl();
    if (appUrl instanceof Error) return fail(appUrl.message, EXIT.badInput);
    const url = process.env.MIGRATION_DATABASE_URL?.trim() ? databaseUrl({ DATABASE_URL: process.env.MIGRATION_DATABASE_URL }) : appUrl;
    if (url instanceof Error) return fail(`MIGRATION_DATABASE_URL: ${url.message}`, EXIT.badInput);
    await ensureDatabase(url);
    const ran = await runMigrations(url, appUrl);
    process.stdout.write(ran.length ? `已执行迁移:\n${ran.map((name) => `  ${name}`).join('\n')}\n` : '数据库已是最新，无需迁移\n');
    const role = appRoleOf(url, appUrl).name;
    const exists = await withPool(url, async (pool) => (await pool.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount);
    process.stdout.write(exists
      ? `应用角色 ${role}：events 表只可读取和追加，其余表可读写（生产环境的 DATABASE_URL 用它）\n`
      : `未创建应用角色 ${role}：迁移所用的角色没有 CREATEROLE 权限\n`);
    return EXIT.ok;
  },
};
