// The report events' schema history lives with the read side, which upcasts on every read; the write side
// stamps new events with the current versions.
export { REPORT_EVENT_SCHEMAS, upcastReportEvent as upcast, withSchemaVersion } from '@jixiao/read-models';
