import { Workbook, Worksheet } from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

// Test-only: a project form laid out the ways bureaus' templates do (not Jixiao's own layout), written as XLSX
// or as a Word table, so import tests can check that every layout reads back to the form it was made from.

export interface FormLayout {
  rowOffset: number;
  colOffset: number;
  /** `inline`: 2024年度项目支出绩效自评表; `separate`: the year on its own line. */
  title: 'inline' | 'separate';
  headingLines: boolean;
  serial: boolean;
  splitTarget: boolean;
  /** Amounts, weights and rates stored as Excel numbers with number formats. */
  numbers: boolean;
  mergeLevels: boolean;
  unitInHeading: boolean;
  footer: boolean;
  /** Labels in single cells with an empty cell before the value, as sloppy templates have. */
  gapAfterLabels?: boolean;
  /** Level names broken into lines and numbers padded with an ideographic space, as narrow printed cells have. */
  wrapped?: boolean;
}

export interface LayoutCell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  text: string;
  number?: { value: number; numFmt: string };
}

const COMPARATOR = /^(≥|≤|>=|<=|＝|=|═|>|<|＞|＜|≧|≦)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$/;

/** ≥90% → ['≥', '90', '%']; a qualitative target stays whole. */
export function splitTarget(target: string): [string, string, string] {
  const match = COMPARATOR.exec(target);
  return match ? [match[1] ?? '', match[2], match[3]] : ['', target, ''];
}

/** The cells of one form, from row 1 (plus offsets); returns them and the last row. */
export function formCells(form: any, layout: FormLayout, firstRow = 1): { cells: LayoutCell[]; lastRow: number } {
  const cells: LayoutCell[] = [];
  const c0 = 1 + layout.colOffset;
  let row = firstRow + layout.rowOffset;
  const targetColumns = layout.splitTarget ? 3 : 1;
  const columns = (layout.serial ? 1 : 0) + 3 + targetColumns + 4;
  const width = Math.max(columns, 8);
  const put = (cell: LayoutCell) => cells.push({ ...cell, col: c0 + cell.col - 1 });
  const line = (text: string) => put({ row: row++, col: 1, colSpan: width, text });
  if (layout.headingLines) {
    line('附件2');
    put({ row, col: 1, colSpan: 4, text: `填报单位（盖章）：${form.implementingUnit}` });
    put({ row: row++, col: width - 1, colSpan: 2, text: '单位：万元' });
  }
  if (layout.title === 'inline') line(`${form.fiscalYear}年度项目支出绩效自评表`);
  else {
    line('项目支出绩效自评表');
    line(`（${form.fiscalYear}年度）`);
  }
  const labelSpan = layout.gapAfterLabels ? 1 : 2;
  put({ row, col: 1, colSpan: labelSpan, text: '项目名称' });
  put({ row: row++, col: 3, colSpan: width - 2, text: form.projectName });
  put({ row, col: 1, colSpan: labelSpan, text: '主管部门' });
  put({ row, col: 3, colSpan: 2, text: form.competentDepartment });
  put({ row, col: 5, colSpan: 1, text: '实施单位' });
  put({ row: row++, col: 6, colSpan: width - 5, text: form.implementingUnit });
  row = fundsCells(form, layout, put, row, width);
  put({ row, col: 1, rowSpan: 2, colSpan: 2, text: '年度总体目标' });
  const half = Math.floor((width - 2) / 2);
  put({ row, col: 3, colSpan: half, text: '预期目标' });
  put({ row: row++, col: 3 + half, colSpan: width - 2 - half, text: '实际完成情况' });
  put({ row, col: 3, colSpan: half, text: form.goals.planned });
  put({ row: row++, col: 3 + half, colSpan: width - 2 - half, text: form.goals.achieved });
  row = indicatorCells(form, layout, put, row);
  if (layout.footer) line('填表人：张三　　联系电话：0554-1234567　　填报日期：2025年1月10日');
  return { cells, lastRow: row - 1 };
}

