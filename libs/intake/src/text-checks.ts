import type { Grid } from './grid';

// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
export const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const BAD_TEXT_MESSAGE = '含有不允许的字符（NUL 或不成对的代理项）';

/** SPEC §19: text holding NUL or an unpaired surrogate is refused, naming the cell. */
export function badCell(grids: Grid[]): string | null {
  for (const grid of grids) {
    for (let r = 1; r <= grid.rowCount; r++) {
      for (let c = 1; c <= grid.colCount; c++) {
        const cell = grid.at(r, c);
        if (cell && BAD_TEXT.test(cell.text)) return cell.place;
      }
    }
  }
  return null;
}

export function badPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path || '(document)' : null;
  if (Array.isArray(value)) return value.reduce<string | null>((found, v, i) => found ?? badPath(v, `${path}[${i}]`), null);
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = BAD_TEXT.test(key) ? path || '(document)' : badPath(v, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
