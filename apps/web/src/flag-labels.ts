// One owner for what people read about flags and places: libs/scoring (which owns the codes), bundled as it is.
export { flagLabel, placeOf } from '../../../libs/scoring/src/flag-labels';
// 附件2 as the PDF, DOCX and XLSX print it (libs/documents), its row and column names owned by libs/intake.
export { baseDataTables } from '../../../libs/documents/src/base-data';
