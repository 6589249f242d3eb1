import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Command, CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, InvalidInput } from '@jixiao/domain';
import type { Queryable } from '@jixiao/event-store';
import type { ReportView } from '@jixiao/read-models';
import { AccountCheckedByCommand, accountRequirementOf, confirmedByAppend } from '../auth/account-checks';
import { CurrentActor } from '../auth/current-actor';
import { etagOf, parseIfMatch, requireIfMatch } from '../http/etag';
import { Idempotency, Reply } from '../http/idempotency';
import { TEXT_FIELD_LIMITS } from '../http/multipart';
import { parseBody } from '../http/parse-body';
import {
  AcceptSumBody, CommentBody, DetailsBody, EmptyBody, IndicatorBody, ListQuery, ReturnBody, RevisionBody, ScoreBody, SendBackBody,
} from './bodies';
import {
  AcceptSumCommand, AddReviewCommentCommand, AdjustScoreCommand, ApproveReportCommand, ChangeSelfScoreCommand, CommandContext,
  DraftReportCommand, EditReportDetailsCommand, Executed, OpenRevisionCommand, PublishReportCommand, RemoveIndicatorCommand,
  ReturnReportCommand, SendBackReportCommand, SetIndicatorCommand, SignOffReportCommand, SubmitSelfEvaluationCommand,
  WithdrawSubmissionCommand,
} from './commands';
import { GetReport } from './queries/get-report';
import { GetReportHistory } from './queries/get-report-history';
import { ListReports } from './queries/list-reports';
import { createdReplyOf, replyOf } from './reply';
import { ReportImports } from './report-imports';

type ToCommand = (context: CommandContext) => Command<Executed>;

