import { AMOUNT_UNIT, AMOUNTS_HEADING, BASE_DATA_LABELS } from '../base-data-labels';
import { Cell, labelOf } from '../grid';

// 附件2 as Jixiao prints it (PDF, DOCX, XLSX) and as the seed reports lay it out: a group of single figures is a
// heading row (财政供养人员情况 | 编制数 | …) over a row of values; the amount groups share one 经费控制情况 table
// whose columns are the years, each group (its name ends in （万元）) on a row of its own with its items under it.

/** Printed name (as labelOf reads it) → key; an amount group also by its name in the 经费控制情况 table. */
const KEYS = new Map<string, { key: string; amount: boolean }>(
  Object.entries(BASE_DATA_LABELS).flatMap(([key, label]) => [
    [labelOf(label), { key, amount: false }] as const,
    ...(AMOUNT_UNIT.test(label) ? [[labelOf(label.replace(AMOUNT_UNIT, '')), { key, amount: true }] as const] : []),
  ]),
);

interface Group {
  key: string;
  total: string[];
  items: [string, string[]][];
}

/** The import format's keys back from the printed rows; null when a row name is not one Jixiao prints. */
export function printedBaseData(rows: Cell[][]): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let heading: Cell[] | null = null;
  let columns: Cell[] | null = null;
  let years: string[] | null = null;
  let group: Group | null = null;
  const closeGroup = () => {
    if (group) data[group.key] = group.items.length ? { total: group.total, ...Object.fromEntries(group.items) } : group.total;
    group = null;
  };
  for (const row of rows) {
    const name = textAt(row, 1);
    if (name === '' && heading) {
      data[KEYS.get(labelOf(heading[0].text))!.key] = Object.fromEntries(
        heading.slice(1).map((c) => [KEYS.get(labelOf(c.text))!.key, textAt(row, c.col)]),
      );
      heading = null;
      continue;
    }
    if (labelOf(name) === labelOf(AMOUNTS_HEADING)) {
      columns = row.filter((c) => c.col > 1);
      years = columns.map((c) => c.text);
      continue;
    }
    const found = KEYS.get(labelOf(name));
    if (!found) return null;
    const rest = row.filter((c) => c.col > 1 && c.text !== '');
    if (rest.length > 1 && rest.every((c) => KEYS.has(labelOf(c.text)))) {
      closeGroup();
      [heading, columns] = [row.filter((c) => c.col === 1 || c.text !== ''), null];
    } else if (columns && found.amount) {
      closeGroup();
      group = { key: found.key, total: columns.map((c) => textAt(row, c.col)), items: [] };
    } else if (columns && group) {
      (group as Group).items.push([found.key, columns.map((c) => textAt(row, c.col))]);
    } else {
      data[found.key] = rest.map((c) => c.text).join('');
    }
  }
  closeGroup();
  return withColumns(data, years);
}

/** The printed years head the first amount group that has items, as the import format keeps them. */
function withColumns(data: Record<string, unknown>, columns: string[] | null): Record<string, unknown> {
  const first = Object.values(data).find((v) => v && typeof v === 'object' && !Array.isArray(v) && 'total' in v);
  if (columns && first) Object.assign(first, { columns });
  return data;
}

/** The text of the cell that covers column `col` of a row ('' where there is none). */
const textAt = (row: Cell[], col: number) => row.find((c) => c.col <= col && col < c.col + c.colSpan)?.text ?? '';
