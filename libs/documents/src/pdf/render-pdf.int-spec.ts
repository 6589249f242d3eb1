import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { scoreDocument } from '@jixiao/scoring';
import { beijingOffice, codeIdentifiersIn, projectFormFixtures } from '@jixiao/testing';
import { bundledCjkFont, findCjkFont } from '../fonts';
import { renderPdf } from './render-pdf';

// Needs poppler-utils (scripts/install-system-deps.sh); the CJK font comes with npm (@embedpdf/fonts-sc).
const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function rendered(name: string, document: any, reviewScores?: Record<number, string>, ruleReviewScores?: Record<number, string>): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderPdf({
    reportId: 'r', version: 3, revision: 1, state: 'signed_off', title: document.projectName ?? document.title, document,
    result: scoreDocument(document) as any, reviewScores, ruleReviewScores,
  }));
  return path;
}

const pdftotext = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });

describe('renderPdf', () => {
  it.each(projectFormFixtures().slice(0, 3).map(({ file, document }) => [file, document]))(
    '%s: pdftotext finds the project name and every indicator name in Chinese', async (file, document) => {
      const text = squeeze(pdftotext(await rendered(file, document)));
      expect(text).toContain('项目支出绩效自评表');
      expect(text).toContain(squeeze(document.projectName));
      for (const indicator of document.indicators) expect(text).toContain(squeeze(indicator.name));
      expect(text).toContain('年度绩效指标完成情况');
    },
  );

  it('embeds the CJK font it draws with: the one npm installs, no system font needed', async () => {
    expect(findCjkFont({})).toEqual(bundledCjkFont());
    const fonts = execFileSync('pdffonts', [await rendered('fonts', projectFormFixtures()[0].document)], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('fails naming the font when the configured one cannot be read', async () => {
    const document = projectFormFixtures()[0].document;
    await expect(renderPdf({ reportId: 'r', version: 1, revision: 1, state: 'draft', title: '', document, result: scoreDocument(document) as any },
      { font: { path: '/nonexistent/cjk.otf' } })).rejects.toThrow('/nonexistent/cjk.otf');
  });

  it('draws the form on a portrait first page that pdftoppm rasterises', async () => {
    const path = await rendered('page', projectFormFixtures()[0].document);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', path, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(height).toBeGreaterThan(width);
  });

  it('prints a department report whole: sections, 附件1, 附件2 with its printed row names, and the 附件3 form', async () => {
    const document = beijingOffice();
    const text = squeeze(pdftotext(await rendered('department', document)));
    for (const section of document.sections) expect(text).toContain(squeeze(section.heading));
    expect(text).toContain('附件1');
    expect(text).toContain('附件2：部门整体支出绩效评价基础数据表');
    expect(text).toContain(squeeze('财政供养人员情况（人）编制数实际在职人数控制率'));
    expect(text).toContain(squeeze('经费控制情况（万元）2020年决算数2021年预算数2021年决算数'));
    expect(text).toContain('3、公务接待');
    expect(text).not.toContain('|');
    expect(text).not.toMatch(/staffing|threePublicExpenses/);
    expect(text).toContain('附件3');
    for (const indicator of document.selfEvaluationForm.indicators) expect(text).toContain(squeeze(indicator.name));
  });

  it('gives 附件1 a 审核得分 column with the reviewer’s score of a rule row and the reviewer’s total', async () => {
    const document = beijingOffice();
    const rules = document.ruleIndicators as { score: string }[];
    const reviewTotal = rules.reduce((total, row, i) => total.plus(i === 0 ? '2.5' : row.score), new Decimal(0)).toFixed(2);
    const path = await rendered('department-reviewed', document, undefined, { 0: '2.5' });
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const annex1 = text.slice(text.indexOf('附件1：'), text.indexOf('附件2：'));
    expect(annex1).toMatch(/审核得\s*(分|$)/m);
    expect(annex1).toMatch(new RegExp(`^合计.*\\s${reviewTotal.replace('.', '\\.')}\\s*$`, 'm'));
  });

  const everyFixture = [...projectFormFixtures().map(({ file, document }) => [file, document]), ['seed-003', beijingOffice()]];

  it.each(everyFixture)('%s: no code identifier (flag code, state, JSON path) anywhere in the text; flags read in Chinese', async (file, document) => {
    const text = pdftotext(await rendered(`codes-${file}`, document, { 0: '1' }));
    expect(codeIdentifiersIn(text)).toEqual([]);
    const flags = scoreDocument(document).flags;
    if (flags.length) expect(squeeze(text)).toContain('系统核查发现的问题');
  });

  it.each(everyFixture)('%s: rates and scores stay on one line; the form ends with the 填表人 line', async (file, document) => {
    const text = pdftotext(await rendered(`rates-${file}`, document));
    const result: any = scoreDocument(document);
    const rate = (result.selfEvaluationForm ?? result).execution.rate;
    const shown = rate && (rate.endsWith('%') ? rate : `${rate}%`);
    if (shown) expect(text).toMatch(new RegExp(`(^|\\s)${shown.replace('.', '\\.')}(\\s|$)`, 'm'));
    expect(squeeze(text)).toContain('填表人：');
    expect(squeeze(text)).toContain('联系电话：');
    expect(squeeze(text)).toContain('填报日期：');
  });

  it('renders the same bytes for the same version', async () => {
    const document = projectFormFixtures()[1].document;
    expect(readFileSync(await rendered('a', document))).toEqual(readFileSync(await rendered('b', document)));
  });
});
