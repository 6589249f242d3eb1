export * from './recorded-event';
export * from './stale-version';
export * from './hash-chain';
export * from './postgres-event-store';
export * from './database';
export * from './verify-chain';
export * from './committed-log';
export { EVENT_COLUMNS, EVENT_COLUMNS_WITH_XID, toRecordedEvent, type Queryable } from './event-rows';
export * from './app-role';
