export * from './report-view';
export * from './report-projector';
export * from './report-summary.entity';
