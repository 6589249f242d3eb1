import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { Cell, Grid, GridBuilder } from '../grid';
import { UnreadableFile } from './xlsx-grids';

// A Word document read from its XML (not converted to HTML): paragraphs become one-cell rows and each table
// its rows, in body order, so a form in a Word table is read by the same reader as a sheet. Merges come
// from w:gridSpan (across) and w:vMerge (down), as Word stores them.

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  ignoreAttributes: false, preserveOrder: true, trimValues: false, parseTagValue: false, parseAttributeValue: false,
});

export async function docxGrid(bytes: Buffer, name: string): Promise<Grid> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (!xml) throw new UnreadableFile('不是有效的 DOCX 文件');
  const body = find(find(parser.parse(xml) as Node[], 'w:document'), 'w:body');
  const grid = new GridBuilder(name);
  const counter = { row: 0, paragraph: 0, table: 0 };
  walkBody(body, grid, counter);
  return grid.build();
}

function walkBody(nodes: Node[], grid: GridBuilder, counter: { row: number; paragraph: number; table: number }): void {
  for (const node of nodes) {
    if ('w:p' in node) {
      counter.paragraph += 1;
      const text = paragraphText(node['w:p'] as Node[]).trim();
      if (!text) continue;
      counter.row += 1;
      const heading = isHeading(find(node['w:p'] as Node[], 'w:pPr'));
      grid.put({ text, row: counter.row, col: 1, rowSpan: 1, colSpan: 1, place: `第${counter.paragraph}段`, ...(heading ? { heading } : {}) });
    } else if ('w:tbl' in node) {
      counter.table += 1;
      counter.row = putTable(node['w:tbl'] as Node[], grid, counter.row, counter.table);
    } else if ('w:sdt' in node) {
      walkBody(find(node['w:sdt'] as Node[], 'w:sdtContent'), grid, counter);
    } else if ('w:customXml' in node) {
      walkBody(node['w:customXml'] as Node[], grid, counter);
    }
  }
}

/** Puts a table's cells below row `after`; returns its last row. */
function putTable(table: Node[], grid: GridBuilder, after: number, number: number): number {
  const rows = rowsOf(table);
  const open = new Map<number, Cell>();
  const cells: Cell[] = [];
  rows.forEach((tr, i) => {
    const row = after + 1 + i;
    let col = 1 + (Number(attribute(findNode(find(tr, 'w:trPr'), 'w:gridBefore'), 'w:val') ?? 0) || 0);
    for (const tc of cellsOf(tr)) {
      const properties = find(tc, 'w:tcPr');
      const span = Math.max(1, Number(attribute(findNode(properties, 'w:gridSpan'), 'w:val') ?? 1) || 1);
      const vMerge = findNode(properties, 'w:vMerge');
      const above = open.get(col);
      if (vMerge && attribute(vMerge, 'w:val') !== 'restart' && above && above.colSpan === span) {
        above.rowSpan = row - above.row + 1;
      } else {
        const cell: Cell = { text: cellText(tc), row, col, rowSpan: 1, colSpan: span, place: `表格${number} 第${i + 1}行第${col}列` };
        cells.push(cell);
        for (let c = col; c < col + span; c++) open.delete(c);
        if (vMerge) open.set(col, cell);
      }
      col += span;
    }
  });
  for (const cell of cells) grid.put(cell);
  return after + rows.length;
}

/** Table rows, including those wrapped in content controls or custom XML. */
function rowsOf(table: Node[]): Node[][] {
  return table.flatMap((n) => ('w:tr' in n ? [n['w:tr'] as Node[]]
    : 'w:sdt' in n ? rowsOf(find(n['w:sdt'] as Node[], 'w:sdtContent'))
      : 'w:customXml' in n ? rowsOf(n['w:customXml'] as Node[]) : []));
}

/** Table cells, including those wrapped in content controls. */
function cellsOf(tr: Node[]): Node[][] {
  return tr.flatMap((n) => ('w:tc' in n ? [n['w:tc'] as Node[]]
    : 'w:sdt' in n ? cellsOf(find(n['w:sdt'] as Node[], 'w:sdtContent'))
      : 'w:customXml' in n ? cellsOf(n['w:customXml'] as Node[]) : []));
}

function cellText(tc: Node[]): string {
  const lines: string[] = [];
  for (const node of tc) {
    if ('w:p' in node) lines.push(paragraphText(node['w:p'] as Node[]));
    else if ('w:tbl' in node) for (const tr of childrenOf(node['w:tbl'] as Node[], 'w:tr')) lines.push(cellsOf(tr).map(cellText).join(' '));
    else if ('w:sdt' in node) lines.push(cellText(find(node['w:sdt'] as Node[], 'w:sdtContent')));
  }
  return lines.join('\n').trim();
}

function paragraphText(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if ('w:t' in node) text += textOf(node['w:t'] as Node[]);
    else if ('w:tab' in node) text += '\t';
    else if ('w:br' in node || 'w:cr' in node) text += '\n';
    else if (SKIPPED.some((key) => key in node)) continue;
    else {
      const key = Object.keys(node).find((k) => k !== ':@');
      if (key && Array.isArray(node[key])) text += paragraphText(node[key] as Node[]);
    }
  }
  return text;
}

// mc:Fallback repeats a text box's text for old readers; field codes and deleted text are not printed.
const SKIPPED = ['w:delText', 'w:instrText', 'mc:Fallback', 'w:pPr', 'w:rPr'];

/** Built-in heading styles (Heading1…, 标题 1…, ids `1`–`9` in Chinese Word) or an outline level; not Title. */
function isHeading(properties: Node[]): boolean {
  const style = attribute(findNode(properties, 'w:pStyle'), 'w:val') ?? '';
  return /^(heading|标题)\s*\d$/i.test(style) || /^[1-9]$/.test(style) || findNode(properties, 'w:outlineLvl') !== undefined;
}

const textOf = (nodes: Node[]) => nodes.map((n) => String(n['#text'] ?? '')).join('');
const find = (nodes: Node[], key: string): Node[] => (nodes.find((n) => key in n)?.[key] as Node[] | undefined) ?? [];
const childrenOf = (nodes: Node[], key: string): Node[][] => nodes.filter((n) => key in n).map((n) => n[key] as Node[]);
const findNode = (nodes: Node[], key: string): Node | undefined => nodes.find((n) => key in n);
const attribute = (node: Node | undefined, name: string): string | undefined => node?.[':@']?.[`@_${name}`];
