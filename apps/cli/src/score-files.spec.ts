import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormLayout, layoutDocx, layoutWorkbook, projectFormFixtures, zipBombXlsx } from '@jixiao/testing';
import { blankProjectFormTemplate } from '@jixiao/documents';

const root = join(__dirname, '../../..');
const jixiao = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/jixiao.js'), ...args], { cwd: root, encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-score-files-'));
const layout: FormLayout = { rowOffset: 2, colOffset: 1, title: 'inline', headingLines: true, serial: true, splitTarget: true, numbers: true, mergeLevels: true, unitInHeading: false, footer: true };
const [first, second] = projectFormFixtures().map((f) => f.document);

describe('jixiao score FILE for .xlsx and .docx (SPEC §11, §18)', () => {
  it('prints the §11 object for a workbook with one form, the same as for its JSON', async () => {
    const file = join(scratch, 'one.xlsx');
    writeFileSync(file, await layoutWorkbook([[first]], layout, true));
    const fromXlsx = jixiao('score', file);
    expect(fromXlsx.status).toBe(0);
    const printed = JSON.parse(fromXlsx.stdout);
    const fromJson = JSON.parse(jixiao('score', 'fixtures/seed-004/01-12345-hotline.json').stdout);
    expect(printed.total).toEqual(fromJson.total);
    expect(printed.indicators).toEqual(fromJson.indicators);
  });

  it('prints {"forms": [{sheet, …}]} for a workbook with several forms', async () => {
    const file = join(scratch, 'two.xlsx');
    writeFileSync(file, await layoutWorkbook([[first], [second]], layout));
    const run = jixiao('score', file);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.forms.map((f: any) => [f.sheet, f.kind])).toEqual([['Sheet1', 'project-form'], ['Sheet2', 'project-form']]);
  });

  it('reads a Word table', async () => {
    const file = join(scratch, 'form.docx');
    writeFileSync(file, await layoutDocx(second, { ...layout, numbers: false }));
    const run = jixiao('score', file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).kind).toBe('project-form');
  });

  it.each([
    ['a workbook that is no zip', async () => Buffer.from('not a workbook'), /不是有效的 XLSX/],
    ['a zip bomb', async () => zipBombXlsx(await blankProjectFormTemplate(), 200), /压缩炸弹|超过/],
    ['a workbook with no form', async () => layoutWorkbook([], layout, true), /找不到绩效自评表/],
  ])('exits 2 for %s, naming the problem', async (_name, bytes, message) => {
    const file = join(scratch, 'bad.xlsx');
    writeFileSync(file, await bytes());
    const run = jixiao('score', file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
