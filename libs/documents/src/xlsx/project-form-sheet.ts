import type { Workbook, Worksheet } from 'exceljs';
import { FormGridInput, projectFormGrid } from '../form-grid';
import { borderRows, put } from './sheet-style';

export { FIRST_INDICATOR_ROW } from '../form-grid';
export type FormSheetInput = FormGridInput;

/** 项目支出绩效自评表 in the layout of the printed seed forms (rows and merged headings as printed). */
export function addProjectFormSheet(workbook: Workbook, name: string, input: FormSheetInput): Worksheet {
  const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const grid = projectFormGrid(input);
  sheet.columns = grid.widths.map((width) => ({ width }));
  for (const cell of grid.cells) {
    const rowSpan = cell.rowSpan ?? 1;
    const colSpan = cell.colSpan ?? 1;
    if (rowSpan > 1 || colSpan > 1) sheet.mergeCells(cell.row, cell.col, cell.row + rowSpan - 1, cell.col + colSpan - 1);
    put(sheet, sheet.getCell(cell.row, cell.col).address, cell.text, { bold: cell.bold, size: cell.size, align: cell.align });
  }
  for (const [row, height] of Object.entries(grid.tallRows)) sheet.getRow(Number(row)).height = height;
  borderRows(sheet, grid.tableFrom, grid.lastRow, grid.widths.length);
  const footer = grid.lastRow + 2;
  sheet.mergeCells(footer, 1, footer, grid.widths.length);
  put(sheet, sheet.getCell(footer, 1).address, grid.footer, { align: 'left' });
  return sheet;
}
