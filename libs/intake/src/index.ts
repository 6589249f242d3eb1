export * from './grid';
export { readImportFile, kindOf } from './read-file';
export type { FormResult, FileKind } from './read-file';
export { checkZip, UnpackBudget, UploadRefused, UPLOAD_LIMITS } from './upload-limits';
export { embedImportDocument, embeddedImportDocument } from './embedded';
export { xlsxGrids } from './sources/xlsx-grids';
export { docxGrid } from './sources/docx-grid';
export type { Note, NoteCode } from './read/notes';
export { AMOUNT_UNIT, AMOUNTS_HEADING, BASE_DATA_LABELS } from './base-data-labels';
