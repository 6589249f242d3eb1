import PDFDocument from 'pdfkit';
import { CJK_FONT_FIX, findCjkFont, CjkFont } from '../fonts';
import { projectFormGrid } from '../form-grid';
import { reportContent } from '../report-rows';
import { formOf, isDepartmentReport, RenderInput, STATE_NAMES } from '../render-input';
import { drawGrid } from './pdf-grid';
import { drawTable } from './pdf-table';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The report as PDF with an embedded CJK font, so Chinese renders on any reader; the form as the printed grid. */
export async function renderPdf(input: RenderInput, options: { font?: CjkFont } = {}): Promise<Buffer> {
  const font = options.font ?? findCjkFont();
  if (!font) throw new Error(CJK_FONT_FIX);
  const content = reportContent(input);
  const doc = new PDFDocument({
    size: 'A4', margin: 36,
    info: { Title: content.title, Author: 'Jixiao 绩效', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', font.path, font.family as string);
  doc.font('cjk');
  versionLine(doc, input);
  if (isDepartmentReport(input.document)) {
    doc.fontSize(18).text(content.title, { align: 'center' });
    doc.fontSize(11).text(content.subtitle, { align: 'center' }).moveDown(0.5);
    for (const [label, value] of content.meta) doc.fontSize(10).text(`${label}：${value ?? ''}`);
    for (const section of content.sections) {
      doc.moveDown(0.5).fontSize(12).text(section.heading);
      doc.fontSize(10).text(section.body, { indent: 20, paragraphGap: 4 });
    }
    for (const table of content.tables.filter((t) => t.kind === 'rules')) drawTable(doc.moveDown(0.5), table);
    doc.addPage().fontSize(12).text('附件3：项目支出绩效自评表');
  }
  const { form, result, heading } = formOf(input);
  drawGrid(doc, projectFormGrid({ form, result, heading, reviewScores: input.reviewScores }));
  for (const table of content.tables.filter((t) => t.kind === 'flags')) drawTable(doc.moveDown(0.5), table);
  doc.end();
  return done;
}

function versionLine(doc: PDFKit.PDFDocument, input: RenderInput): void {
  doc.fontSize(7).fillColor('#666666')
    .text(`第 ${input.revision} 次修订 · 版本 ${input.version} · ${STATE_NAMES[input.state] ?? input.state}`, { align: 'right' })
    .fillColor('#000000');
}
