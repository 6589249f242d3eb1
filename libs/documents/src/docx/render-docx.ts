import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ReportContent, reportContent, TableBlock } from '../report-rows';
import { formOf, isDepartmentReport, STATE_NAMES, type RenderInput } from '../render-input';
import { projectFormGrid } from '../form-grid';
import { formGridBlocks } from './docx-grid';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };

/** The whole report as Word: title, narrative sections, then the tables. */
export async function renderDocx(input: RenderInput): Promise<Buffer> {
  const content = reportContent(input);
  const { form, result, heading } = formOf(input);
  const department = isDepartmentReport(input.document);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(versionLine(input), 14)] }),
    ...(department ? narrative(content) : []),
    ...formGridBlocks(projectFormGrid({ form, result, heading, reviewScores: input.reviewScores })),
  ];
  for (const table of content.tables.filter((t) => t.kind === 'flags')) children.push(...tableBlocks(table));
  const document = new Document({
    creator: 'Jixiao 绩效',
    title: `${input.title}（版本 ${input.version}）`,
    sections: [{ properties: { page: { size: { orientation: 'landscape' } } }, children }],
  });
  return Packer.toBuffer(document);
}

/** A department report's title, narrative and 附件1–2, before its 附件3 form on a page of its own. */
function narrative(content: ReportContent): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(content.title, 32, true)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(content.subtitle, 24)] }),
    ...content.meta.map(([label, value]) => new Paragraph({ children: [run(`${label}：`, 21, true), run(value, 21)] })),
  ];
  for (const section of content.sections) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(section.heading, 26, true)] }));
    section.body.split(/\n+/).forEach((line) => blocks.push(new Paragraph({ children: [run(line, 21)], indent: { firstLine: 420 } })));
  }
  for (const table of content.tables.filter((t) => t.kind === 'rules')) blocks.push(...tableBlocks(table));
  blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [run('附件3：项目支出绩效自评表', 24, true)] }));
  return blocks;
}

/** A table with its title above (tables continuing one printed table have none) and its footer line below. */
const tableBlocks = (table: TableBlock): (Paragraph | Table)[] => [
  ...(table.title ? [heading2(table.title)] : []),
  tableOf(table),
  ...(table.footer ? [new Paragraph({ spacing: { before: 120 }, children: [run(table.footer, 21)] })] : []),
];

const heading2 = (title: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(title, 24, true)] });
const versionLine = (input: RenderInput) =>
  `第 ${input.revision} 次修订 · 版本 ${input.version} · ${STATE_NAMES[input.state] ?? input.state}`;

const run = (text: string, size: number, bold = false) => new TextRun({ text: text ?? '', size, bold, font: FONT });

function tableOf(block: TableBlock): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, bold = false) => new TableCell({
    width: { size: Math.round((block.widths[i] / total) * 100), type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [run(text ?? '', 18, bold)] })],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.headings.map((h, i) => cell(h, i, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((v, i) => cell(v, i)) })),
    ],
  });
}
