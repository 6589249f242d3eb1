export * from './report-view';
export * from './report-read-models';
export * from './report-summary-row';
export * from './report-summary.entity';
export * from './projections';
export * from './history-lines';
