/** A table as DOCX and PDF lay it out; its own file so that base-data and report-rows need not import each other. */
export interface TableBlock {
  /** `form` tables are the project form's, which the PDF draws as the printed grid instead. */
  kind: 'rules' | 'form' | 'flags';
  title: string;
  headings: string[];
  rows: string[][];
  widths: number[];
}
