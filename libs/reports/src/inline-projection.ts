import type { Report } from '@jixiao/domain';
import type { Alongside } from '@jixiao/event-store';

/**
 * A read model kept in step with a report's stream: written by the append's own statement, so whoever sent the
 * command reads its own write, in one round trip. The read side implements it; the write side only calls it.
 */
export interface InlineProjection<View> {
  /** The report as the read model shows it: built once per command, written, and sent back as the reply. */
  viewOf(report: Report): View;
  /** The writes of the view, as a typed unit of work the event store runs in the append's statement; null: none. */
  writesOf(view: View, at: string): Alongside | null;
}
