// A plain table as DOCX and PDF draw it (and the web app, for 附件2): no imports, so the web app can bundle it.
export interface TableBlock {
  /** `form` tables are the project form's, which the PDF draws as the printed grid instead. */
  kind: 'rules' | 'form' | 'flags';
  title: string;
  headings: string[];
  rows: string[][];
  widths: number[];
  /** A line printed under the table (填表人 … on 附件2). */
  footer?: string;
}
