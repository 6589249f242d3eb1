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
// The summary goes first for report_view's foreign key; `guard` keeps both writes off when the append wrote nothing.
const upsertCtes = (guard: string) => `
  summary AS (
    INSERT INTO report_summary SELECT * FROM jsonb_populate_record(NULL::report_summary, $1) ${guard}
    ON CONFLICT (id) DO UPDATE SET (${SUMMARY_UPDATED.join(', ')}) = (${SUMMARY_UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING id),
  view AS (
    INSERT INTO report_view (id, view, public_view) SELECT id, $2, CASE WHEN $3 THEN $2::jsonb END FROM summary
    ON CONFLICT (id) DO UPDATE SET view = $2,
      public_view = CASE WHEN $3 THEN $2::jsonb ELSE report_view.public_view END
    RETURNING id)`;

const UPSERT_BOTH = `WITH ${upsertCtes('')} SELECT count(*) FROM view`;
const ALONGSIDE_APPEND = upsertCtes('WHERE EXISTS (SELECT 1 FROM appended)');

const valuesOf = (view: ReportView, at: string) => [JSON.stringify(summaryRowOf(view, at, at)), JSON.stringify(view), view.state === 'published'];

/** Writes a report's read models in one statement. */
export async function projectReport(db: Queryable, report: Report, at: string): Promise<ReportView> {
  const view = toReportView(report);
  await db.query(UPSERT_BOTH, valuesOf(view, at));
  return view;
}

/** The same writes as CTEs of the append statement itself (see AppendOptions.alongside): the API reads its own writes. */
export function projectionAlongside(view: ReportView, at: string): { name: string; ctes: string; values: unknown[] } {
  return { name: 'report-read-models', ctes: ALONGSIDE_APPEND, values: valuesOf(view, at) };
}
