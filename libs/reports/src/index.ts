export * from './report-streams';
export * from './report-not-found';
export * from './upcasters';
export * from './redis-connection';
