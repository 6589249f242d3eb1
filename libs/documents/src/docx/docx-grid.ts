import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { FormGrid, GridCell } from '../form-grid';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };

const text = (cell: GridCell, size: number) => cell.text.split('\n').map((line) => new Paragraph({
  alignment: cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
  children: [new TextRun({ text: line, size, bold: cell.bold, font: FONT })],
}));

/** The printed form as Word draws it: title lines, then one table whose merged cells are the grid's spans. */
export function formGridBlocks(grid: FormGrid): (Paragraph | Table)[] {
  const titles = grid.cells.filter((c) => c.row < grid.tableFrom).sort((a, b) => a.row - b.row).flatMap((c) => text(c, (c.size ?? 11) * 2));
  const footer = grid.footer ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: grid.footer, size: 21, font: FONT })] })] : [];
  return [...titles, gridTable(grid), ...footer];
}

function gridTable(grid: FormGrid): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const percent = (from: number, span: number) =>
    Math.round((grid.widths.slice(from - 1, from - 1 + span).reduce((a, b) => a + b, 0) / total) * 100);
  const rows: TableRow[] = [];
  for (let row = grid.tableFrom; row <= grid.lastRow; row++) {
    const children: TableCell[] = [];
    for (let col = 1; col <= grid.widths.length;) {
      const cell = grid.cells.find((c) => c.row === row && c.col === col);
      const span = cell?.colSpan ?? 1;
      // A cell merged down from an earlier row: docx writes its continuation itself.
      const above = cell ? undefined : grid.cells.find((c) => c.col === col && c.row < row && c.row + (c.rowSpan ?? 1) > row);
      if (above) {
        col += above.colSpan ?? 1;
        continue;
      }
      children.push(new TableCell({
        columnSpan: span, rowSpan: cell?.rowSpan, verticalAlign: VerticalAlign.CENTER,
        width: { size: percent(col, span), type: WidthType.PERCENTAGE },
        children: cell ? text(cell, 18) : [new Paragraph('')],
      }));
      col += span;
    }
    rows.push(new TableRow({ children }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}
