import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ReportNotFound } from '@jixiao/reports';
import { Public } from '../auth/public.decorator';
import { parseBody } from '../http/parse-body';
import { ReadSource } from '../infrastructure/read-source';
import { readView } from '../reports/queries/get-report';

export const PublicListQuery = z.strictObject({
  fiscalYear: z.string().max(10).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** Published revisions only: a revision being reworked stays public until the next is published. */
@ApiTags('public')
@Public()
@Controller('public/reports')
export class PublicReportsController {
  constructor(private readonly reads: ReadSource) {}

  @Get()
  async list(@Query() query: unknown) {
    const { fiscalYear, q, page, pageSize } = parseBody(PublicListQuery, query);
    const { pool } = await this.reads.forActor(null);
    const { rows } = await pool.query(
      `SELECT public_view->>'id' AS id, public_view->>'kind' AS kind, public_view->>'title' AS title,
              public_view->>'fiscalYear' AS "fiscalYear", public_view->>'departmentName' AS "departmentName",
              (public_view->>'revision')::int AS revision, public_view->'total' AS total, public_view->>'grade' AS grade,
              count(*) OVER () AS total_count
       FROM report_view
       WHERE public_view IS NOT NULL
         AND ($1::text IS NULL OR public_view->>'fiscalYear' = $1)
         AND ($2::text IS NULL OR public_view->>'title' ILIKE '%' || $2 || '%' OR public_view->>'departmentName' ILIKE '%' || $2 || '%')
       ORDER BY public_view->>'fiscalYear' DESC, public_view->>'title'
       LIMIT $3 OFFSET $4`,
      [fiscalYear ?? null, q ?? null, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(({ total_count, ...item }) => item), total: Number(rows[0]?.total_count ?? 0) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const view = await readView((await this.reads.forActor(null)).pool, id, 'public_view');
    if (!view) throw new ReportNotFound(id);
    return { ...publicPart(view), allowedCommands: [] };
  }
}

/** What the public may read of a published report: no review comments, no user names (`submittedBy`, any `…By`). */
function publicPart(view: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(view).filter(([key]) => key !== 'comments' && !/By$/.test(key)));
}
