export type NoteCode = 'PART_MISSING' | 'CELL_UNPLACED' | 'RULE_UNREAD';

/** A finding about the file itself, with the sheet and cell (or Word table, row, column) it concerns. */
export interface Note {
  code: NoteCode;
  place: string;
  message: string;
  text?: string;
}

export interface Line {
  place: string;
  text: string;
}

/** What reading one part found besides the document: where each field came from, kept lines, notes. */
export interface Trace {
  cells: Record<string, string>;
  lines: Line[];
  notes: Note[];
}

export const emptyTrace = (): Trace => ({ cells: {}, lines: [], notes: [] });
