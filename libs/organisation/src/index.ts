export * from './passwords';
export * from './organisation-store';
export * from './project-organisation';
export * from './load-organisation';
export * from './organisation-workbook';
export * from './import-organisation';
export * from './verify-organisation';
