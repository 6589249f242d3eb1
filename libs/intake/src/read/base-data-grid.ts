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
  const reading = new Reading();
  for (const row of rows) if (!reading.row(row)) return null;
  return reading.done();
}

/** Reads the rows top to bottom: a heading waits for its values, an amount group gathers its items. */
class Reading {
  private readonly data: Record<string, unknown> = {};
  private heading: Cell[] | null = null;
  private columns: Cell[] | null = null;
  private years: string[] | null = null;
  private group: Group | null = null;

  /** false for a row whose name is not one of 附件2's. */
  row(row: Cell[]): boolean {
    const name = labelOf(textAt(row, 1));
    if (name === '' && this.heading) return this.values(row);
    if (name === labelOf(AMOUNTS_HEADING)) {
      this.columns = row.filter((c) => c.col > 1);
      this.years = this.columns.map((c) => c.text);
      return true;
    }
    const found = KEYS.get(name);
    if (!found) return false;
    const rest = row.filter((c) => c.col > 1 && c.text !== '');
    if (rest.length > 1 && rest.every((c) => KEYS.has(labelOf(c.text)))) {
      this.closeGroup();
      [this.heading, this.columns] = [[row.find((c) => c.col === 1)!, ...rest], null];
    } else if (this.columns && found.amount) {
      this.closeGroup();
      this.group = { key: found.key, total: this.figures(row), items: [] };
    } else if (this.columns && this.group) {
      this.group.items.push([found.key, this.figures(row)]);
    } else {
      this.data[found.key] = rest.map((c) => c.text).join('');
    }
    return true;
  }

  done(): Record<string, unknown> {
    this.closeGroup();
    return withColumns(this.data, this.years);
  }

  /** The row under a heading: each value below its column's name. */
  private values(row: Cell[]): boolean {
    const [group, ...fields] = this.heading!;
    const keyOf = (cell: Cell) => KEYS.get(labelOf(cell.text))!.key;
    this.data[keyOf(group)] = Object.fromEntries(fields.map((c) => [keyOf(c), textAt(row, c.col)]));
    this.heading = null;
    return true;
  }

  private figures(row: Cell[]): string[] {
    return this.columns!.map((c) => textAt(row, c.col));
  }

  private closeGroup(): void {
    const group = this.group;
    if (group)
      this.data[group.key] = group.items.length ? { total: group.total, ...Object.fromEntries(group.items) } : group.total;
    this.group = null;
  }
}

/** The printed years head the first amount group that has items, as the import format keeps them. */
function withColumns(data: Record<string, unknown>, columns: string[] | null): Record<string, unknown> {
  const first = Object.values(data).find((v) => v && typeof v === 'object' && !Array.isArray(v) && 'total' in v);
  if (columns && first) Object.assign(first, { columns });
  return data;
}

/** The text of the cell that covers column `col` of a row ('' where there is none). */
const textAt = (row: Cell[], col: number) => row.find((c) => c.col <= col && col < c.col + c.colSpan)?.text ?? '';
