export * from './report-streams';
export * from './inline-projection';
export * from './report-not-found';
export * from './redis-connection';
export * from './draft-report';
