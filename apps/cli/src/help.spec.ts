import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const jixiao = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/jixiao.js'), ...args], { cwd: root, encoding: 'utf8' });

describe('jixiao --help', () => {
  it.each(['--help', '-h', 'help'])('%s prints the usage on stdout and exits 0, without 未知的命令', (flag) => {
    const run = jixiao(flag);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^用法:\n {2}jixiao score FILE/);
    expect(run.stdout + run.stderr).not.toContain('未知的命令');
  });

  it('names an unknown command before the usage, on stderr, exit 2', () => {
    const run = jixiao('bogus');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^未知的命令 bogus\n用法:/);
  });
});
