// One owner for what people read about flags and places: libs/scoring (which owns the codes), bundled as it is.
export { flagLabel, placeOf } from '../../../libs/scoring/src/flag-labels';
// 附件2's printed row and column names: one owner, libs/documents, shared with the PDF and DOCX.
export { baseDataTables } from '../../../libs/documents/src/base-data';
