export * from './commands';
export * from './events';
export * from './errors';
export * from './dates';
export * from './task-state';
export * from './campaign';
export * from './project-list';
export * from './decide';
