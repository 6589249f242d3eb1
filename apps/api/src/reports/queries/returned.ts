// The transitions that leave or enter `draft`: a draft whose last one was a return (reviewer) or a send-back (head)
// is a returned report, shown as 已退回 rather than 草稿 until it is submitted again.
const TRANSITIONS = ['ReportDrafted', 'SelfEvaluationSubmitted', 'SubmissionWithdrawn', 'ReportSentBack', 'ReportReturned', 'RevisionOpened'];
const RETURNS = new Set(['ReportSentBack', 'ReportReturned']);

type Query = (sql: string, params: unknown[]) => Promise<any[]>;

/** The ids among `reportIds` (drafts) whose last transition was a return or a send-back. */
export async function returnedAmong(query: Query, reportIds: string[]): Promise<Set<string>> {
  if (!reportIds.length) return new Set();
  const rows: { stream_id: string; type: string }[] = await query(
    `SELECT DISTINCT ON (stream_id) stream_id, type FROM events
     WHERE stream_id = ANY($1) AND type = ANY($2) ORDER BY stream_id, version DESC`,
    [reportIds.map((id) => `report-${id}`), TRANSITIONS],
  );
  return new Set(rows.filter((row) => RETURNS.has(row.type)).map((row) => row.stream_id.slice('report-'.length)));
}
