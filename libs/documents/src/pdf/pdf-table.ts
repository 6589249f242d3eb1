import type PDFDocument from 'pdfkit';
import type { TableBlock } from '../report-rows';
import { fittingSize } from './pdf-grid';

const PADDING = 3;
const FONT_SIZE = 8;

/** Draws a bordered table with wrapped cells, repeating the heading row after each page break. */
export function drawTable(doc: PDFKit.PDFDocument, block: TableBlock): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / total) * usable);
  if (block.title) doc.fontSize(11).text(block.title, left, doc.y + 6).moveDown(0.3);
  drawRow(doc, block.headings, widths, left, true);
  for (const row of block.rows) {
    if (doc.y + rowHeight(doc, row, widths) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(doc, block.headings, widths, left, true);
    }
    drawRow(doc, row, widths, left, false);
  }
  if (block.footer) doc.fontSize(9).text(block.footer, left, doc.y + 4, { width: usable });
  doc.x = left;
}

function rowHeight(doc: PDFKit.PDFDocument, row: string[], widths: number[]): number {
  return Math.max(...row.map((text, i) => {
    doc.fontSize(fittingSize(doc, text, widths[i] - PADDING * 2, FONT_SIZE));
    return doc.heightOfString(text || ' ', { width: widths[i] - PADDING * 2 });
  })) + PADDING * 2;
}

function drawRow(doc: PDFKit.PDFDocument, row: string[], widths: number[], left: number, isHeading: boolean): void {
  const top = doc.y;
  const height = rowHeight(doc, row, widths);
  let x = left;
  row.forEach((text, i) => {
    if (isHeading) doc.rect(x, top, widths[i], height).fillAndStroke('#eef2f7', '#333333');
    else doc.rect(x, top, widths[i], height).stroke('#333333');
    doc.fillColor('#000000').fontSize(fittingSize(doc, text, widths[i] - PADDING * 2, FONT_SIZE)).text(text ?? '', x + PADDING, top + PADDING, { width: widths[i] - PADDING * 2 });
    x += widths[i];
  });
  doc.y = top + height;
}

export type { PDFDocument };
