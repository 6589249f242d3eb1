import { Cell, Grid, labelOf, rowCells } from '../grid';

/** Rows [top, bottom] of one grid that hold one part (a form, a rule table); tracks which cells were read. */
export class Region {
  readonly used = new Set<Cell>();
  private readonly rows = new Map<number, Cell[]>();

  constructor(readonly grid: Grid, readonly top: number, readonly bottom: number) {}

  cells(row: number): Cell[] {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = rowCells(this.grid, row)));
    return cells;
  }

  /** The first cell in the region whose label matches, scanning rows then columns. */
  find(pattern: RegExp, from = this.top, to = this.bottom): Cell | undefined {
    for (let r = from; r <= to; r++) {
      const cell = this.cells(r).find((c) => c.row === r && pattern.test(labelOf(c.text)));
      if (cell) return cell;
    }
    return undefined;
  }

  /** The last cell above `to` whose label matches: the one nearest a table (a 清单 above it may repeat 项目名称). */
  findLast(pattern: RegExp, from = this.top, to = this.bottom): Cell | undefined {
    for (let r = to; r >= from; r--) {
      const cell = this.cells(r).find((c) => c.row === r && pattern.test(labelOf(c.text)));
      if (cell) return cell;
    }
    return undefined;
  }

  /**
   * The value of a label: the next cell to its right, past empty single cells a sloppy template leaves between
   * (`项目名称 | | value`); nothing when the next filled cell is another label.
   */
  valueRightOf(label: Cell, isLabel: (text: string) => boolean): Cell | undefined {
    let first: Cell | undefined;
    for (let col = label.col + label.colSpan; col <= this.grid.colCount;) {
      const next = this.grid.at(label.row, col);
      if (next && (isLabel(next.text) || (first !== undefined && LOOKS_LIKE_LABEL.test(labelOf(next.text))))) return first;
      first ??= next;
      if (next && (next.text !== '' || next.colSpan > 1)) return next.text === '' ? first : next;
      col = next ? next.col + next.colSpan : col + 1;
    }
    return first;
  }

  read(cell: Cell | undefined): string {
    if (!cell) return '';
    this.used.add(cell);
    return cell.text;
  }

  at(row: number, col: number): Cell | undefined {
    return this.grid.at(row, col);
  }

  /** Non-empty cells of the region nobody read. */
  unread(from = this.top, to = this.bottom): Cell[] {
    const cells: Cell[] = [];
    for (let r = from; r <= to; r++) {
      for (const cell of this.cells(r)) if (cell.row === r && cell.text && !this.used.has(cell)) cells.push(cell);
    }
    return cells;
  }
}

/** A short text ending as labels do: past an empty cell, it is the next label, not this one's value. */
const LOOKS_LIKE_LABEL = /^.{0,6}(名称|单位|部门|负责人|电话|日期|类别|类型|属性)$/;

/** A row with one distinct non-empty cell: a title, a heading line, a paragraph. */
export function lineOf(grid: Grid, row: number): Cell | undefined {
  const filled = rowCells(grid, row).filter((c) => c.text !== '');
  return filled.length === 1 && filled[0].row === row ? filled[0] : undefined;
}

/** Lines Jixiao prints beside the report's content (its version, its own findings): output, not input. */
export const SYSTEM_LINE = /^第\s*\d+\s*次修订|^系统计算等级|^系统核查发现的问题/;

/** Jixiao's own findings table and version line after a part are output, not input. */
export function systemLines(region: Region, from: number, to: number): void {
  let inFindings = false;
  for (let r = from; r <= to; r++) {
    const line = lineOf(region.grid, r);
    if (line && SYSTEM_LINE.test(line.text.trim())) inFindings = /系统核查/.test(line.text);
    if ((line && SYSTEM_LINE.test(line.text.trim())) || inFindings) region.cells(r).forEach((c) => region.read(c));
  }
}

