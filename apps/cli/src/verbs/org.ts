import { readFile } from 'node:fs/promises';
import { importOrganisation, OrganisationStore, verifyOrganisation } from '@jixiao/organisation';
import { EXIT, Verb } from '../verb';
import { cliActor } from './admin';
import { databaseUrl, fail, withPool } from './database';

const USAGE = '用法: jixiao org import 文件.xlsx（组织与账号模板）| jixiao org verify';
const OUTCOMES = { created: '新增', updated: '更新', unchanged: '未变' } as const;

/** `jixiao org import FILE.xlsx`: regions, departments, units and accounts from the template; a bad row changes nothing. */
export const org: Verb = {
  name: 'org',
  usage: 'org import FILE.xlsx | org verify  导入组织与账号（任何一行有误则全部不导入）；核对组织表与其事件',
  async run(args) {
    if (args[0] === 'verify' && args.length === 1) return verify();
    if (args[0] !== 'import' || args.length !== 2) return fail(USAGE, EXIT.badInput);
    let bytes: Buffer;
    try {
      bytes = await readFile(args[1]);
    } catch (error) {
      return fail(`无法读取文件 ${args[1]}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.badInput);
    }
    const url = databaseUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    const actor = cliActor();
    const result = await withPool(url, (pool) =>
      importOrganisation(new OrganisationStore(pool), actor, { username: actor.username, region: null }, bytes, { correlationId: `cli-org-import-${Date.now()}` }));
    if (!result.ok) {
      const lines = result.problems.map((p) => `  工作表「${p.sheet}」第 ${p.row} 行「${p.label}」：${p.message}`);
      return fail(`${args[1]} 有 ${lines.length} 处问题，未导入任何内容:\n${lines.join('\n')}`, EXIT.badInput);
    }
    for (const row of result.rows) {
      const password = row.oneTimePassword ? `  一次性密码: ${row.oneTimePassword}` : '';
      process.stdout.write(`${row.sheet} 第 ${row.row} 行 ${row.key}: ${OUTCOMES[row.outcome]}${password}\n`);
    }
    return EXIT.ok;
  },
};

/** `jixiao org verify`: the organisation tables against the organisation stream (exit 1 on any difference). */
async function verify(): Promise<number> {
  const url = databaseUrl();
  if (url instanceof Error) return fail(url.message, EXIT.badInput);
  const { events, differences } = await withPool(url, verifyOrganisation);
  if (differences.length) return fail(`组织表与 ${events} 个组织事件不一致:\n${differences.map((d) => `  ${d}`).join('\n')}`, EXIT.checkFailed);
  process.stdout.write(`组织表与 ${events} 个组织事件一致\n`);
  return EXIT.ok;
}
