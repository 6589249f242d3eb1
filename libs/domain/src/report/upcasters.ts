import { currentSchemaVersion, EventSchemas, upcastData } from '../upcasting';
import type { ReportEvent } from './events';

/**
 * Schema history of the report events. Version 1 of a sign-off or approval named the signed version `version`
 * and carried no head hash (the earlier spine); version 2 names it and binds the hash of the head it signed.
 */
export const REPORT_EVENT_SCHEMAS: EventSchemas = {
  current: { ReportSignedOff: 2, ReportApproved: 2 },
  steps: {
    'ReportSignedOff@1': (data) => ({ signedVersion: data.signedVersion ?? data.version, headHash: data.headHash ?? null }),
    'ReportApproved@1': (data) => ({ approvedVersion: data.approvedVersion ?? data.version, headHash: data.headHash ?? null }),
  },
};

/** A stored report event in the shape this program decides and folds with. */
export function upcastReportEvent(event: { type: string; schemaVersion: number; data: unknown }): ReportEvent {
  return { type: event.type, data: upcastData(REPORT_EVENT_SCHEMAS, event.type, event.schemaVersion, event.data) } as ReportEvent;
}

/** Stamps a new event with the schema version its shape is written in. */
export function withSchemaVersion<E extends { type: string }>(event: E): E & { schemaVersion: number } {
  return { ...event, schemaVersion: currentSchemaVersion(REPORT_EVENT_SCHEMAS, event.type) };
}
