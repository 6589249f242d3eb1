import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const jixiao = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/jixiao.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
const scratchFile = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('jixiao score FILE (SPEC §11)', () => {
  const forms = readdirSync(join(root, 'fixtures/seed-004')).map((f) => `fixtures/seed-004/${f}`);

  it.each(forms)('prints the §11 JSON of %s and exits 0', (file) => {
    const { status, stdout } = jixiao('score', file);
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['kind', 'execution', 'indicators', 'levelTotals', 'total', 'grade', 'flags']);
    expect(printed.kind).toBe('project-form');
    expect(Object.keys(printed.execution)).toEqual(['rate', 'score', 'weight']);
    expect(Object.keys(printed.indicators[0])).toEqual(['name', 'level1', 'level2', 'weight', 'selfScore', 'computedScore', 'status']);
    expect(printed.total.computed).toMatch(/^\d+\.\d{2}$/);
  });

  it('prints the computed figures, not the printed ones: 华侨事务补助', () => {
    // 1.68 / 2.34 = 71.79%, 10 × 0.7179 = 7.18; 7.18 + 90 = 97.18 against the printed 97.43.
    const printed = JSON.parse(jixiao('score', 'fixtures/seed-004/09-overseas-chinese.json').stdout);
    expect(printed.execution).toEqual({ rate: '71.79%', score: '7.18', weight: '10.00' });
    expect(printed.total).toEqual({ computed: '97.18', printed: '97.43' });
    expect(printed.grade).toBe('优');
    expect(printed.flags.map((f: { code: string }) => f.code)).toEqual(['EXECUTION_RATE_MISMATCH', 'EXECUTION_SCORE_MISMATCH', 'TOTAL_MISMATCH']);
  });

  it('prints a department report: the rule table, its total, and the embedded form under selfEvaluationForm', () => {
    const { status, stdout } = jixiao('score', 'fixtures/seed-003/huaihua-beijing-office-2021.json');
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.kind).toBe('department-report');
    expect(printed.indicators).toHaveLength(17);
    expect(printed.indicators[3]).toEqual({
      name: '预算控制率', level1: '过程', level2: '预算执行', weight: '5.00', selfScore: '1.00', computedScore: '0.00', status: 'not_met',
    });
    expect(printed.total).toEqual({ computed: '95.00', printed: '96.00' });
    expect(printed.selfEvaluationForm.total).toEqual({ computed: '96.00', printed: '96.00' });
    expect(printed.selfEvaluationForm.execution).toEqual({ rate: '100.00%', score: '10.00', weight: '10.00' });
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.json'), /无法读取文件.*文件不存在/],
    ['a directory', () => scratch, /无法读取文件.*目录/],
    ['bad JSON', () => scratchFile('bad.json', '{"format": '), /不是有效的 JSON/],
    ['an unknown format', () => scratchFile('unknown.json', '{"format": "jixiao.budget.v9"}'), /format: 未知的格式标记 "jixiao.budget.v9"/],
    ['an invalid document', () => scratchFile('invalid.json', '{"format": "jixiao.project-form.v1", "fiscalYear": 2024}'), /fiscalYear: 类型错误/],
  ])('refuses %s with a message on stderr and exit 2', (_, file, message) => {
    const { status, stdout, stderr } = jixiao('score', file());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('asks for a file when given none', () => {
    const { status, stderr } = jixiao('score');
    expect(status).toBe(2);
    expect(stderr).toMatch(/用法: jixiao score FILE/);
  });
});
