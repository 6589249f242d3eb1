import JSZip from 'jszip';
import { scoreDocument } from '@jixiao/scoring';
import { beijingOffice, projectFormFixtures } from '@jixiao/testing';
import { renderDocx } from './render-docx';

async function wordXml(document: any): Promise<string> {
  const docx = await renderDocx({
    reportId: 'r', version: 3, revision: 1, state: 'signed_off', title: document.projectName ?? document.title, document,
    result: scoreDocument(document) as any,
  });
  return (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
}

describe('renderDocx', () => {
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
  });
});
