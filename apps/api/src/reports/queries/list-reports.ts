import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@jixiao/domain';
import { ReportSummaryEntity } from '@jixiao/read-models';
import type { z } from 'zod';
import { ReadSource } from '../../infrastructure/read-source';
import type { ListQuery } from '../bodies';
import { restrictTo } from './visibility';
import { returnedAmong } from './returned';

export class ListReports {
  constructor(
    readonly filter: z.infer<typeof ListQuery>,
    readonly actor: Actor | null,
  ) {}
}

const SORTS: Record<string, string> = {
  updatedAt: 'r.updatedAt', title: 'r.title', total: 'r.totalComputed', fiscalYear: 'r.fiscalYear',
};

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
    if (filter.q) {
      query.andWhere('(r.title ILIKE :q OR r.departmentName ILIKE :q)', { q: `%${filter.q.replace(/[\\%_]/g, '\\$&')}%` });
    }
    const sort = filter.sort ?? '-updatedAt';
    query.orderBy(SORTS[sort.replace(/^-/, '')], sort.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('r.id');
    const [rows, total] = await query.skip((filter.page - 1) * filter.pageSize).take(filter.pageSize).getManyAndCount();
    const returned = await returnedAmong((sql, params) => dataSource.query(sql, params), rows.filter((row) => row.state === 'draft').map((row) => row.id));
    const items = rows.map((row) => ({ ...toItem(row), returned: returned.has(row.id) }));
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }
}

function toItem(row: ReportSummaryEntity) {
  return {
    id: row.id, kind: row.kind, state: row.state, version: row.version, revision: row.revision,
    fiscalYear: row.fiscalYear, department: row.department, departmentName: row.departmentName, title: row.title,
    total: { self: row.totalSelf, computed: row.totalComputed }, grade: row.grade, errorFlags: row.errorFlags,
    publishedRevision: row.publishedRevision, updatedAt: row.updatedAt.toISOString(),
  };
}
