import PDFDocument from 'pdfkit';
import { CjkFont, findCjkFont } from '../fonts';
import { reportContent } from '../report-rows';
import { RenderInput, STATE_NAMES } from '../render-input';
import { drawTable } from './pdf-table';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The report as PDF with an embedded CJK font, so Chinese renders on any reader. */
export async function renderPdf(input: RenderInput, options: { font?: CjkFont } = {}): Promise<Buffer> {
  const font = options.font ?? findCjkFont();
  if (!font) throw new Error('no CJK font installed: run scripts/install-fonts.sh (fonts-wqy-microhei)');
  const content = reportContent(input);
  const doc = new PDFDocument({
    size: 'A4', layout: 'landscape', margin: 36,
    info: { Title: content.title, Author: 'Jixiao 绩效', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', font.path, font.family as string);
  doc.font('cjk');
  doc.fontSize(18).text(content.title, { align: 'center' });
  doc.fontSize(11).text(content.subtitle, { align: 'center' });
  doc.fontSize(8).fillColor('#666666')
    .text(`第 ${input.revision} 次修订 · 版本 ${input.version} · ${STATE_NAMES[input.state] ?? input.state}`, { align: 'right' })
    .fillColor('#000000');
  doc.moveDown(0.5);
  for (const [label, value] of content.meta) doc.fontSize(10).text(`${label}：${value ?? ''}`);
  for (const section of content.sections) {
    doc.moveDown(0.5).fontSize(12).text(section.heading);
    doc.fontSize(10).text(section.body, { indent: 20, paragraphGap: 4 });
  }
  for (const table of content.tables) {
    doc.moveDown(0.5);
    drawTable(doc, table);
  }
  doc.end();
  return done;
}
