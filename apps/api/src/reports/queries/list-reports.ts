import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@jixiao/domain';
import { ReportSummaryEntity } from '@jixiao/read-models';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { ReadSource } from '../../infrastructure/read-source';
import type { ListQuery } from '../bodies';
import { restrictTo, visibleTo } from './visibility';
import { returnedAmong } from './returned';

export class ListReports {
  constructor(
    readonly filter: z.infer<typeof ListQuery>,
    readonly actor: Actor | null,
  ) {}
}

type Order = [column: string, direction: 'ASC' | 'DESC', nulls: 'NULLS FIRST' | 'NULLS LAST'][];

// Each sort is the order of an index on report_summary (ties by id), so a page is an ordered index scan that stops at
// the page's end. The newest first is the default and has its partial indexes (reviewer, public, department); a NOT
// NULL column's other direction is the same index read backwards (its ties then by id descending); the total keeps
// blanks last both ways (two indexes).
const SORTS: Record<NonNullable<z.infer<typeof ListQuery>['sort']>, Order> = {
  '-updatedAt': [['r.updatedAt', 'DESC', 'NULLS LAST'], ['r.id', 'ASC', 'NULLS LAST']],
  updatedAt: [['r.updatedAt', 'ASC', 'NULLS FIRST'], ['r.id', 'DESC', 'NULLS FIRST']],
  title: [['r.title', 'ASC', 'NULLS LAST'], ['r.id', 'ASC', 'NULLS LAST']],
  '-title': [['r.title', 'DESC', 'NULLS FIRST'], ['r.id', 'DESC', 'NULLS FIRST']],
  total: [['r.totalComputed', 'ASC', 'NULLS LAST'], ['r.id', 'ASC', 'NULLS LAST']],
  '-total': [['r.totalComputed', 'DESC', 'NULLS LAST'], ['r.id', 'ASC', 'NULLS LAST']],
  fiscalYear: [['r.fiscalYear', 'ASC', 'NULLS LAST'], ['r.id', 'ASC', 'NULLS LAST']],
  '-fiscalYear': [['r.fiscalYear', 'DESC', 'NULLS FIRST'], ['r.id', 'DESC', 'NULLS FIRST']],
};

/**
 * A search counts its matches up to this many and says when there are more (shown as “1000+”): a short pattern
 * (two characters, which no trigram serves) is otherwise a count over every visible report.
 */
export const SEARCH_COUNT_CAP = 1000;

@QueryHandler(ListReports)
export class ListReportsHandler implements IQueryHandler<ListReports> {
  constructor(private readonly reads: ReadSource) {}

  async execute({ filter, actor }: ListReports) {
    const { dataSource } = await this.reads.forActor(actor);
    const query = dataSource.getRepository(ReportSummaryEntity).createQueryBuilder('r');
    restrictTo(query, actor);
    if (filter.fiscalYear) query.andWhere('r.fiscalYear = :fiscalYear', { fiscalYear: filter.fiscalYear });
    if (filter.department) {
      query.andWhere('(r.department = :department OR r.departmentName = :department)', { department: filter.department });
    }
    if (filter.state) query.andWhere('r.state = :state', { state: filter.state });
    if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.grade) query.andWhere('r.grade = :grade', { grade: filter.grade });
    if (filter.hasErrors) query.andWhere(filter.hasErrors === 'true' ? 'r.errorFlags > 0' : 'r.errorFlags = 0');
    if (filter.q) query.andWhere(`r.id IN (${searchMatches(filter.q)})`, { q: `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`, pair: filter.q });
    const counted = filter.q ? query.clone().select('1', 'matched').limit(SEARCH_COUNT_CAP + 1) : null;
    SORTS[filter.sort ?? '-updatedAt'].forEach(([column, direction, nulls], i) =>
      (i ? query.addOrderBy(column, direction, nulls) : query.orderBy(column, direction, nulls)));
    query.skip((filter.page - 1) * filter.pageSize).take(filter.pageSize);
    const fromCounts = counted ? null : countFromCounts(filter, actor);
    const [rows, total] = counted || fromCounts
      ? await Promise.all([query.getMany(), counted ? cappedCount(dataSource, counted) : countOf(dataSource, fromCounts!)])
      : await query.getManyAndCount();
    const returned = await returnedAmong((sql, params) => dataSource.query(sql, params), rows.filter((row) => row.state === 'draft').map((row) => row.id));
    const items = rows.map((row) => ({ ...toItem(row), returned: returned.has(row.id) }));
    const totalCapped = counted !== null && total > SEARCH_COUNT_CAP;
    return { items, total: totalCapped ? SEARCH_COUNT_CAP : total, totalCapped, page: filter.page, pageSize: filter.pageSize };
  }
}

