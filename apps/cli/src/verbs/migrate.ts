import { ensureDatabase, migrate as runMigrations } from '@jixiao/event-store';
import { EXIT, Verb } from '../verb';
import { fail, ownerUrl } from './database';

/** `jixiao migrate`: creates the database when missing and applies the migrations not yet run. */
export const migrate: Verb = {
  name: 'migrate',
  usage: 'migrate       创建数据库（如不存在）并执行尚未执行的迁移（MIGRATION_DATABASE_URL，未设置时用 DATABASE_URL）',
  async run(args) {
    if (args.length) return fail('用法: jixiao migrate（不接受参数）', EXIT.badInput);
    const url = ownerUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    await ensureDatabase(url);
    const ran = await runMigrations(url);
    process.stdout.write(ran.length ? `已执行迁移:\n${ran.map((name) => `  ${name}`).join('\n')}\n` : '数据库已是最新，无需迁移\n');
    return EXIT.ok;
  },
};
