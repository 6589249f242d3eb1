export * from './render-input';
export * from './fonts';
export * from './render-all';
export { renderXlsx, blankProjectFormTemplate } from './xlsx/render-xlsx';
export { readProjectFormXlsx } from './xlsx/read-project-form';
export type { ReadXlsx, XlsxProblem } from './xlsx/read-project-form';
export { renderDocx } from './docx/render-docx';
export { renderPdf } from './pdf/render-pdf';
