import Decimal from 'decimal.js';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { baseDataTables } from '../base-data';
import { borderRows, put } from './sheet-style';

const TITLE = '附件2：部门整体支出绩效评价基础数据表';
const INDENT = /^\u3000+/;
const FIGURE = /^-?(0|[1-9]\d{0,11})(\.(\d{1,6}))?(%?)$/;

/**
 * 附件2 基础数据表 as the PDF and DOCX print it (libs/documents/src/base-data.ts): the row names in column A, each
 * table's heading row over its values, one bordered grid whose value cells are merged to share its widest table's
 * columns. Figures are numbers under the format they were printed with (`23.21` as 0.00, `100%` as 0%), so Excel
 * sums them and intake reads back the same text.
 */
export function addBaseDataSheet(workbook: Workbook, baseData: unknown): Worksheet {
  const tables = baseDataTables(baseData ?? {});
  const values = Math.max(1, ...tables.map((t) => t.headings.length - 1));
  const sheet = workbook.addWorksheet('附件2 基础数据表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 34 }, ...Array.from({ length: values }, () => ({ width: 14 }))];
  sheet.mergeCells(1, 1, 1, values + 1);
  put(sheet, 'A1', tables[0]?.title || TITLE, { bold: true, size: 14 });
  sheet.getRow(1).height = 28;
  let row = 2;
  for (const table of tables) {
    putRow(sheet, row++, table.headings, values, true);
    for (const cells of table.rows) putRow(sheet, row++, cells, values, false);
  }
  borderRows(sheet, 2, row - 1, values + 1);
  const footer = tables[tables.length - 1]?.footer;
  if (footer) {
    sheet.mergeCells(row, 1, row, values + 1);
    put(sheet, sheet.getCell(row, 1).address, footer, { align: 'left' });
    sheet.getRow(row).height = 24;
  }
  return sheet;
}

/** A row name, then its cells spread over the value columns (a three-column table's cell spans two of six). */
function putRow(sheet: Worksheet, row: number, cells: string[], values: number, heading: boolean): void {
  const [name, ...rest] = cells;
  const label = put(sheet, `A${row}`, (name ?? '').replace(INDENT, ''), { bold: heading, align: heading ? 'center' : 'left' });
  const indent = INDENT.exec(name ?? '')?.[0].length ?? 0;
  if (indent) label.alignment = { ...label.alignment, indent };
  const width = Math.max(1, Math.floor(values / Math.max(rest.length, 1)));
  rest.forEach((text, i) => {
    const from = 2 + i * width;
    const to = i === rest.length - 1 ? values + 1 : from + width - 1;
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = put(sheet, sheet.getCell(row, from).address, text, { bold: heading });
    if (!heading) asFigure(cell, text);
  });
}

/** `23.21` → 23.21 under 0.00, `100%` → 1 under 0%: the number Excel computes with, printed as it was. */
function asFigure(cell: Cell, text: string): void {
  const figure = FIGURE.exec(text ?? '');
  if (!figure) return;
  const [, , , decimals = '', percent] = figure;
  const value = new Decimal(text.replace('%', ''));
  cell.value = (percent ? value.div(100) : value).toNumber();
  cell.numFmt = `0${decimals ? `.${'0'.repeat(decimals.length)}` : ''}${percent}`;
  cell.alignment = { ...cell.alignment, horizontal: 'right' };
}