function fundsCells(form: any, layout: FormLayout, put: (cell: LayoutCell) => void, first: number, width: number): number {
  let row = first;
  put({ row, col: 1, rowSpan: 5, colSpan: 2, text: layout.unitInHeading ? '项目资金（万元）' : '项目资金' });
  ['', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'].forEach((text, i) => put({ row, col: 3 + i, text }));
  row++;
  const rows: [string, string][] = [['total', '年度资金总额'], ['currentYear', '其中：当年财政拨款'], ['carryOver', '上年结转资金'], ['other', '其他资金']];
  for (const [key, label] of rows) {
    const funds = form.funds[key] ?? {};
    put({ row, col: 3, text: label });
    const values = [funds.initialBudget, funds.annualBudget, funds.executed, key === 'total' ? funds.weight : '—',
      key === 'total' ? funds.executionRate : '—', key === 'total' ? funds.score : '—'];
    values.forEach((text, i) => put(numbered({ row, col: 4 + i, text: text ?? '' }, layout)));
    row++;
  }
  void width;
  return row;
}

function indicatorCells(form: any, layout: FormLayout, put: (cell: LayoutCell) => void, first: number): number {
  let row = first;
  const headings = [...(layout.serial ? ['序号'] : []), '一级指标', '二级指标', '三级指标'];
  const twoRows = layout.splitTarget;
  let col = 1;
  for (const text of headings) put({ row, col: col++, rowSpan: twoRows ? 2 : 1, text });
  if (layout.splitTarget) {
    put({ row, col, colSpan: 3, text: '年度指标值' });
    ['指标性质', '指标值', '度量单位'].forEach((text, i) => put({ row: row + 1, col: col + i, text }));
    col += 3;
  } else put({ row, col: col++, text: '年度指标值' });
  const rest = ['实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  rest.forEach((text) => put({ row, col: col++, rowSpan: twoRows ? 2 : 1, text }));
  row += twoRows ? 2 : 1;
  const indicators: any[] = form.indicators;
  indicators.forEach((indicator, i) => {
    let c = 1;
    if (layout.serial) put({ row, col: c++, text: String(i + 1) });
    const runStart = i === 0 || indicators[i - 1].level1 !== indicator.level1;
    const level1 = layout.wrapped ? wrap(indicator.level1) : indicator.level1;
    if (!layout.mergeLevels) put({ row, col: c, text: level1 });
    else if (runStart) {
      let span = 1;
      while (i + span < indicators.length && indicators[i + span].level1 === indicator.level1) span++;
      put({ row, col: c, rowSpan: span, text: level1 });
    }
    c++;
    put({ row, col: c++, text: indicator.level2 });
    put({ row, col: c++, text: indicator.name });
    if (layout.splitTarget) splitTarget(indicator.target).forEach((text) => put({ row, col: c++, text }));
    else put({ row, col: c++, text: indicator.target });
    put({ row, col: c++, text: indicator.actual });
    put(numbered({ row, col: c++, text: layout.wrapped && indicator.weight ? `\u3000${indicator.weight}` : indicator.weight }, layout));
    put(numbered({ row, col: c++, text: indicator.score }, layout));
    put({ row, col: c++, text: indicator.deviation });
    row++;
  });
  const weightCol = headings.length + (layout.splitTarget ? 3 : 1) + 2;
  put({ row, col: 1, colSpan: weightCol - 1, text: '总分' });
  put(numbered({ row, col: weightCol, text: form.total.weight }, layout));
  put(numbered({ row: row++, col: weightCol + 1, text: form.total.score }, layout));
  return row;
}

/** `产出指标(50分)` as a narrow cell prints it: a character a line, the points on their own line. */
const wrap = (text: string) => text.replace(/^([^(（]*)/, (name) => [...name].join('\n')).replace(/([(（])/, '\n\n$1');

/** A cell Excel would hold as a number: plain amounts, and rates as fractions formatted as percentages. */
function numbered(cell: LayoutCell, layout: FormLayout): LayoutCell {
  if (!layout.numbers) return cell;
  const percent = /^(\d+(?:\.(\d+))?)%$/.exec(cell.text);
  if (percent) return { ...cell, number: { value: Number(percent[1]) / 100, numFmt: percent[2] ? `0.${'0'.repeat(percent[2].length)}%` : '0%' } };
  if (/^\d+(\.\d+)?$/.test(cell.text) && String(Number(cell.text)) === cell.text) return { ...cell, number: { value: Number(cell.text), numFmt: 'General' } };
  return cell;
}

export function writeCells(sheet: Worksheet, cells: LayoutCell[]): void {
  for (const cell of cells) {
    if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) {
      sheet.mergeCells(cell.row, cell.col, cell.row + (cell.rowSpan ?? 1) - 1, cell.col + (cell.colSpan ?? 1) - 1);
    }
    const target = sheet.getCell(cell.row, cell.col);
    if (cell.number) {
      target.value = cell.number.value;
      target.numFmt = cell.number.numFmt;
    } else target.value = cell.text;
  }
}

/** Forms on sheets: `sheets[i]` lists the forms of sheet i, stacked with a blank row between; `说明` first if asked. */
export async function layoutWorkbook(sheets: any[][], layout: FormLayout, withNotesSheet = false): Promise<Buffer> {
  const workbook = new Workbook();
  if (withNotesSheet) workbook.addWorksheet('说明').getCell('A1').value = '填表说明：请按财政局下发的模板填写，金额单位为万元。';
  sheets.forEach((forms, i) => {
    const sheet = workbook.addWorksheet(`Sheet${i + 1}`);
    let next = 1;
    for (const form of forms) {
      const { cells, lastRow } = formCells(form, layout, next);
      writeCells(sheet, cells);
      next = lastRow + 2;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The form as a Word document: title lines as paragraphs, the table with gridSpan / vMerge merges. */
export async function layoutDocx(form: any, layout: FormLayout): Promise<Buffer> {
  const { cells } = formCells(form, { ...layout, rowOffset: 0, colOffset: 0, numbers: false }, 1);
  const firstRow = cells.find((c) => c.text === '项目名称')!.row;
  const totalRow = cells.find((c) => c.text === '总分')!.row;
  const before = cells.filter((c) => c.row < firstRow);
  const after = cells.filter((c) => c.row > totalRow);
  const body = cells.filter((c) => c.row >= firstRow && c.row <= totalRow);
  const paragraph = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });
  const document = new Document({
    sections: [{ children: [...before.map((c) => paragraph(c.text)), wordTable(body), ...after.map((c) => paragraph(c.text))] }],
  });
  return Packer.toBuffer(document);
}

export function wordTable(cells: LayoutCell[]): Table {
  const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  const width = Math.max(...cells.map((c) => c.col + (c.colSpan ?? 1) - 1));
  return new Table({
    rows: rows.map((row) => {
      const children: TableCell[] = [];
      for (let col = 1; col <= width;) {
        const cell = cells.find((c) => c.row === row && c.col === col);
        const above = cell ? undefined : cells.find((c) => c.col === col && c.row < row && c.row + (c.rowSpan ?? 1) > row);
        if (above) {
          col += above.colSpan ?? 1;
          continue;
        }
        const span = cell?.colSpan ?? 1;
        children.push(new TableCell({ columnSpan: span, rowSpan: cell?.rowSpan, children: [new Paragraph(cell?.text ?? '')] }));
        col += span;
      }
      return new TableRow({ children });
    }),
  });
}
