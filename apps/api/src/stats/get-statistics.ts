import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { Actor } from '@jixiao/domain';
import { ReadSource } from '../infrastructure/read-source';
import { visibleTo } from '../reports/queries/visibility';

export const StatisticsQuery = z.strictObject({
  fiscalYear: z.string().regex(/^\d{4}$/, '应为四位年度，如 2024').optional(),
});

export class GetStatistics {
  constructor(
    readonly filter: z.infer<typeof StatisticsQuery>,
    readonly actor: Actor,
  ) {}
}

const STATES = ['draft', 'self_scored', 'signed_off', 'reviewed', 'published'] as const;
const GRADES = ['优', '良', '中', '差'] as const;

// From report_counts (migrations/1765700000001): per (year, department, department name, signed off once) the counts
// and sums a trigger keeps as report_summary changes, ≈ 2 rows per department instead of one per report. The
// visibility rule reads the same columns there (department, ever_signed_off) as on report_summary.
const STATISTICS_SQL = (where: string) => `
  SELECT GROUPING(r.department) = 1 AS overall, r.department, min(coalesce(d.name, r.department_name)) AS department_name,
    sum(r.reports)::int AS reports,
    ${STATES.map((s) => `sum(r.state_${s})::int AS "state_${s}"`).join(', ')},
    ${GRADES.map((g) => `sum(r."grade_${g}")::int AS "grade_${g}"`).join(', ')},
    round(sum(r.computed_sum) / nullif(sum(r.computed_n), 0), 2)::text AS average_computed,
    sum(r.with_error_flags)::int AS with_error_flags,
    CASE WHEN sum(r.funded_n) > 0 THEN round(sum(r.budget_sum), 4)::text END AS annual_budget,
    CASE WHEN sum(r.funded_n) > 0 THEN round(sum(r.executed_sum), 4)::text END AS executed,
    CASE WHEN sum(r.funded_n) > 0 AND sum(r.budget_sum) <> 0 THEN round(sum(r.executed_sum) * 100 / sum(r.budget_sum), 2)::text || '%' END
      AS execution_rate
  FROM report_counts r LEFT JOIN departments d ON d.code = r.department
  WHERE r.reports > 0 AND ${where}
  GROUP BY GROUPING SETS ((r.department), ())
  ORDER BY overall DESC, r.department`;

/**
 * SPEC §4 rounding (half-up, 2 decimals) for the average and the rate, amounts as summed in 万元 (4 decimals): done by
 * PostgreSQL's numeric (exact decimals; round() is half away from zero, as Decimal.ROUND_HALF_UP), so that 2,000
 * departments' figures are not parsed and rounded again here.
 */
@QueryHandler(GetStatistics)
export class GetStatisticsHandler implements IQueryHandler<GetStatistics> {
  constructor(private readonly reads: ReadSource) {}

  async execute({ filter, actor }: GetStatistics) {
    const params: unknown[] = [];
    const conditions = [visibleTo(actor, 'r', params)];
    if (filter.fiscalYear) conditions.push(`r.fiscal_year = $${params.push(filter.fiscalYear)}`);
    const { pool } = await this.reads.forActor(actor);
    const { rows } = await pool.query(STATISTICS_SQL(conditions.join(' AND ')), params);
    const overall = rows.find((row) => row.overall);
    return {
      fiscalYear: filter.fiscalYear ?? null,
      overall: overall ? figuresOf(overall) : figuresOf(null),
      departments: rows.filter((row) => !row.overall).map((row) => ({
        department: row.department, departmentName: row.department_name, ...figuresOf(row),
      })),
    };
  }
}

function figuresOf(row: Record<string, any> | null) {
  return {
    reports: row?.reports ?? 0,
    byState: Object.fromEntries(STATES.map((s) => [s, row?.[`state_${s}`] ?? 0])),
    averageComputedTotal: row?.average_computed ?? null,
    grades: Object.fromEntries(GRADES.map((g) => [g, row?.[`grade_${g}`] ?? 0])),
    withErrorFlags: row?.with_error_flags ?? 0,
    funds: { annualBudget: row?.annual_budget ?? null, executed: row?.executed ?? null, executionRate: row?.execution_rate ?? null },
  };
}
