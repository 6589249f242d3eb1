export * from './logger';
export * from './metrics';
export * from './collectors';
export * from './tracing';
