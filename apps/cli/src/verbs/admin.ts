import { userInfo } from 'node:os';
import type { Pool } from 'pg';
import { checkPassword, planOrganisation, type Actor } from '@jixiao/domain';
import { ensureDatabase, migrate } from '@jixiao/event-store';
import { generatePassword, hashPassword, OrganisationStore } from '@jixiao/organisation';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

const USAGE = '用法: jixiao admin create --username 用户名 [--name 姓名] [--region 区划编码] [--email 电子邮箱]  （密码从标准输入读取；不提供则生成一次性密码）';

/** Who did it, in the audit trail: the operating-system user that ran the command. */
export const cliActor = (): Actor => ({ username: `cli:${safeUser()}`, role: 'admin', department: null });
const safeUser = () => { try { return userInfo().username; } catch { return 'unknown'; } };

/** `jixiao admin create --username U`: the first admin of a database without demo data (SPEC §16). */
export const admin: Verb = {
  name: 'admin',
  usage: 'admin create --username U  创建管理员账号（密码从标准输入读取，或生成一次性密码并只显示一次）',
  async run(args) {
    const [sub, ...rest] = args;
    const options = optionsOf(rest);
    if (sub !== 'create' || !options || !options.username) return fail(USAGE, EXIT.badInput);
    const url = databaseUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    const given = await readStdin();
    if (given) {
      const problem = checkPassword(given, options.username, 'password', '密码');
      if (problem) return fail(`${problem.label}：${problem.message}`, EXIT.badInput);
    }
    await ensureDatabase(url);
    await migrate(url);
    return withPool(url, (pool) => create(pool, options, given));
  },
};

type Options = Record<'username' | 'name' | 'region' | 'email', string | undefined>;

function optionsOf(args: string[]): Options | null {
  const options: Options = { username: undefined, name: undefined, region: undefined, email: undefined };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, '') as keyof Options;
    if (!(key in options) || args[i + 1] === undefined) return null;
    options[key] = args[i + 1];
  }
  return options;
}

async function create(pool: Pool, options: Options, chosen: string | null): Promise<number> {
  const password = chosen ?? generatePassword();
  const hash = await hashPassword(password, chosen ? 'chosen' : 'one-time');
  const row = {
    row: 1, username: options.username!, displayName: options.name ?? '系统管理员', role: 'admin',
    department: null, region: options.region ?? null, email: options.email ?? null,
  };
  const actor = cliActor();
  const problems = await new OrganisationStore(pool).change(actor, { correlationId: `cli-admin-create-${row.username}` }, (organisation) => {
    const plan = planOrganisation(organisation, { regions: [], units: [], users: [row] }, { username: actor.username, region: null }, 'create');
    const events = plan.events.map((e) => (e.type === 'AccountCreated' ? { ...e, data: { ...e.data, mustChangePassword: !chosen } } : e));
    return { events, hashes: new Map([[row.username, hash]]), result: { problems: plan.problems } };
  });
  if (problems.problems.length) return fail(problems.problems.map((p) => `${p.label}：${p.message}`).join('\n'), EXIT.badInput);
  process.stdout.write(chosen
    ? `已创建管理员 ${row.username}\n`
    : `已创建管理员 ${row.username}\n一次性密码（只显示这一次，首次登录须修改）: ${password}\n`);
  return EXIT.ok;
}

async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  return text || null;
}
