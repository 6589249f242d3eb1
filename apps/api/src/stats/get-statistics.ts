import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import Decimal from 'decimal.js';
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

const STATISTICS_SQL = (where: string) => `
  SELECT GROUPING(r.department) = 1 AS overall, r.department, min(coalesce(d.name, r.department_name)) AS department_name,
    count(*)::int AS reports,
    ${STATES.map((s) => `count(*) FILTER (WHERE r.state = '${s}')::int AS "state_${s}"`).join(', ')},
    ${GRADES.map((g) => `count(*) FILTER (WHERE r.grade = '${g}')::int AS "grade_${g}"`).join(', ')},
    avg(r.total_computed)::text AS average_computed,
    count(*) FILTER (WHERE r.error_flags > 0)::int AS with_error_flags,
    sum(r.annual_budget) FILTER (WHERE r.executed IS NOT NULL)::text AS annual_budget,
    sum(r.executed) FILTER (WHERE r.annual_budget IS NOT NULL)::text AS executed
  FROM report_summary r LEFT JOIN departments d ON d.code = r.department
  WHERE ${where}
  GROUP BY GROUPING SETS ((r.department), ())
  ORDER BY overall DESC, r.department`;

/** SPEC §4 rounding (half-up, 2 decimals) for the average and the rate; amounts as summed, in 万元. */
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
  const budget = row?.annual_budget ? new Decimal(row.annual_budget) : null;
  const executed = row?.executed ? new Decimal(row.executed) : null;
  return {
    reports: row?.reports ?? 0,
    byState: Object.fromEntries(STATES.map((s) => [s, row?.[`state_${s}`] ?? 0])),
    averageComputedTotal: row?.average_computed ? round2(new Decimal(row.average_computed)) : null,
    grades: Object.fromEntries(GRADES.map((g) => [g, row?.[`grade_${g}`] ?? 0])),
    withErrorFlags: row?.with_error_flags ?? 0,
    funds: {
      annualBudget: budget?.toFixed(4) ?? null,
      executed: executed?.toFixed(4) ?? null,
      executionRate: budget && executed && !budget.isZero() ? `${round2(executed.dividedBy(budget).times(100))}%` : null,
    },
  };
}

const round2 = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
