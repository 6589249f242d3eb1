import { Workbook } from 'exceljs';
import { parseImportDocument, scoreDocument } from '@jixiao/scoring';
import { beijingOffice, hotline, projectFormFixtures } from '@jixiao/testing';
import { readProjectFormXlsx } from './read-project-form';
import { blankProjectFormTemplate, renderXlsx } from './render-xlsx';

const inputOf = (document: any) => ({
  reportId: 'r', version: 1, revision: 1, state: 'draft', title: document.projectName ?? document.title, document,
  result: scoreDocument(document) as any,
});

async function reopen(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const imported = (document: unknown) => {
  const parsed = parseImportDocument(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { source: _source, ...form } = parsed.document as any;
  return form;
};

describe('renderXlsx', () => {
  it('reopens with exceljs with the printed form’s merged headings and cells', async () => {
    const form = hotline();
    const sheet = (await reopen(await renderXlsx(inputOf(form)))).getWorksheet('项目支出绩效自评表')!;
    const merges = (sheet.model as { merges: string[] }).merges;
    const total = 13 + form.indicators.length;
    expect(merges).toEqual(expect.arrayContaining([
      'A1:K1', 'A2:K2', 'A3:B3', 'C3:K3', 'A4:B4', 'C4:E4', 'F4:G4', 'H4:K4', 'A5:B9', 'A10:B11', 'C10:F10', 'G10:K10',
      `A12:A${total - 1}`, 'B13:B16', 'B17:B20', `A${total}:F${total}`,
    ]));
    expect(sheet.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(sheet.getCell('A2').value).toBe('（2024年度）');
    expect(sheet.getCell('C3').value).toBe(form.projectName);
    expect(sheet.getCell('A5').value).toBe('项目资金\n（万元）');
    expect(['B12', 'C12', 'D12', 'E12', 'F12', 'G12', 'H12', 'I12'].map((a) => sheet.getCell(a).value))
      .toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(sheet.getCell('D13').value).toBe('接通率');
    expect(sheet.getCell(`A${total}`).value).toBe('总分');
    expect(sheet.getCell(`J${total}`).value).toBe(scoreDocument(form).total.computed);
    expect(sheet.getCell(`K${total}`).value).toBe('');
    expect(sheet.getCell(`A${total + 1}`).value).toBe('等级');
    expect(sheet.getCell(`J${total + 1}`).value).toBe(scoreDocument(form).grade);
    expect(String(sheet.getCell(`A${total + 3}`).value)).toMatch(/^填表人：.*联系电话：.*填报日期：/);
  });

  it('puts the reviewer’s total in the 审核调整得分 column of the total row, and its grade in a cell of its own', async () => {
    const form = hotline();
    const sheet = (await reopen(await renderXlsx({ ...inputOf(form), reviewScores: { 0: '0' } }))).getWorksheet('项目支出绩效自评表')!;
    const total = 13 + form.indicators.length;
    const reviewed = form.indicators.slice(1).reduce((sum: number, row: any) => sum + Number(row.score || 0), Number(form.funds.total.score));
    expect(sheet.getCell(`K${total}`).value).toBe(reviewed.toFixed(2));
    expect(sheet.getCell(`K${total + 1}`).value).toBe(reviewed >= 90 ? '优' : reviewed >= 80 ? '良' : reviewed >= 60 ? '中' : '差');
  });

  it('gives a department report its 附件 sheets', async () => {
    const workbook = await reopen(await renderXlsx(inputOf(beijingOffice())));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['附件1 指标评分表', '附件2 基础数据表', '附件3 自评表']);
    expect(String(workbook.getWorksheet('附件3 自评表')!.getCell('A1').value)).toBe('项目支出绩效自评表');
  });

  it('draws a department report’s 附件2 as the printed grid: row names, merged headings, borders, typed figures', async () => {
    const sheet = (await reopen(await renderXlsx(inputOf(beijingOffice())))).getWorksheet('附件2 基础数据表')!;
    const merges = (sheet.model as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:G1', 'B2:C2', 'D2:E2', 'F2:G2', 'B5:C5', 'A20:G20']));
    expect(merges.filter((m) => /^[B-G]1[89]:/.test(m))).toEqual([]);
    const column = (letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${letter}${from + i}`).value);
    expect(sheet.getCell('A1').value).toBe('附件2：部门整体支出绩效评价基础数据表');
    expect(column('A', 2, 19)).toEqual([
      '财政供养人员情况（人）', '', '经费控制情况（万元）', '三公经费', '1、公务用车购置和维护经费', '其中：公车运行维护', '2、出国经费', '3、公务接待',
      '项目支出', '1、业务工作经费', '2、维权维稳经费', '公用经费', '其中：办公经费', '水费、电费、差旅费', '会议费、培训费', '部门基本支出预算调整',
      '楼堂馆所控制情况', '',
    ]);
    expect(['B2', 'D2', 'F2', 'B4', 'D4', 'F4'].map((a) => sheet.getCell(a).value)).toEqual(['编制数', '实际在职人数', '控制率', '2020年决算数', '2021年预算数', '2021年决算数']);
    expect(['B18', 'C18', 'G18'].map((a) => sheet.getCell(a).value)).toEqual(['批复规模（㎡）', '实际规模（㎡）', '投资概算控制率']);
    const typed = (address: string) => [sheet.getCell(address).value, sheet.getCell(address).numFmt];
    expect(['B3', 'F3', 'B9', 'D6', 'B10', 'G19'].map(typed)).toEqual([[14, '0'], [1, '0%'], [23.21, '0.00'], [29.7, '0.00'], [0, '0.00'], [1, '0%']]);
    expect(sheet.getCell('B8').value).toBe('');
    expect(sheet.getCell('A6').alignment.indent).toBe(2);
    expect(sheet.getCell('A2').font).toMatchObject({ name: 'SimSun', bold: true });
    for (const address of ['A2', 'G2', 'A19', 'G19', 'F12']) expect(sheet.getCell(address).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(String(sheet.getCell('A20').value)).toMatch(/^填表人：/);
  });

  it.each(projectFormFixtures().map(({ file, document }) => [file, document]))(
    'round-trips %s to the same report as its JSON import', async (_file, document) => {
      const read = await readProjectFormXlsx(await renderXlsx(inputOf(document)));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(imported(read.document)).toEqual(imported(document));
      expect(scoreDocument(read.document)).toEqual(scoreDocument(document));
    },
  );
});

describe('blankProjectFormTemplate', () => {
  it('filled in as in Excel (numbers typed as numbers, rates as percentages) imports as the JSON form does', async () => {
    const form = hotline();
    const workbook = await reopen(await blankProjectFormTemplate());
    const sheet = workbook.getWorksheet('项目支出绩效自评表')!;
    sheet.getCell('A2').value = `（${form.fiscalYear}年度）`;
    sheet.getCell('C3').value = form.projectName;
    sheet.getCell('C4').value = form.competentDepartment;
    sheet.getCell('H4').value = form.implementingUnit;
    const total = form.funds.total;
    [['D6', 492], ['E6', 492], ['F6', 492], ['G6', 10], ['I6', 10], ['D7', 492], ['E7', 492], ['F7', 492]]
      .forEach(([address, value]) => (sheet.getCell(address as string).value = value));
    sheet.getCell('H6').value = 1;
    // exceljs shares one style object among the cells loaded with it; Excel formats the one cell.
    sheet.getCell('H6').style = { ...sheet.getCell('H6').style, numFmt: '0%' };
    sheet.getCell('C11').value = form.goals.planned;
    sheet.getCell('G11').value = form.goals.achieved;
    fillIndicators(sheet, form.indicators);
    const totalRow = 13 + form.indicators.length;
    sheet.getCell(`G${totalRow}`).value = 100;
    sheet.getCell(`H${totalRow}`).value = 100;

    const read = await readProjectFormXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(total.executionRate).toBe('100%');
    expect(imported(read.document)).toEqual(imported(form));
  });

  it('keeps an amount unit printed once in the funds heading', async () => {
    const form = { ...hotline(), funds: { ...hotline().funds, unit: '元' } };
    const read = await readProjectFormXlsx(await renderXlsx(inputOf(form)));
    expect(read.ok && read.document.funds.unit).toBe('元');
  });

  it('refuses a file that is not an XLSX, naming the field', async () => {
    expect(await readProjectFormXlsx(Buffer.from('not a workbook'))).toEqual({ ok: false, problems: [{ path: 'file', message: expect.any(String) }] });
  });

  it('refuses the blank template with no project name, naming the cell', async () => {
    expect(await readProjectFormXlsx(await blankProjectFormTemplate())).toEqual({ ok: false, problems: [{ path: 'C3', message: expect.stringContaining('项目名称') }] });
  });
});

/** The template has one row per second-level indicator of the printed form; the hotline form has as many. */
function fillIndicators(sheet: import('exceljs').Worksheet, indicators: any[]): void {
  indicators.forEach((row, i) => {
    const r = 13 + i;
    const cells: [string, unknown][] = [['B', row.level1], ['C', row.level2], ['D', row.name], ['E', row.target], ['F', row.actual],
      ['G', row.weight === '' ? null : Number(row.weight)], ['H', row.score === '' ? null : Number(row.score)], ['I', row.deviation]];
    cells.forEach(([column, value]) => (sheet.getCell(`${column}${r}`).value = (value ?? null) as never));
  });
}