/**
 * The reports whose title or department name holds the text (`:q`, as an ILIKE pattern), from report_search and its
 * trigram indexes. Two characters (`:pair`): the pairs' index (report_search_bigrams) finds the candidates, which no
 * trigram can; the ILIKE still decides.
 */
function searchMatches(text: string): string {
  const pairs = [...text].length === 2 ? ' AND report_bigrams(s.title) || report_bigrams(s.department_name) @> ARRAY[lower(:pair)]' : '';
  return `SELECT s.id FROM report_search s WHERE (s.title ILIKE :q OR s.department_name ILIKE :q)${pairs}`;
}

/**
 * The total from report_counts (statistics' counts, ≈ 2 rows per department) when the filters are ones it keeps: a
 * signed-in actor's visibility, the year, a department, and one of state, grade or error flags. A province
 * reviewer's list no longer counts 40,000 reports to say how many there are. Otherwise null: count the rows.
 */
function countFromCounts(filter: z.infer<typeof ListQuery>, actor: Actor | null): { sql: string; params: unknown[] } | null {
  if (!actor || filter.q || filter.kind || [filter.state, filter.grade, filter.hasErrors].filter(Boolean).length > 1) return null;
  const params: unknown[] = [];
  const conditions = ['c.reports > 0', visibleTo(actor, 'c', params)];
  if (filter.fiscalYear) conditions.push(`c.fiscal_year = $${params.push(filter.fiscalYear)}`);
  if (filter.department) conditions.push(`(c.department = $${params.push(filter.department)} OR c.department_name = $${params.length})`);
  // state and grade are enums (ListQuery), safe as column names.
  const column = filter.state ? `c.state_${filter.state}` : filter.grade ? `c."grade_${filter.grade}"`
    : filter.hasErrors ? (filter.hasErrors === 'true' ? 'c.with_error_flags' : 'c.reports - c.with_error_flags') : 'c.reports';
  return { sql: `SELECT coalesce(sum(${column}), 0)::int AS n FROM report_counts c WHERE ${conditions.join(' AND ')}`, params };
}

async function countOf(dataSource: DataSource, { sql, params }: { sql: string; params: unknown[] }): Promise<number> {
  const [{ n }] = await dataSource.query(sql, params);
  return n;
}

/** count(*) over the matches, stopping at SEARCH_COUNT_CAP + 1. */
async function cappedCount(dataSource: DataSource, matches: SelectQueryBuilder<ReportSummaryEntity>): Promise<number> {
  const [sql, params] = matches.getQueryAndParameters();
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) matches`, params);
  return n;
}

function toItem(row: ReportSummaryEntity) {
  return {
    id: row.id, kind: row.kind, state: row.state, version: row.version, revision: row.revision,
    fiscalYear: row.fiscalYear, department: row.department, departmentName: row.departmentName, title: row.title,
    total: { self: row.totalSelf, computed: row.totalComputed }, grade: row.grade, errorFlags: row.errorFlags,
    publishedRevision: row.publishedRevision, updatedAt: row.updatedAt.toISOString(),
  };
}
