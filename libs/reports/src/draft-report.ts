import { randomUUID } from 'node:crypto';
import { Actor, assertMayDraft, InvalidInput } from '@jixiao/domain';
import type { Queryable } from '@jixiao/event-store';
import { parseImportDocument } from '@jixiao/scoring';
import type { ExecuteOptions, Executed, ReportStreams } from './report-streams';

export interface DraftInput<View> {
  /** An import document of SPEC §2 as received: JSON, or what an XLSX reader made of a file. */
  document: unknown;
  actor: Actor;
  correlationId: string;
  alsoInTransaction?: ExecuteOptions<View>['alsoInTransaction'];
}

/** The one way a report comes to be, for the API, the CLI and the demo seed: a draft of the preparer's department. */
export async function draftReport<View>(
  streams: ReportStreams<View>,
  db: Queryable,
  input: DraftInput<View>,
): Promise<Executed<View>> {
  const { actor } = input;
  assertMayDraft(actor);
  const parsed = parseImportDocument(input.document);
  if (!parsed.ok) throw new InvalidInput(parsed.problems);
  const { rows } = await db.query('SELECT name FROM departments WHERE code = $1', [actor.department]);
  const reportId = randomUUID();
  return streams.execute(
    reportId,
    {
      type: 'DraftReport',
      actor,
      data: { reportId, document: parsed.document, departmentName: rows[0]?.name ?? actor.department },
    },
    { expectedVersion: 0, correlationId: input.correlationId, alsoInTransaction: input.alsoInTransaction },
  );
}
