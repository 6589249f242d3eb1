import { Body, Controller, Get, Header, Inject, Param, Post, Query, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { z } from 'zod';
import { Actor, ProjectListRow } from '@jixiao/domain';
import { CampaignCommands, CommandContext } from '@jixiao/campaigns';
import { withAllowedCommands } from '@jixiao/read-models';
import { CurrentActor } from '../auth/current-actor';
import { etagOf } from '../http/etag';
import { parseBody } from '../http/parse-body';
import { Idempotency, Reply } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { AttachBody, OpenCampaignBody, ProjectListBody } from './bodies';
import { Clock } from './clock';
import { projectListTemplate, readProjectListXlsx } from './project-list-xlsx';
import { getCampaign, listCampaigns, listTasks } from './queries/campaign-reads';
import { readProgressJson, visibleDepartments } from './queries/progress';
import { writeSummary } from './queries/summary-export';

export const TaskPage = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CampaignsController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly commands: CampaignCommands,
    private readonly clock: Clock,
    private readonly idempotency: Idempotency,
  ) {}

  @Post('campaigns')
  @ApiBody({ schema: { example: { fiscalYear: '2024', title: '2024年度预算绩效自评', region: 'demo', selfEvaluationDue: '2025-03-31', reviewDue: '2025-04-30', departments: 'all', departmentReports: true } } })
  open(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const input = parseBody(OpenCampaignBody, body);
    return this.idempotency.run(req, res, async (record) => {
      let reply: Reply | undefined;
      const id = await this.commands.open(input, this.context(req, async (client, { campaignId }) => {
        reply = { status: 201, body: await getCampaign(client as unknown as Pool, campaignId, actorOf(req)) };
        await record?.(client, reply);
      }));
      res.setHeader('Location', `/api/campaigns/${id}`);
      return reply!;
    });
  }

  @Get('campaigns')
  list(@CurrentActor() actor: Actor) {
    return listCampaigns(this.pool, actor);
  }

  @Get('campaigns/:id')
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return getCampaign(this.pool, id, actor);
  }

  @Get('campaigns/:id/tasks')
  async tasks(@Param('id') id: string, @Query() query: unknown, @CurrentActor() actor: Actor) {
    await getCampaign(this.pool, id, actor);
    const { page, pageSize } = parseBody(TaskPage, query);
    return listTasks(this.pool, id, actor, this.clock.today(), page, pageSize);
  }

  @Post('campaigns/:id/projects')
  @ApiBody({ description: '项目清单：multipart 字段 file 上传模板 XLSX，或 JSON {projects: [{code, name, department, implementingUnit, initialBudget, annualBudget, executed?, executionWeight?}]}' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  async importProjects(@Param('id') id: string, @Body() body: unknown, @UploadedFile() file: Express.Multer.File | undefined,
    @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const rows: ProjectListRow[] = file
      ? await readProjectListXlsx(file.buffer)
      : parseBody(ProjectListBody, body).projects.map((p, i) => ({ row: i + 1, ...stringsOf(p) }) as ProjectListRow);
    return this.idempotency.run(req, res, async (record) => {
      let reply: Reply | undefined;
      await this.commands.importProjects(id, rows, this.context(req, async (client, { planned = 0 }) => {
        reply = { status: 201, body: { added: planned, unchanged: rows.length - planned } };
        await record?.(client, reply);
      }));
      return reply!;
    });
  }

  @Post('campaigns/:id/tasks/:taskId/start')
  start(@Param('id') id: string, @Param('taskId') taskId: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.idempotency.run(req, res, async (record) => {
      const { view } = await this.commands.start(id, taskId, this.context(req, async (client, { view: drafted }) => {
        await record?.(client, { status: 201, body: withAllowedCommands(drafted!, actorOf(req)), etag: etagOf(drafted!.version) });
      }));
      res.setHeader('Location', `/api/reports/${view.id}`);
      return { status: 201, body: withAllowedCommands(view, actorOf(req)), etag: etagOf(view.version) };
    });
  }

  @Post('campaigns/:id/tasks/:taskId/attach')
  async attach(@Param('id') id: string, @Param('taskId') taskId: string, @Body() body: unknown, @Req() req: Request) {
    const { reportId } = parseBody(AttachBody, body);
    await this.commands.attach(id, taskId, reportId, this.context(req));
    return { taskId, reportId };
  }

  @Get('campaigns/:id/progress')
  async progress(@Param('id') id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    const campaign = await getCampaign(this.pool, id, actor);
    const today = this.clock.today();
    const departments = await readProgressJson(this.pool, id, actor, today);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    return `{"campaign":${JSON.stringify(campaign)},"today":${JSON.stringify(today)},"departments":${departments}}`;
  }

  @Get('campaigns/:id/summary.xlsx')
  async summary(@Param('id') id: string, @CurrentActor() actor: Actor, @Res() res: Response) {
    const campaign = await getCampaign(this.pool, id, actor);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${campaign.title}-自评结果汇总表.xlsx`)}`);
    await writeSummary(this.pool, campaign, visibleDepartments(actor), this.clock.today(), res);
  }

  @Get('templates/project-list.xlsx')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('项目清单模板.xlsx')}`)
  async template() {
    return new StreamableFile(await projectListTemplate());
  }

  private context(req: Request, alsoInTransaction?: CommandContext['alsoInTransaction']): CommandContext {
    const now = this.clock.now();
    return {
      actor: actorOf(req), today: this.clock.today(), at: now.toISOString(),
      correlationId: (req as Request & { correlationId: string }).correlationId, alsoInTransaction,
    };
  }
}

const actorOf = (req: Request) => (req as Request & { actor: Actor }).actor;

function stringsOf(project: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(project).map(([k, v]) => [k, v === undefined || v === null ? '' : String(v)]));
}
