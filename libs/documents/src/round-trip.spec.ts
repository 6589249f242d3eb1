import { embedImportDocument, readImportFile } from '@jixiao/intake';
import { scoreDocument } from '@jixiao/scoring';
import { beijingOffice, projectFormFixtures } from '@jixiao/testing';
import { renderDocx } from './docx/render-docx';
import { renderXlsx } from './xlsx/render-xlsx';

const inputOf = (document: any) => ({
  reportId: 'r', version: 1, revision: 1, state: 'draft', title: document.projectName ?? document.title, document,
  result: scoreDocument(document) as any,
});
const RENDERERS = [['xlsx', renderXlsx], ['docx', renderDocx]] as const;
const fixtures = [...projectFormFixtures(), { file: 'seed-003/huaihua-beijing-office-2021.json', document: beijingOffice() }];
const cases = fixtures.flatMap(({ file, document }) => RENDERERS.map(([format, render]) => [file, format, render, document] as const));

async function readBack(bytes: Buffer, format: string) {
  const forms = await readImportFile(bytes, `rendered.${format}`);
  expect(forms).toHaveLength(1);
  if (!forms[0].ok) throw new Error(JSON.stringify(forms[0].problems));
  const { origin, ...document } = forms[0].document as any;
  return { document, origin };
}

describe('a document Jixiao rendered imports back to the same import document (SPEC §18, #9 item 4)', () => {
  it.each(cases)('%s as %s', async (_file, format, render, fixture) => {
    const rendered = await embedImportDocument(await render(inputOf(fixture)), fixture);
    const { document, origin } = await readBack(rendered, format);
    expect(document).toEqual(fixture);
    expect(scoreDocument(document)).toEqual(scoreDocument(fixture));
    expect(origin.notes.filter((n: any) => n.code !== 'PART_MISSING')).toEqual([]);
  });

  it.each(cases.filter(([file]) => !file.startsWith('seed-003')))('%s as %s, from the printed cells alone', async (_file, format, render, fixture) => {
    const { document, origin } = await readBack(await render(inputOf(fixture)), format);
    const { source: _source, ...printed } = fixture;
    expect(document).toEqual(printed);
    expect(origin.notes).toEqual([]);
    expect(origin.cells['indicators[0].actual']).toMatch(format === 'xlsx' ? /^项目支出绩效自评表!F13$/ : /^表格1 第11行第6列$/);
    const flags = scoreDocument({ ...document, origin }).flags;
    expect(flags.filter((f) => !f.at && /^(funds|indicators\[|total|goals)/.test(f.path))).toEqual([]);
  });

  it('names the cell of each flag: 华侨事务补助’s printed execution rate', async () => {
    const fixture = projectFormFixtures().find((f) => f.file.startsWith('09'))!.document;
    const { document, origin } = await readBack(await renderXlsx(inputOf(fixture)), 'xlsx');
    const rate = scoreDocument({ ...document, origin }).flags.find((f) => f.code === 'EXECUTION_RATE_MISMATCH');
    expect(rate).toMatchObject({ path: 'funds.total.executionRate', at: '项目支出绩效自评表!H6' });
  });

  it.each(RENDERERS)('a department report as %s, from the printed cells alone, keeps every printed part', async (format, render) => {
    const fixture = beijingOffice();
    const { document, origin } = await readBack(await render(inputOf(fixture)), format);
    expect(document.format).toBe('jixiao.department-report.v1');
    expect(document).toMatchObject({ fiscalYear: fixture.fiscalYear, department: fixture.department, title: fixture.title });
    expect(document.ruleIndicators.map((r: any) => [r.name, r.weight, r.measured, r.score]))
      .toEqual(fixture.ruleIndicators.map((r: any) => [r.name, r.weight, r.measured, r.score]));
    expect(document.ruleTotal).toEqual(fixture.ruleTotal);
    expect(document.selfEvaluationForm.indicators).toEqual(fixture.selfEvaluationForm.indicators);
    expect(document.selfEvaluationForm.total).toEqual(fixture.selfEvaluationForm.total);
    // 附件2 as printed (its row and column names, figures typed as numbers in the XLSX) reads back to its keys.
    expect(document.baseData).toEqual(fixture.baseData);
    expect(origin.notes.filter((n: any) => n.code === 'CELL_UNPLACED')).toEqual([]);
    if (format === 'docx') expect(document.sections.map((s: any) => s.heading)).toEqual(fixture.sections.map((s: any) => s.heading));
    else expect(origin.notes).toContainEqual(expect.objectContaining({ code: 'PART_MISSING', message: expect.stringContaining('正文') }));
  });
});
