import type { Report } from '@jixiao/domain';
import type { Queryable } from '@jixiao/event-store';

/**
 * A read model kept in step with a report's stream: written in the append's transaction, so whoever sent the command
 * reads its own write. The read side implements it; the write side only calls it.
 */
export interface InlineProjection<View> {
  /** The report as the read model shows it: built once per command, written, and sent back as the reply. */
  viewOf(report: Report): View;
  write(tx: Queryable, view: View, at: string): Promise<void>;
}
