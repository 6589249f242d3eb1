export * from './organisation';
export * from './events';
export * from './evolve';
export * from './rules';
export * from './plan';
export * from './plan-accounts';
export * from './decide';