/** Each route parses its body and names its command; the command's handler does the rest (STYLE §2). */
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
  @UseInterceptors(FileInterceptor('file', { limits: { ...TEXT_FIELD_LIMITS, fileSize: 5 * 1024 * 1024, files: 1 } }))
  create(@Body() body: unknown, @UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor,
    @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.idempotency.run(req, res, async (record) => {
      if (file) return this.imports.createFromFile(file, actor, correlationOf(req), record, res);
      const recordReply = record ? (tx: Queryable, view: ReportView) => record(tx, createdReplyOf(view)) : undefined;
      const { view } = await this.commands.execute(
        new DraftReportCommand(body, { actor, correlationId: correlationOf(req), recordReply }),
      );
      res.setHeader('Location', `/api/reports/${view.id}`);
      return createdReplyOf(view);
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
  @AccountCheckedByCommand()
  edit(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = parseBody(DetailsBody, body);
    return this.asEdit(req, res, actor, id, (context) => new EditReportDetailsCommand(context, data));
  }

  @Put(':id/indicators/:indicatorId')
  @AccountCheckedByCommand()
  setIndicator(@Param('id') id: string, @Param('indicatorId') indicatorId: string, @Body() body: unknown,
    @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { reason, ...indicator } = parseBody(IndicatorBody, body);
    return this.asEdit(req, res, actor, id, (context) => new SetIndicatorCommand(context, { indicatorId: checkId(indicatorId), indicator, reason }));
  }

  @Delete(':id/indicators/:indicatorId')
  @AccountCheckedByCommand()
  removeIndicator(@Param('id') id: string, @Param('indicatorId') indicatorId: string,
    @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.asEdit(req, res, actor, id, (context) => new RemoveIndicatorCommand(context, { indicatorId }));
  }

  /** The preparer's self score in draft, the reviewer's adjustment once signed off (SPEC §10). */
  @Put(':id/indicators/:indicatorId/score')
  @AccountCheckedByCommand()
  @ApiBody({ schema: { example: { score: '8', reason: '实际完成值低于目标' } } })
  score(@Param('id') id: string, @Param('indicatorId') indicatorId: string, @Body() body: unknown,
    @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = { indicatorId, ...parseBody(ScoreBody, body) };
    return this.asEdit(req, res, actor, id, (context) =>
      actor.role === 'reviewer' ? new AdjustScoreCommand(context, data) : new ChangeSelfScoreCommand(context, data));
  }

  /** SPEC §6: takes the sum as the printed 总分 (`table`: form = 附件3 or the project form, rules = 附件1; none = every table). */
  @Post(':id/accept-sum')
  @AccountCheckedByCommand()
  @ApiBody({ schema: { example: { table: 'rules' } } })
  acceptSum(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = parseBody(AcceptSumBody, body);
    return this.asEdit(req, res, actor, id, (context) => new AcceptSumCommand(context, data));
  }

  @Post(':id/submit')
  @AccountCheckedByCommand()
  @ApiHeader({ name: 'If-Match', required: true })
  submit(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    parseBody(EmptyBody, body);
    return this.asTransition(req, res, actor, id, (context) => new SubmitSelfEvaluationCommand(context));
  }

  @Post(':id/withdraw')
  @AccountCheckedByCommand()
  withdraw(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    parseBody(EmptyBody, body);
    return this.asTransition(req, res, actor, id, (context) => new WithdrawSubmissionCommand(context));
  }

  @Post(':id/sign-off')
  @AccountCheckedByCommand()
  signOff(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    parseBody(EmptyBody, body);
    return this.asTransition(req, res, actor, id, (context) => new SignOffReportCommand(context));
  }

  @Post(':id/send-back')
  @AccountCheckedByCommand()
  sendBack(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = parseBody(SendBackBody, body);
    return this.asTransition(req, res, actor, id, (context) => new SendBackReportCommand(context, data));
  }

  @Post(':id/comments')
  @AccountCheckedByCommand()
  comment(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { indicatorId, body: text } = parseBody(CommentBody, body);
    const data = { commentId: randomUUID(), indicatorId: indicatorId ?? null, body: text };
    return this.asEdit(req, res, actor, id, (context) => new AddReviewCommentCommand(context, data));
  }

  @Post(':id/return')
  @AccountCheckedByCommand()
  returnReport(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const comments = parseBody(ReturnBody, body).comments.map((c) => ({ commentId: randomUUID(), indicatorId: c.indicatorId ?? null, body: c.body }));
    return this.asTransition(req, res, actor, id, (context) => new ReturnReportCommand(context, { comments }));
  }

  @Post(':id/approve')
  @AccountCheckedByCommand()
  approve(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    parseBody(EmptyBody, body);
    return this.asTransition(req, res, actor, id, (context) => new ApproveReportCommand(context));
  }

  @Post(':id/publish')
  @AccountCheckedByCommand()
  publish(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    parseBody(EmptyBody, body);
    return this.asTransition(req, res, actor, id, (context) => new PublishReportCommand(context));
  }

  @Post(':id/revisions')
  @AccountCheckedByCommand()
  openRevision(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const data = parseBody(RevisionBody, body);
    return this.asTransition(req, res, actor, id, (context) => new OpenRevisionCommand(context, data));
  }

  /** Transitions require If-Match (SPEC §10). */
  private asTransition(req: Request, res: Response, actor: Actor, reportId: string, command: ToCommand) {
    return this.send(req, res, actor, reportId, requireIfMatch(req.header('if-match')), command);
  }

  /** Edits honour If-Match when sent. */
  private asEdit(req: Request, res: Response, actor: Actor, reportId: string, command: ToCommand) {
    return this.send(req, res, actor, reportId, parseIfMatch(req.header('if-match')), command);
  }

  private send(req: Request, res: Response, actor: Actor, reportId: string, expectedVersion: number | undefined,
    command: ToCommand) {
    return this.idempotency.run(req, res, async (record): Promise<Reply> => {
      const context: CommandContext = {
        reportId, actor, expectedVersion, correlationId: correlationOf(req), requires: accountRequirementOf(req),
        recordReply: record ? (tx, view) => record(tx, replyOf(view, actor)) : undefined,
      };
      const { view, events } = await this.commands.execute(command(context));
      if (events.length) confirmedByAppend(req);
      return replyOf(view, actor);
    });
  }
}

const correlationOf = (req: Request) => (req as Request & { correlationId: string }).correlationId;

function checkId(indicatorId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(indicatorId)) {
    throw new InvalidInput([{ path: 'indicatorId', message: '指标编号只能包含字母、数字、- 和 _，最长 64 个字符' }]);
  }
  return indicatorId;
}
