// One reader over a grid of cells: XLSX sheets and a Word document's body both become grids, so a third
// format (a text PDF) is a new grid source, not a new reader.

export interface Cell {
  /** The text as printed (number formats applied), trimmed. */
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Where a person finds it: `Sheet1!C3`, or `表格2 第3行第4列` / `第12段` in Word. */
  place: string;
  /** A Word paragraph styled as a heading (its number, if automatic, is not in its text). */
  heading?: boolean;
}

export interface Grid {
  /** The sheet name, or the file's name for a Word document. */
  name: string;
  rowCount: number;
  colCount: number;
  /** The cell covering (row, col), merged cells resolved to their first cell; rows and columns from 1. */
  at(row: number, col: number): Cell | undefined;
}

export class GridBuilder {
  private readonly cover: (Cell | undefined)[][] = [];
  private cols = 0;

  constructor(private readonly name: string) {}

  put(cell: Cell): void {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      const line = (this.cover[r] ??= []);
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) line[c] = cell;
    }
    this.cols = Math.max(this.cols, cell.col + cell.colSpan - 1);
  }

  build(): Grid {
    const cover = this.cover;
    return {
      name: this.name,
      rowCount: Math.max(0, cover.length - 1),
      colCount: this.cols,
      at: (row, col) => cover[row]?.[col],
    };
  }
}

/** The distinct cells of a row, left to right (a merged cell once, at its first column). */
export function rowCells(grid: Grid, row: number, fromCol = 1, toCol = grid.colCount): Cell[] {
  const cells: Cell[] = [];
  for (let c = fromCol; c <= toCol; c++) {
    const cell = grid.at(row, c);
    if (cell && cells[cells.length - 1] !== cell) cells.push(cell);
  }
  return cells;
}

/** Label text compared without spaces, colons, full-width/half-width differences or a trailing unit in brackets. */
export function labelOf(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '')
    .replace(/^[\d一二三四五六七八九十]+[、.．]/, '');
}

export const columnName = (col: number): string => {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/**
 * A short printed value without the line breaks and padding a narrow cell adds: `效果\n\n显著` is `效果显著`,
 * `过     程` is `过程`, an ideographic space before `10` goes; a single space between words stays.
 */
export function compact(text: string): string {
  return text.replace(/\s*(\n|\u3000| {2,})\s*/g, '').trim();
}
