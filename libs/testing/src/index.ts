export * from './postgres';
export * from './decider-spec';
export * from './report.builders';
export * from './log-race';
export * from './code-identifiers';
export * from './organisation-file';
export * from './zip-bomb';
export * from './form-layouts';
