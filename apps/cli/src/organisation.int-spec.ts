import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organisationFile, useTestDatabase } from '@jixiao/testing';
import { verifyPassword } from '@jixiao/organisation';

const root = join(__dirname, '../../..');

/** SPEC §16: a bureau starts from a database without demo data, bootstraps its admin, then loads its organisation. */
describe('jixiao admin create and jixiao org import', () => {
  const db = useTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-org-'));
  const jixiao = (args: string[], input = '') => spawnSync(process.execPath, [join(root, 'bin/jixiao.js'), ...args], {
    cwd: root, encoding: 'utf8', input, env: { ...process.env, DATABASE_URL: db.url },
  });
  const user = async (username: string) => (await db.pool.query('SELECT * FROM users WHERE username = $1', [username])).rows[0];
  const count = async (table: string) => Number((await db.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const file = async (name: string, sheets: Parameters<typeof organisationFile>[0]) => {
    const path = join(dir, name);
    writeFileSync(path, await organisationFile(sheets));
    return path;
  };

  it('creates the first admin with the password given on standard input', async () => {
    expect(await count('users')).toBe(0);
    const run = jixiao(['admin', 'create', '--username', 'bureau-admin'], '淮南-财政-管理员-2024\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const admin = await user('bureau-admin');
    expect(admin).toMatchObject({ role: 'admin', must_change_password: false, active: true });
    expect(await verifyPassword('淮南-财政-管理员-2024', admin.password_hash)).toBe(true);
  });

  it('generates a one-time password, printed once, when none is given; the account must change it', async () => {
    const run = jixiao(['admin', 'create', '--username', 'second-admin']);
    expect(run.status).toBe(0);
    const password = /一次性密码.*: (\S+)/.exec(run.stdout)![1];
    const admin = await user('second-admin');
    expect(admin.must_change_password).toBe(true);
    expect(await verifyPassword(password, admin.password_hash)).toBe(true);
  });

  it.each([
    [['admin', 'create', '--username', 'weak-admin'], '1234567890', /密码：过于常见/],
    [['admin', 'create', '--username', 'bureau-admin'], '淮南-财政-另一个-2024', /已存在/],
    [['admin', 'create', '--username', 'a b'], '', /用户名/],
    [['admin', 'create'], '', /用法/],
  ])('refuses %p with a message and exit 2', async (args, input, message) => {
    const before = await count('users');
    const run = jixiao(args, input);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await count('users')).toBe(before);
  });

  it('imports a file with a bad row: nothing, and the problem by sheet, row and column', async () => {
    const path = await file('bad.xlsx', {
      区划: [['340400', '淮南市财政局', '']],
      单位: [['009', '淮南市人民政府办公室', '340400', '']],
      用户: [['hn-preparer', '张三', '填表人', '009', '', ''], ['hn-reviewer', '李四', '财政审核人', '009', '340400', '']],
    });
    const run = jixiao(['org', 'import', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('工作表「用户」第 3 行「所属单位编码」');
    expect(await count('regions')).toBe(0);
    expect(await count('departments')).toBe(0);
  });

  it('imports a good file: per-row results, one-time passwords for new accounts, each change an event by the CLI user', async () => {
    const path = await file('good.xlsx', {
      区划: [['340400', '淮南市财政局', ''], ['340421', '凤台县财政局', '340400']],
      单位: [['009', '淮南市人民政府办公室', '340400', ''], ['009001', '淮南市政务服务中心', '', '009']],
      用户: [['hn-preparer', '张三', '填表人', '009', '', 'zhang@example.cn'], ['hn-reviewer', '李四', '财政审核人', '', '340400', '']],
    });
    const run = jixiao(['org', 'import', path]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/用户 第 2 行 hn-preparer: 新增 {2}一次性密码: \S{16}/);
    expect(await count('units')).toBe(1);
    expect(await user('hn-reviewer')).toMatchObject({ role: 'reviewer', region_code: '340400', must_change_password: true });
    const { rows } = await db.pool.query(`SELECT type, metadata FROM events WHERE stream_id = 'organisation' ORDER BY version`);
    expect(rows.map((r) => r.type)).toEqual([
      'AccountCreated', 'AccountCreated', 'RegionAdded', 'RegionAdded', 'DepartmentAdded', 'UnitAdded', 'AccountCreated', 'AccountCreated',
    ]);
    expect(rows.every((r) => r.metadata.actor.username.startsWith('cli:'))).toBe(true);
    const again = jixiao(['org', 'import', path]);
    expect(again.stdout).toContain('hn-preparer: 未变');
  });

  it('org verify: the tables are the events folded; a table edited behind the events\' back is named', async () => {
    const fine = jixiao(['org', 'verify']);
    expect(fine.stdout).toMatch(/组织表与 \d+ 个组织事件一致/);
    expect(fine.status).toBe(0);
    await db.pool.query(`UPDATE users SET role = 'admin', department = NULL WHERE username = 'hn-preparer'`);
    const broken = jixiao(['org', 'verify']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('账号 hn-preparer');
  });
});
