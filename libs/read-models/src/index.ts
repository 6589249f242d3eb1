export * from './report-view';
export * from './report-projector';
export * from './report-summary-row';
export * from './report-summary.entity';
export * from './report-events';
export * from './projections';
