import type { ReportEvent } from '@jixiao/domain';
import type { RecordedEvent } from '@jixiao/event-store';

type Upcaster = (data: any) => any;

/** Keyed by `${type}@${schemaVersion}`: each turns one stored shape into the next. */
const UPCASTERS: Record<string, Upcaster> = {};

export const CURRENT_SCHEMA_VERSION = 1;

export function upcast(event: RecordedEvent): ReportEvent {
  let data = event.data;
  for (let version = event.schemaVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = UPCASTERS[`${event.type}@${version}`];
    if (step) data = step(data);
  }
  return { type: event.type, data } as ReportEvent;
}
