import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutDocx, projectFormFixtures, useTestDatabase } from '@jixiao/testing';
import { seedDemoData } from '../../api/src/demo/seed-demo-data';

const root = join(__dirname, '../../..');

describe('jixiao import FILE --user U', () => {
  const db = useTestDatabase();
  const jixiao = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/jixiao.js'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url },
  });
  const reportCount = async () => Number((await db.pool.query('SELECT count(*) FROM report_summary')).rows[0].count);

  beforeAll(() => seedDemoData(db.pool));

  it('drafts the form in the preparer\'s department and prints its id', async () => {
    const run = jixiao('import', 'fixtures/seed-004/05-foreign-affairs.json', '--user', 'hh-preparer');
    expect(run.status).toBe(0);
    const { id, version, state } = JSON.parse(run.stdout);
    expect({ version, state }).toEqual({ version: 1, state: 'draft' });
    const { rows } = await db.pool.query('SELECT department FROM report_summary WHERE id = $1', [id]);
    expect(rows[0].department).toBe('hhbj');
  });

  it('drafts a form read from a Word table, and the same file again answers with that report (SPEC §18)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jixiao-import-')), '自评表.docx');
    const form = projectFormFixtures()[1].document;
    writeFileSync(file, await layoutDocx(form, {
      rowOffset: 0, colOffset: 0, title: 'inline', headingLines: true, serial: true, splitTarget: false, numbers: false,
      mergeLevels: true, unitInHeading: true, footer: true,
    }));
    const run = jixiao('import', file, '--user', 'hn-preparer');
    expect(run.stderr).toBe('');
    const { id } = JSON.parse(run.stdout);
    const { rows } = await db.pool.query('SELECT title, department FROM report_summary WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ title: form.projectName, department: '009' });
    const before = await reportCount();
    const again = jixiao('import', file, '--user', 'hn-preparer');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).id).toBe(id);
    expect(await reportCount()).toBe(before);
  });

  it.each([
    [['fixtures/seed-004/05-foreign-affairs.json', '--user', 'hn-head'], /不是填表人/],
    [['fixtures/seed-004/05-foreign-affairs.json', '--user', 'nobody'], /不存在/],
    [['fixtures/none.json', '--user', 'hn-preparer'], /无法读取文件/],
    [['package.json', '--user', 'hn-preparer'], /format/],
    [['fixtures/seed-004/05-foreign-affairs.json'], /用法/],
  ])('refuses %p with a message and exit 2, importing nothing', async (args, message) => {
    const before = await reportCount();
    const run = jixiao('import', ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/);
    expect(await reportCount()).toBe(before);
  });
});
