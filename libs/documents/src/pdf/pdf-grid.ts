import type { FormGrid, GridCell } from '../form-grid';

const PADDING = 2.5;
const FONT_SIZE = 8.5;
const MIN_ROW = 15;
// Excel's row height unit is the point; a tall goals row keeps the printed proportion at about two thirds.
const TALL_ROW_SCALE = 0.66;

interface Placed {
  page: number;
  y: number;
}

/** Draws the form grid as printed: title lines, then one bordered table with its merged cells. */
export function drawGrid(doc: PDFKit.PDFDocument, grid: FormGrid): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((w) => (w / total) * usable);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  for (const cell of grid.cells.filter((c) => c.row < grid.tableFrom)) {
    doc.fontSize(cell.size ?? 10).text(cell.text, left, doc.y, { width: usable, align: 'center' });
  }
  doc.moveDown(0.4);
  const tableCells = grid.cells.filter((c) => c.row >= grid.tableFrom);
  const heights = rowHeights(doc, grid, tableCells, widths);
  const placed = placeRows(doc, grid, heights);
  let page = 0;
  for (let row = grid.tableFrom; row <= grid.lastRow; row++) {
    if (placed[row].page !== page) {
      doc.addPage();
      page = placed[row].page;
    }
    for (const cell of tableCells) drawSegment(doc, cell, row, { widths, xs, heights, placed });
  }
  doc.x = left;
  doc.y = placed[grid.lastRow].y + heights[grid.lastRow] + 6;
  if (grid.footer) doc.fontSize(9).text(grid.footer, left, doc.y, { width: usable }).moveDown(0.3);
}

/** A number or rate never wraps (`89.82%` stays on one line): a cell too narrow for it sets it smaller. */
export function fittingSize(doc: PDFKit.PDFDocument, text: string, width: number, size: number): number {
  if (!/^[^\s\u3000-\u9fff\uff00-\uffef]{1,16}$/.test(text ?? '')) return size;
  doc.fontSize(size);
  const natural = doc.widthOfString(text);
  return natural <= width ? size : Math.max(4, Math.floor((size * width * 10) / natural) / 10);
}

function spanWidth(cell: GridCell, widths: number[]): number {
  return widths.slice(cell.col - 1, cell.col - 1 + (cell.colSpan ?? 1)).reduce((a, b) => a + b, 0);
}

function textHeight(doc: PDFKit.PDFDocument, cell: GridCell, widths: number[]): number {
  const width = spanWidth(cell, widths) - PADDING * 2;
  doc.fontSize(fittingSize(doc, cell.text, width, FONT_SIZE));
  return doc.heightOfString(cell.text || ' ', { width }) + PADDING * 2;
}

function rowHeights(doc: PDFKit.PDFDocument, grid: FormGrid, cells: GridCell[], widths: number[]): Record<number, number> {
  const heights: Record<number, number> = {};
  for (let row = grid.tableFrom; row <= grid.lastRow; row++) heights[row] = Math.max(MIN_ROW, (grid.tallRows[row] ?? 0) * TALL_ROW_SCALE);
  for (const cell of cells.filter((c) => (c.rowSpan ?? 1) === 1)) {
    heights[cell.row] = Math.max(heights[cell.row], textHeight(doc, cell, widths));
  }
  // A merged cell taller than its rows together makes its last row taller, as a spreadsheet would.
  for (const cell of cells.filter((c) => (c.rowSpan ?? 1) > 1)) {
    const rows = Array.from({ length: cell.rowSpan! }, (_, i) => cell.row + i);
    const deficit = textHeight(doc, cell, widths) - rows.reduce((sum, r) => sum + heights[r], 0);
    if (deficit > 0) heights[rows[rows.length - 1]] += deficit;
  }
  return heights;
}

function placeRows(doc: PDFKit.PDFDocument, grid: FormGrid, heights: Record<number, number>): Record<number, Placed> {
  const bottom = doc.page.height - doc.page.margins.bottom;
  const placed: Record<number, Placed> = {};
  let page = 0;
  let y = doc.y;
  for (let row = grid.tableFrom; row <= grid.lastRow; row++) {
    if (y + heights[row] > bottom && y > doc.page.margins.top) {
      page += 1;
      y = doc.page.margins.top;
    }
    placed[row] = { page, y };
    y += heights[row];
  }
  return placed;
}

interface Layout {
  widths: number[];
  xs: number[];
  heights: Record<number, number>;
  placed: Record<number, Placed>;
}

/** Draws the part of a cell that lies on the page of `row`, when `row` is where that part begins. */
function drawSegment(doc: PDFKit.PDFDocument, cell: GridCell, row: number, layout: Layout): void {
  const last = cell.row + (cell.rowSpan ?? 1) - 1;
  if (row < cell.row || row > last) return;
  const page = layout.placed[row].page;
  const startsHere = row === cell.row || layout.placed[row - 1].page !== page;
  if (!startsHere) return;
  let end = row;
  while (end < last && layout.placed[end + 1].page === page) end++;
  const top = layout.placed[row].y;
  const height = layout.placed[end].y + layout.heights[end] - top;
  const x = layout.xs[cell.col - 1];
  const width = spanWidth(cell, layout.widths);
  doc.lineWidth(0.6).rect(x, top, width, height).stroke('#000000');
  if (row !== cell.row || !cell.text) return;
  doc.fillColor('#000000').fontSize(fittingSize(doc, cell.text, width - PADDING * 2, FONT_SIZE));
  const options = { width: width - PADDING * 2, align: cell.align ?? 'center' } as const;
  const textTop = top + Math.max(PADDING, (height - doc.heightOfString(cell.text, options)) / 2);
  doc.text(cell.text, x + PADDING, textTop, { ...options, height: height - PADDING, ellipsis: true });
}
