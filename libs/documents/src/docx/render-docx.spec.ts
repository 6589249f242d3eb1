import Decimal from 'decimal.js';
import JSZip from 'jszip';
import { scoreDocument } from '@jixiao/scoring';
import { beijingOffice, codeIdentifiersIn, projectFormFixtures } from '@jixiao/testing';
import { renderDocx } from './render-docx';

async function wordXml(document: any, ruleReviewScores?: Record<number, string>): Promise<string> {
  const docx = await renderDocx({
    reportId: 'r', version: 3, revision: 1, state: 'signed_off', title: document.projectName ?? document.title, document,
    result: scoreDocument(document) as any, ruleReviewScores,
  });
  return (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
}

/** The words Word shows: the text runs of the document body. */
const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('renderDocx', () => {
  it.each([...projectFormFixtures().map(({ file, document }) => [file, document]), ['seed-003', beijingOffice()]])(
    '%s: no code identifier in the text Word shows; flags as Chinese labels and places', async (_file, document) => {
      const text = wordText(await wordXml(document));
      expect(codeIdentifiersIn(text)).toEqual([]);
      expect(text).toContain('填表人：');
      if (scoreDocument(document).flags.length) expect(text).toContain('系统核查发现的问题');
    },
  );

  it('names a flag by its label and its place in the form', async () => {
    const document = projectFormFixtures()[0].document;
    const broken = { ...document, indicators: document.indicators.map((row: any, i: number) => (i === 2 ? { ...row, actual: '' } : row)) };
    const text = wordText(await wordXml(broken));
    expect(text).toContain('实际完成值未填写');
    expect(text).toContain('第3行 实际完成值');
  });


  it.each(projectFormFixtures().slice(0, 3).map(({ file, document }) => [file, document]))(
    '%s: the form as the printed grid, merged cells and every indicator', async (_file, document) => {
      const xml = await wordXml(document);
      expect(xml).toContain('项目支出绩效自评表');
      expect(xml).toContain(document.projectName);
      for (const indicator of document.indicators) expect(xml).toContain(indicator.name);
      expect(xml).toMatch(/<w:gridSpan w:val="\d+"\/>/);
      expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
      expect(xml).toContain('年度绩效指标完成情况');
    },
  );

  it('writes a department report whole: narrative, 附件1, 附件2 and the 附件3 form on its own page', async () => {
    const document = beijingOffice();
    const xml = await wordXml(document);
    for (const section of document.sections) expect(xml).toContain(section.heading);
    for (const attachment of ['附件1：部门整体支出绩效评价指标评分表', '附件2：部门整体支出绩效评价基础数据表', '附件3：项目支出绩效自评表']) {
      expect(xml).toContain(attachment);
    }
    expect(xml).toContain('<w:pageBreakBefore/>');
    const text = wordText(xml);
    expect(text).toContain('经费控制情况（万元）');
    expect(text).toMatch(/3、公务接待 23\.21 20\.88 25\.54/);
  });

  it('gives 附件1 a 审核得分 column: the reviewer’s score of a rule row, and the reviewer’s total (others at their self score)', async () => {
    const document = beijingOffice();
    const rules = document.ruleIndicators as { score: string }[];
    const reviewTotal = rules.reduce((total, row, i) => total.plus(i === 0 ? '2.5' : row.score), new Decimal(0)).toFixed(2);
    const text = wordText(await wordXml(document, { 0: '2.5' }));
    const annex1 = text.slice(text.indexOf('附件1'), text.indexOf('附件2'));
    expect(annex1).toContain('审核得分');
    expect(annex1).toMatch(/ 2\.5 /);
    expect(annex1).toContain(` ${reviewTotal}`);
  });
});
