import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { InvalidInput, type Actor } from '@jixiao/domain';
import { ReadSource } from '../infrastructure/read-source';
import { visibleTo } from '../reports/queries/visibility';
import { GRADES, STATES, statisticsSql } from './statistics-sql';

const PAGE_SIZE = '每页条数应为 1–200 的整数';

export const StatisticsQuery = z.strictObject({
  fiscalYear: z.string().regex(/^\d{4}$/, '应为四位年度，如 2024').optional().meta({ description: '年度，如 2024；不填为全部年度' }),
  region: z.string().trim().min(1, '区划编码不能为空').max(64, '区划编码最长 64 个字符').optional()
    .meta({ description: '区划编码：只统计该区划及其下级区划；不填为本账号所属区划（不受区划限制的账号为全部）' }),
  page: z.coerce.number({ error: '页码应为正整数' }).int('页码应为正整数').min(1, '页码应为正整数').max(100000, '页码最大为 100000')
    .default(1).meta({ description: '主管部门表的页码，从 1 开始' }),
  pageSize: z.coerce.number({ error: PAGE_SIZE }).int(PAGE_SIZE).min(1, PAGE_SIZE).max(200, PAGE_SIZE)
    .default(50).meta({ description: '主管部门表每页条数，默认 50，最多 200' }),
});

export class GetStatistics {
  constructor(
    readonly filter: z.infer<typeof StatisticsQuery>,
    readonly actor: Actor,
  ) {}
}

type Row = Record<string, any>;

/** A reviewer, auditor or region-limited admin: statistics start at, and stay within, the account's own region. */
function regionLimitOf(actor: Actor): string | null {
  return actor.role === 'reviewer' || actor.role === 'auditor' || actor.role === 'admin' ? actor.region ?? null : null;
}

@QueryHandler(GetStatistics)
export class GetStatisticsHandler implements IQueryHandler<GetStatistics> {
  constructor(private readonly reads: ReadSource) {}

  async execute({ filter, actor }: GetStatistics) {
    const params: unknown[] = [];
    const conditions = [visibleTo(actor, 'c', params)];
    if (filter.fiscalYear) conditions.push(`c.fiscal_year = $${params.push(filter.fiscalYear)}`);
    const limit = regionLimitOf(actor);
    const region = filter.region ?? limit;
    const { pool } = await this.reads.forActor(actor);
    const { rows } = await pool.query(statisticsSql({
      conditions: conditions.join(' AND '), params, region, limit, offset: (filter.page - 1) * filter.pageSize, pageSize: filter.pageSize,
    }));
    const overall: Row = rows.find((row) => row.level === 'overall');
    if (region !== null && overall.selected_code === null) {
      throw new InvalidInput([{ path: 'region', message: `区划 ${region} 不存在，或不在本账号可查看的范围内` }]);
    }
    return {
      fiscalYear: filter.fiscalYear ?? null,
      region: region === null ? null : { code: overall.selected_code as string, name: overall.selected_name as string },
      home: limit === null ? null : { code: limit, name: overall.home_name as string },
      trail: (overall.trail ?? []) as { code: string; name: string }[],
      overall: figuresOf(overall),
      regions: rows.filter((row) => row.level === 'region').map((row) => ({
        region: row.code, regionName: row.name, departments: row.departments, ...figuresOf(row),
      })),
      departments: rows.filter((row) => row.level === 'department').map((row) => ({
        department: row.code, departmentName: row.name, ...figuresOf(row),
      })),
      departmentsTotal: overall.departments as number,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }
}

function figuresOf(row: Row) {
  return {
    reports: row.reports ?? 0,
    byState: Object.fromEntries(STATES.map((s) => [s, row[`state_${s}`] ?? 0])),
    averageComputedTotal: row.average_computed ?? null,
    grades: Object.fromEntries(GRADES.map((g) => [g, row[`grade_${g}`] ?? 0])),
    withErrorFlags: row.with_error_flags ?? 0,
    funds: { annualBudget: row.annual_budget ?? null, executed: row.executed ?? null, executionRate: row.execution_rate ?? null },
  };
}
