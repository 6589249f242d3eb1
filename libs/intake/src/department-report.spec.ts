import { Workbook } from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parseImportDocument, scoreDocument } from '@jixiao/scoring';
import { beijingOffice, formCells, FormLayout, wordTable } from '@jixiao/testing';
import { readImportFile } from './read-file';

const report = beijingOffice();
const RULE_HEADINGS = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '指标解释', '实际测算值', '自评得分'];
const ruleRow = (r: any) => [`${r.level1}（${r.level1Weight}分）`, r.level2, r.name, r.weight, r.criterion, r.explanation, r.measured, r.score];

async function readOne(bytes: Buffer, name: string) {
  const forms = await readImportFile(bytes, name);
  expect(forms).toHaveLength(1);
  if (!forms[0].ok) throw new Error(JSON.stringify(forms[0].problems));
  return forms[0].document as any;
}

describe('department reports as departments hold them (SPEC §18)', () => {
  it('imports a 2018-style report that has only its rule table, flagging each missing part, never refusing', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('评分表');
    sheet.getCell('A1').value = `${report.title}`;
    sheet.mergeCells('A1:H1');
    sheet.addRow(RULE_HEADINGS);
    report.ruleIndicators.forEach((r: any) => sheet.addRow(ruleRow(r)));
    sheet.addRow(['合计', '', '', report.ruleTotal.weight, '', '', '', report.ruleTotal.score]);
    const document = await readOne(Buffer.from(await workbook.xlsx.writeBuffer()), '2018.xlsx');

    expect(document).toMatchObject({ format: 'jixiao.department-report.v1', fiscalYear: '2021', title: report.title, ruleTotal: report.ruleTotal });
    expect(document.department).toBe(report.department);
    expect(document.ruleIndicators.map((r: any) => [r.level1, r.level1Weight, r.name, r.measured, r.score]))
      .toEqual(report.ruleIndicators.map((r: any) => [r.level1, r.level1Weight, r.name, r.measured, r.score]));
    expect(document.origin.notes.filter((n: any) => n.code === 'PART_MISSING').map((n: any) => n.message)).toEqual([
      expect.stringContaining('正文'), expect.stringContaining('附件2'), expect.stringContaining('附件3'),
    ]);
    const parsed = parseImportDocument(document);
    expect(parsed.ok).toBe(true);
    const flags = scoreDocument(document).flags;
    expect(flags.filter((f) => f.path.startsWith('selfEvaluationForm'))).toEqual([]);
    expect(flags.filter((f) => f.code === 'PART_MISSING')).toHaveLength(3);
    expect(flags.filter((f) => f.code === 'PART_MISSING').every((f) => f.severity === 'warning' && f.at === '2018.xlsx')).toBe(true);
    const ruled = document.ruleIndicators.filter((r: any) => r.rule.kind !== 'levels' || Object.keys(r.rule.levels).length);
    expect(ruled.length).toBeGreaterThanOrEqual(13);
  });

  it('reads a Word report: narrative by its headings, 附件1 by its title, 附件3 as a Word table; 附件2 missing', async () => {
    const paragraph = (text: string) => new Paragraph(text);
    const table = (rows: string[][]) => new Table({ rows: rows.map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [paragraph(text)] })) })) });
    const layout: FormLayout = { rowOffset: 0, colOffset: 0, title: 'separate', headingLines: false, serial: false, splitTarget: false, numbers: false, mergeLevels: false, unitInHeading: true, footer: false };
    const form = { ...report.selfEvaluationForm, goals: { planned: '做好联络服务', achieved: '已完成' } };
    const fullForm = { fiscalYear: '2021', projectName: '部门整体支出', competentDepartment: report.department, implementingUnit: report.department, ...form,
      funds: { total: form.funds.total, currentYear: { initialBudget: '', annualBudget: '', executed: '' }, carryOver: { initialBudget: '', annualBudget: '', executed: '' }, other: { initialBudget: '', annualBudget: '', executed: '' } } };
    const { cells } = formCells(fullForm, layout);
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [
      paragraph(report.title),
      ...report.sections.flatMap((s: any) => [paragraph(s.heading), ...s.body.split('\n').map(paragraph)]),
      paragraph('附件1：部门整体支出绩效评价指标评分表'),
      table([RULE_HEADINGS, ...report.ruleIndicators.map(ruleRow), ['合计', '', '', '100', '', '', '', '96']]),
      paragraph('附件3'), paragraph('项目支出绩效自评表'), paragraph('（2021年度）'),
      wordTable(cells.filter((c) => c.row > 2)),
    ] }] }));
    const document = await readOne(docx, '报告.docx');
    expect(document.sections).toEqual(report.sections.map((s: any) => ({ heading: s.heading, body: s.body.split('\n').filter((l: string) => l.trim()).map((l: string) => l.trim()).join('\n') })));
    expect(document.ruleIndicators).toHaveLength(report.ruleIndicators.length);
    expect(document.selfEvaluationForm.indicators).toEqual(report.selfEvaluationForm.indicators);
    expect(document.selfEvaluationForm.total).toEqual(report.selfEvaluationForm.total);
    expect(document.origin.notes.filter((n: any) => n.code === 'PART_MISSING').map((n: any) => n.message)).toEqual([expect.stringContaining('附件2')]);
    expect(parseImportDocument(document).ok).toBe(true);
  });

  it('takes a Word heading style as a section heading when its number is automatic (not in the text)', async () => {
    const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, text });
    const sub = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, text });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
      heading('部门概况'), sub('（一）部门基本情况'), new Paragraph('编制人员19人。'),
      heading('存在的主要问题'), new Paragraph('预算调整率偏高。'),
    ] }] }));
    const document = await readOne(docx, 'report.docx');
    expect(document.title).toBe(report.title);
    expect(document.sections).toEqual([
      { heading: '部门概况', body: '（一）部门基本情况\n编制人员19人。' },
      { heading: '存在的主要问题', body: '预算调整率偏高。' },
    ]);
  });

  it('reads 附件1 as the 2021 report printed it: a 分值 column per level, 评价标准, 指标说明 holding the measured value', async () => {
    const headings = ['一级指标', '分值', '二级指标', '分值', '三级\n\n指标', '分值', '评价标准', '指标说明', '得分'];
    const rows = report.ruleIndicators.map((r: any) => [r.level1, r.level1Weight, r.level2, r.level2Weight, r.name, r.weight, r.criterion, r.explanation, r.score]);
    const cells = [headings, ...rows].flatMap((row, i) => row.map((text: string, c: number) => ({ row: i + 1, col: c + 1, text })));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [
      new Paragraph(report.title), new Paragraph('附件1'), new Paragraph('部门整体支出绩效评价指标表'), wordTable(cells),
    ] }] }));
    const document = await readOne(docx, '附件1.docx');
    const strip = ({ measured: _m, ...row }: any) => row;
    expect(document.ruleIndicators.map(strip)).toEqual(report.ruleIndicators.map(strip));
    expect(document.ruleIndicators.slice(0, 4).map((r: any) => r.measured)).toEqual(['100%', '-10.01%', '100%', '38.22%']);
  });

  it('reads 附件2 typed as the printed grid into the import format’s keys, and keeps a layout it does not know row by row', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('附件2');
    sheet.addRow([`${report.department}部门整体支出绩效评价基础数据表`]);
    sheet.addRow(['财政供养人员情况（人）', '编制数', '实际在职人数', '控制率']);
    sheet.addRow(['', 14, 14, 1]).getCell(4).numFmt = '0%';
    sheet.addRow(['经费控制情况（万元）', '2020年决算数', '2021年预算数', '2021年决算数']);
    sheet.addRow(['三公经费', '33.44', '50.08', '38.78']);
    sheet.addRow(['   3、公务接待', '23.21', '20.88', '25.54']);
    sheet.addRow(['部门基本支出预算调整', '71.01', '147.78', '147.78']);
    sheet.addRow(['填表人：        填报日期：']);
    const read = await readOne(Buffer.from(await workbook.xlsx.writeBuffer()), '2021附件2.xlsx');
    expect(read.baseData).toEqual({
      staffing: { authorized: '14', actual2021: '14', controlRate: '100%' },
      threePublicExpenses: { columns: ['2020年决算数', '2021年预算数', '2021年决算数'], total: ['33.44', '50.08', '38.78'], reception: ['23.21', '20.88', '25.54'] },
      basicExpenditureAdjustment: ['71.01', '147.78', '147.78'],
    });
    expect(read.origin.notes.filter((n: any) => n.code === 'CELL_UNPLACED')).toEqual([]);

    sheet.getCell('A7').value = '厉行节约保障措施';
    const foreign = await readOne(Buffer.from(await workbook.xlsx.writeBuffer()), '2021附件2.xlsx');
    expect(foreign.baseData.rows).toContainEqual(['厉行节约保障措施', '71.01', '147.78', '147.78']);
  });
});
