import Decimal from 'decimal.js';
import { normalizeCell, readQuantity } from '@jixiao/scoring';
import type { ReportView } from './report-view';

/** A report_summary row, keyed by column name; the inline projection and the rebuild both write it. */
export interface SummaryRow {
  id: string;
  kind: string;
  state: string;
  version: number;
  revision: number;
  fiscal_year: string;
  department: string;
  department_name: string;
  title: string;
  total_self: string | null;
  total_computed: string | null;
  grade: string | null;
  error_flags: number;
  annual_budget: string | null;
  executed: string | null;
  ever_signed_off: boolean;
  published_revision: number | null;
  created_at: string;
  updated_at: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const numeric = (text: unknown) => (typeof text === 'string' && DECIMAL.test(text.trim()) ? text.trim() : null);

export function summaryRowOf(view: ReportView, createdAt: string, updatedAt: string): SummaryRow {
  const funds = (view.funds ?? {}) as { unit?: string; total?: { annualBudget?: string; executed?: string } };
  return {
    id: view.id, kind: view.kind, state: view.state, version: view.version, revision: view.revision,
    fiscal_year: view.fiscalYear, department: view.department, department_name: view.departmentName, title: view.title,
    total_self: numeric(view.total.self), total_computed: numeric(view.total.computed), grade: view.grade,
    error_flags: view.flags.filter((flag) => flag.severity === 'error').length,
    annual_budget: tenThousandYuan(funds.total?.annualBudget, funds.unit),
    executed: tenThousandYuan(funds.total?.executed, funds.unit),
    ever_signed_off: view.everSignedOff, published_revision: view.publishedRevision,
    created_at: createdAt, updated_at: updatedAt,
  };
}

/** Amounts are summed across reports, so each is stored in 万元 whatever unit its form printed (SPEC §2, §3). */
function tenThousandYuan(text: string | undefined, fundsUnit: string | undefined): string | null {
  const quantity = readQuantity(normalizeCell(text));
  if (!quantity) return null;
  const unit = quantity.unit ?? (normalizeCell(fundsUnit) || '万元');
  const factor: Record<string, Decimal.Value> = { 万元: 1, 元: '0.0001', 亿元: 10000 };
  return factor[unit] === undefined ? null : quantity.value.times(factor[unit]).toDecimalPlaces(4).toString();
}
