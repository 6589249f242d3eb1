import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, InvalidInput, ReportCommand } from '@jixiao/domain';
import { withAllowedCommands } from '@jixiao/read-models';
import type { Executed } from '@jixiao/reports';
import { CurrentActor } from '../auth/current-actor';
import { etagOf, parseIfMatch, requireIfMatch } from '../http/etag';
import { Idempotency } from '../http/idempotency';
import { parseBody } from '../http/parse-body';
import {
  CommentBody, DetailsBody, EmptyBody, IndicatorBody, ListQuery, ReturnBody, RevisionBody, ScoreBody, SendBackBody,
} from './bodies';
import { ExecuteReportCommand } from './execute-report-command';
import { GetReport } from './queries/get-report';
import { GetReportHistory } from './queries/get-report-history';
import { ListReports } from './queries/list-reports';
import { ReportImports } from './report-imports';

type CommandOf<T extends ReportCommand['type']> = Extract<ReportCommand, { type: T }>['data'];

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly idempotency: Idempotency,
    private readonly imports: ReportImports,
  ) {}

  @Post()
  @ApiBody({ description: 'SPEC §2 导入文件（JSON：jixiao.project-form.v1 或 jixiao.department-report.v1；或 multipart 字段 file 上传一个 .json/.xlsx/.docx 文件，按表上的标签读取，SPEC §18）' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024, files: 1 } }))
  create(@Body() body: unknown, @UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor,
    @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.idempotency.run(req, res, async (record) => {
      if (file) return this.imports.createFromFile(file, actor, correlationOf(req), record, res);
      const executed = await this.imports.draft(body, actor, correlationOf(req), (client, view) =>
        record(client, { status: 201, body: created(view), etag: etagOf(view.version) }));
      res.setHeader('Location', `/api/reports/${executed.view.id}`);
      return { status: 201, body: created(executed.view), etag: etagOf(executed.view.version) };
    });
  }

  @Get()
  list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    return this.queries.execute(new ListReports(parseBody(ListQuery, query), actor));
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.execute(new GetReport(id, actor));
    res.setHeader('ETag', etagOf(view.version));
    return view;
  }

  @Get(':id/history')
  history(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetReportHistory(id, actor));
  }

  @Patch(':id')
  edit(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'EditReportDetails', parseBody(DetailsBody, body), false);
  }

  @Put(':id/indicators/:indicatorId')
  setIndicator(@Param('id') id: string, @Param('indicatorId') indicatorId: string, @Body() body: unknown,
    @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { reason, ...indicator } = parseBody(IndicatorBody, body);
    return this.run(req, res, id, 'SetIndicator', { indicatorId: checkId(indicatorId), indicator, reason }, false);
  }

  @Delete(':id/indicators/:indicatorId')
  removeIndicator(@Param('id') id: string, @Param('indicatorId') indicatorId: string,
    @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'RemoveIndicator', { indicatorId }, false);
  }

  @Put(':id/indicators/:indicatorId/score')
  @ApiBody({ schema: { example: { score: '8', reason: '实际完成值低于目标' } } })
  score(@Param('id') id: string, @Param('indicatorId') indicatorId: string, @Body() body: unknown,
    @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = { indicatorId, ...parseBody(ScoreBody, body) };
    return this.run(req, res, id, actor.role === 'reviewer' ? 'AdjustScore' : 'ChangeSelfScore', data, false);
  }

  @Post(':id/submit')
  @ApiHeader({ name: 'If-Match', required: true })
  submit(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'SubmitSelfEvaluation', parseBody(EmptyBody, body) as CommandOf<'SubmitSelfEvaluation'>);
  }

  @Post(':id/withdraw')
  withdraw(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'WithdrawSubmission', parseBody(EmptyBody, body) as CommandOf<'WithdrawSubmission'>);
  }

  @Post(':id/sign-off')
  signOff(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'SignOffReport', parseBody(EmptyBody, body) as CommandOf<'SignOffReport'>);
  }

  @Post(':id/send-back')
  sendBack(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'SendBackReport', parseBody(SendBackBody, body));
  }

  @Post(':id/comments')
  comment(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { indicatorId, body: text } = parseBody(CommentBody, body);
    return this.run(req, res, id, 'AddReviewComment', { commentId: randomUUID(), indicatorId: indicatorId ?? null, body: text }, false);
  }

  @Post(':id/return')
  returnReport(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const comments = parseBody(ReturnBody, body).comments.map((c) => ({ commentId: randomUUID(), indicatorId: c.indicatorId ?? null, body: c.body }));
    return this.run(req, res, id, 'ReturnReport', { comments });
  }

  @Post(':id/approve')
  approve(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'ApproveReport', parseBody(EmptyBody, body) as CommandOf<'ApproveReport'>);
  }

  @Post(':id/publish')
  publish(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'PublishReport', parseBody(EmptyBody, body) as CommandOf<'PublishReport'>);
  }

  @Post(':id/revisions')
  openRevision(@Param('id') id: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.run(req, res, id, 'OpenRevision', parseBody(RevisionBody, body));
  }

  /** Transitions require If-Match; edits honour it when sent (SPEC §10). */
  private run<T extends ReportCommand['type']>(
    req: Request, res: Response, reportId: string, type: T, data: CommandOf<T>, isTransition = true,
  ) {
    const actor = (req as Request & { actor: Actor }).actor;
    const header = req.header('if-match');
    const expectedVersion = isTransition ? requireIfMatch(header) : parseIfMatch(header);
    const command = { type, data, actor } as ReportCommand;
    return this.idempotency.run(req, res, async (record) => {
      const executed: Executed = await this.commands.execute(new ExecuteReportCommand(reportId, command, {
        expectedVersion,
        correlationId: correlationOf(req),
        alsoInTransaction: (client, view) =>
          record(client, { status: 200, body: withAllowedCommands(view, actor), etag: etagOf(view.version) }),
      }));
      return { status: 200, body: withAllowedCommands(executed.view, actor), etag: etagOf(executed.view.version) };
    });
  }
}

const created = (view: { id: string; version: number; state: string }) => ({ id: view.id, version: view.version, state: view.state });
const correlationOf = (req: Request) => (req as Request & { correlationId: string }).correlationId;

function checkId(indicatorId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(indicatorId)) {
    throw new InvalidInput([{ path: 'indicatorId', message: '指标编号只能包含字母、数字、- 和 _，最长 64 个字符' }]);
  }
  return indicatorId;
}
