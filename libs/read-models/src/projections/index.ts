export * from './report-folds';
export * from './report-models';
export * from './score-change-rows';
export * from './score-changes.projection';
export * from './checkpoints';
export * from './compare';
export * from './rebuild';
