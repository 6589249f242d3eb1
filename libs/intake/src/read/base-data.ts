import { BASE_DATA_LABELS } from '../base-data-labels';
import { Cell, labelOf, rowCells } from '../grid';
import { printedBaseData } from './base-data-grid';
import { FOOTER } from './labels';
import { lineOf, Region } from './region';

// 附件2 reads back into the import format's keys when it is laid out as Jixiao prints it (the printed tables of
// base-data-grid.ts, or the `项目 | 数值` list older Jixiao workbooks hold: group names joined by ` · `, a row of
// values joined by ` | `); any other layout keeps its rows as printed.

const END = /^(附件|填表人|填报|联系电话|单位负责人)|自评表$|评分表$/;
const isTableRow = (region: Region, row: number) => rowCells(region.grid, row).filter((c) => c.row === row).length >= 2;

const KEYS = new Map(Object.entries(BASE_DATA_LABELS).map(([key, label]) => [label, key]));

/** Rows after the 附件2 title while they hold two or more cells; returns the data and its last row. */
export function readBaseData(region: Region, titleRow: number): { baseData: Record<string, unknown>; end: number } {
  const rows: Cell[][] = [];
  let end = titleRow;
  for (let r = titleRow + 1; r <= region.bottom; r++) {
    const all = rowCells(region.grid, r).filter((c) => c.row === r);
    const cells = all.filter((c) => c.text !== '');
    // A table row (two cells or more, filled or not) belongs to 附件2; a line of its own, a title or 填表人 ends it.
    if (all.length < 2 && (cells.length !== 1 || END.test(labelOf(cells[0].text)) || !isTableRow(region, r + 1))) break;
    all.forEach((c) => region.read(c));
    if (cells.length) rows.push(all);
    end = r;
  }
  const footer = lineOf(region.grid, end + 1);
  if (footer && FOOTER.test(labelOf(footer.text))) {
    region.read(footer);
    end += 1;
  }
  const texts = rows.map((cells) => cells.map((c) => c.text));
  if (texts.length > 0 && texts[0].join('|') === '项目|数值') return { baseData: nested(texts.slice(1)), end };
  const printed = printedBaseData(rows);
  return { baseData: printed ?? { rows: texts }, end };
}

function nested(rows: string[][]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, value = ''] of rows) {
    const keys = path.split(' · ').map((label) => KEYS.get(label) ?? label);
    let node = data;
    keys.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Record<string, unknown>));
    node[keys[keys.length - 1]] = value.includes('|') ? value.split(/\s*\|\s*/) : value;
  }
  return data;
}
