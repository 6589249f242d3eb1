export * from './recorded-event';
export * from './stale-version';
export * from './hash-chain';
export * from './postgres-event-store';
export * from './database';
export * from './upcasting';
export * from './verify-chain';
export * from './committed-log';
export { toRecordedEvent } from './event-rows';
