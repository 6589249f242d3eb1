import type { PoolClient } from 'pg';
import type { Report } from '@jixiao/domain';
import { ReportView, toReportView } from './report-view';

type Queryable = Pick<PoolClient, 'query'>;

const UPSERT_SUMMARY = `
  INSERT INTO report_summary (id, kind, state, version, revision, fiscal_year, department, department_name, title,
    total_self, total_computed, grade, error_flags, annual_budget, executed, ever_signed_off, published_revision,
    created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
  ON CONFLICT (id) DO UPDATE SET kind = $2, state = $3, version = $4, revision = $5, fiscal_year = $6,
    department = $7, department_name = $8, title = $9, total_self = $10, total_computed = $11, grade = $12,
    error_flags = $13, annual_budget = $14, executed = $15, ever_signed_off = $16, published_revision = $17,
    updated_at = $18`;

const UPSERT_VIEW = `
  INSERT INTO report_view (id, view, public_view) VALUES ($1, $2, CASE WHEN $3 THEN $2::jsonb END)
  ON CONFLICT (id) DO UPDATE SET view = $2,
    public_view = CASE WHEN $3 THEN $2::jsonb ELSE report_view.public_view END`;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const numeric = (text: unknown) => (typeof text === 'string' && DECIMAL.test(text.trim()) ? text.trim() : null);

/** Writes a report's read models; runs inside the append transaction so reads see their writes. */
export async function projectReport(db: Queryable, report: Report, at: string): Promise<ReportView> {
  const view = toReportView(report);
  const funds = (view.funds as { total?: { annualBudget?: string; executed?: string } } | null)?.total ?? {};
  await db.query(UPSERT_SUMMARY, [
    view.id, view.kind, view.state, view.version, view.revision, view.fiscalYear, view.department, view.departmentName,
    view.title, numeric(view.total.self), numeric(view.total.computed), view.grade,
    view.flags.filter((flag) => flag.severity === 'error').length, numeric(funds.annualBudget), numeric(funds.executed),
    view.everSignedOff, view.publishedRevision, at,
  ]);
  await db.query(UPSERT_VIEW, [view.id, JSON.stringify(view), view.state === 'published']);
  return view;
}
