import type { PoolClient } from 'pg';
import type { Report } from '@jixiao/domain';
import { ReportView, toReportView } from './report-view';
import { summaryRowOf } from './report-summary-row';

export type Queryable = Pick<PoolClient, 'query'>;

const SUMMARY_UPDATED = [
  'kind', 'state', 'version', 'revision', 'fiscal_year', 'department', 'department_name', 'title', 'total_self',
  'total_computed', 'grade', 'error_flags', 'annual_budget', 'executed', 'ever_signed_off', 'published_revision', 'updated_at',
];

// created_at is left out of the update: it is the time of the report's first event, as a rebuild sets it.
// Both read models in one statement (one round trip); the summary goes first for report_view's foreign key.
const UPSERT_BOTH = `
  WITH summary AS (
    INSERT INTO report_summary SELECT * FROM jsonb_populate_record(NULL::report_summary, $1)
    ON CONFLICT (id) DO UPDATE SET (${SUMMARY_UPDATED.join(', ')}) = (${SUMMARY_UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING id)
  INSERT INTO report_view (id, view, public_view) SELECT id, $2, CASE WHEN $3 THEN $2::jsonb END FROM summary
  ON CONFLICT (id) DO UPDATE SET view = $2,
    public_view = CASE WHEN $3 THEN $2::jsonb ELSE report_view.public_view END`;

/** Writes a report's read models; runs inside the append transaction so reads see their writes. */
export async function projectReport(db: Queryable, report: Report, at: string): Promise<ReportView> {
  const view = toReportView(report);
  await db.query(UPSERT_BOTH, [JSON.stringify(summaryRowOf(view, at, at)), JSON.stringify(view), view.state === 'published']);
  return view;
}
