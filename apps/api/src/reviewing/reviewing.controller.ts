import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { Actor, InvalidInput, mayRead, ReportEvent, taskStateAfter, TaskState } from '@jixiao/domain';
import { toReportView } from '@jixiao/read-models';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@jixiao/event-store';
import { ReportNotFound, ReportStreams } from '@jixiao/reports';
import type { ReportView } from '@jixiao/read-models';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { CurrentActor } from '../auth/current-actor';
import { parseBody } from '../http/parse-body';
import { toProblem } from '../http/problem-details.filter';
import { ApproveReportCommand, Executed, PublishReportCommand } from '../reports/commands';
import { changedCells } from './report-diff';
import { CommentThreadService } from './comment-threads';

export const DiffQuery = z.strictObject({
  from: z.coerce.number({ error: '起始版本应为整数' }).int('起始版本应为整数').min(0).optional(),
  to: z.coerce.number({ error: '结束版本应为整数' }).int('结束版本应为整数').min(1).optional(),
});

export const BatchBody = z.strictObject({
  command: z.enum(['approve', 'publish'], { error: 'command 应为 approve 或 publish' }),
  items: z.array(z.strictObject({ id: z.string().max(64), version: z.number({ error: '版本应为整数' }).int().min(1) })).min(1, '至少一项').max(500, '一次最多 500 项'),
});

export const ReplyBody = z.strictObject({ body: z.string({ error: '回复应为文本' }).max(2000, '回复最长 2000 个字符') });
const actorOf = (req: Request) => (req as Request & { actor: Actor }).actor;
const correlationOf = (req: Request) => (req as Request & { correlationId: string }).correlationId;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Step {
  version: number;
  type: string;
  data: any;
  actor: { username: string; role: string };
  at: string;
}

/** SPEC §17 reviewing many: what changed since the last return, and approving or publishing a batch item by item. */
@ApiTags('reviewing')
@ApiBearerAuth()
@Controller('reports')
export class ReviewingController {
  private readonly store: PostgresEventStore;
  private readonly threads: CommentThreadService;

  constructor(private readonly reports: ReportStreams<ReportView>, private readonly commands: CommandBus, @Inject(PG_POOL) pool: Pool) {
    this.store = new PostgresEventStore(pool);
    this.threads = new CommentThreadService(pool, reports);
  }

  @Get(':id/comments')
  comments(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.threads.threads(id, actor);
  }

  @Post(':id/comments/:commentId/replies')
  @ApiBody({ schema: { example: { body: '已按实际完成值重新自评' } } })
  reply(@Param('id') id: string, @Param('commentId') commentId: string, @Body() body: unknown, @Req() req: Request) {
    const { body: text } = parseBody(ReplyBody, body);
    return this.threads.execute(id, { type: 'ReplyToComment', actor: actorOf(req), data: { commentId, body: text } }, correlationOf(req));
  }

  @Post(':id/comments/:commentId/resolve')
  @HttpCode(200)
  resolve(@Param('id') id: string, @Param('commentId') commentId: string, @Req() req: Request) {
    return this.threads.execute(id, { type: 'ResolveComment', actor: actorOf(req), data: { commentId } }, correlationOf(req));
  }

  @Post('batch')
  @HttpCode(200)
  @ApiBody({ schema: { example: { command: 'approve', items: [{ id: '…', version: 3 }] } } })
  async batch(@Body() body: unknown, @Req() req: Request) {
    const { command, items } = parseBody(BatchBody, body);
    const actor = (req as Request & { actor: Actor }).actor;
    const correlationId = (req as Request & { correlationId: string }).correlationId;
    const results = [];
    // One after another, each decided as if sent alone: one refusal changes nothing for the others.
    for (const item of items) {
      try {
        const context = { reportId: item.id, actor, expectedVersion: item.version, correlationId };
        const executed: Executed = await this.commands.execute(
          command === 'approve' ? new ApproveReportCommand(context) : new PublishReportCommand(context),
        );
        results.push({ id: item.id, ok: true, status: 200, version: executed.view.version, state: executed.view.state });
      } catch (error) {
        const problem = toProblem(error);
        if (!problem) throw error;
        results.push({ id: item.id, ok: false, status: problem.status, title: problem.title, detail: problem.detail });
      }
    }
    return { command, succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  }

  @Get(':id/diff')
  async diff(@Param('id') id: string, @Query() query: unknown, @CurrentActor() actor: Actor) {
    const range = parseBody(DiffQuery, query);
    if (!UUID.test(id)) throw new ReportNotFound(id);
    const current = await this.reports.load(id);
    if (!current.exists || !mayRead(actor, current)) throw new ReportNotFound(id);
    const steps = await this.steps(id);
    const lastReturn = steps.filter((s) => s.type === 'ReportReturned').at(-1) ?? null;
    const to = range.to ?? current.version;
    const from = range.from ?? lastReturn?.version ?? 0;
    if (to > current.version) throw new InvalidInput([{ path: 'to', message: `报告只有 ${current.version} 个版本` }]);
    if (from > to) throw new InvalidInput([{ path: 'from', message: '起始版本不能晚于结束版本' }]);
    const [before, after] = await Promise.all([this.reports.load(id, from), this.reports.load(id, to)]);
    const between = steps.filter((s) => s.version > from && s.version <= to);
    const returned = steps.filter((s) => s.type === 'ReportReturned' && s.version <= from).at(-1);
    const cells = before.exists ? changedCells(toReportView(before), toReportView(after)) : [];
    const threads = new Map((await this.threads.threads(id, actor)).map((t) => [t.commentId, t]));
    const lastTransition = steps.map((s) => taskStateAfter(s.type as ReportEvent['type'])).filter(Boolean).at(-1) as TaskState | undefined;
    return {
      id, from, to, taskState: lastTransition ?? 'drafting', sinceReturn: range.from === undefined && lastReturn !== null,
      returned: returned ? { version: returned.version, at: returned.at, by: returned.actor.username } : null,
      sentBack: steps.filter((s) => s.type === 'ReportSentBack').map((s) => ({ version: s.version, comment: s.data.comment, by: s.actor.username, at: s.at })).at(-1) ?? null,
      cells,
      scores: between.filter((s) => s.type === 'SelfScoreChanged' || s.type === 'ScoreAdjusted').map((s) => ({
        version: s.version, kind: s.type === 'ScoreAdjusted' ? 'review' : 'self', indicatorId: s.data.indicatorId,
        from: s.data.from, to: s.data.to, reason: s.data.reason, by: s.actor.username, role: s.actor.role, at: s.at,
      })),
      comments: (returned?.data.comments ?? []).map((c: { commentId: string; indicatorId: string | null; body: string }) => ({
        ...c, by: returned!.actor.username, role: returned!.actor.role, at: returned!.at,
        replies: threads.get(c.commentId)?.replies ?? [], resolved: threads.get(c.commentId)?.resolved ?? null,
        answered: (threads.get(c.commentId)?.replies.length ?? 0) > 0 || cells.some((cell) => c.indicatorId !== null && cell.path.startsWith(`indicators.${c.indicatorId}.`))
          || between.some((s) => s.data?.indicatorId !== undefined && s.data.indicatorId === c.indicatorId),
      })),
    };
  }

  private async steps(id: string): Promise<Step[]> {
    const events = await this.store.readStream(`report-${id}`);
    return events.map((e) => ({ version: e.version, type: e.type, data: e.data, actor: e.metadata.actor, at: e.metadata.at }));
  }
}
