import { Controller, Get, Inject, Param, Query, Res, StreamableFile, UnauthorizedException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { blankProjectFormTemplate } from '@jixiao/documents';
import type { Actor } from '@jixiao/domain';
import { InvalidInput } from '@jixiao/domain';
import { ReportNotFound, ReportStreams } from '@jixiao/reports';
import { CurrentActor } from '../auth/current-actor';
import { Public } from '../auth/public.decorator';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { readView } from '../reports/queries/get-report';
import { DocumentFiles } from './document-files';

@ApiTags('documents')
@Controller()
export class DocumentsController {
  private readonly files: DocumentFiles;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly reports: ReportStreams<unknown>,
  ) {
    this.files = new DocumentFiles(pool);
  }

  // Published documents are public: anyone may read the published version; a member of the report's department
  // (or a reviewer) may read every version.
  @Public()
  @Get('reports/:id/documents')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor | undefined) {
    const version = await this.readableVersion(id, actor, null);
    return this.files.list(id, version, `/api/reports/${id}/documents`);
  }

  @Public()
  @Get('reports/:id/documents/:format')
  async download(@Param('id') id: string, @Param('format') format: string, @Query('version') version: string | undefined,
    @CurrentActor() actor: Actor | undefined, @Res({ passthrough: true }) res: Response) {
    return this.files.send(res, id, format, await this.readableVersion(id, actor, parseVersion(version)));
  }

  @Public()
  @Get('public/reports/:id/documents')
  async publicList(@Param('id') id: string) {
    const version = await this.publishedVersion(id);
    return this.files.list(id, version, `/api/public/reports/${id}/documents`);
  }

  @Public()
  @Get('public/reports/:id/documents/:format')
  async publicDownload(@Param('id') id: string, @Param('format') format: string, @Res({ passthrough: true }) res: Response) {
    return this.files.send(res, id, format, await this.publishedVersion(id));
  }

  @Public()
  @Get('templates/project-form.xlsx')
  async template(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('项目支出绩效自评表-模板.xlsx')}`);
    return new StreamableFile(await blankProjectFormTemplate());
  }

  /** The version the caller may read: the one asked for (null: the newest) when the report is theirs to see, else the published one. */
  private async readableVersion(id: string, actor: Actor | undefined, asked: number | null): Promise<number | null> {
    if (actor && (await this.mayRead(id, actor))) return asked;
    const view = await readView(this.pool, id, 'public_view');
    if (view && (asked === null || asked === view.version)) return view.version;
    if (!actor) throw new UnauthorizedException('需要登录：该报告尚未公开');
    throw new ReportNotFound(id);
  }

  private async mayRead(id: string, actor: Actor): Promise<boolean> {
    try {
      await this.reports.loadVisible(id, actor);
      return true;
    } catch (error) {
      if (error instanceof ReportNotFound) return false;
      throw error;
    }
  }

  private async publishedVersion(id: string): Promise<number> {
    const view = await readView(this.pool, id, 'public_view');
    if (!view) throw new ReportNotFound(id);
    return view.version;
  }
}

function parseVersion(version: string | undefined): number | null {
  if (version === undefined) return null;
  if (!/^\d{1,9}$/.test(version)) throw new InvalidInput([{ path: 'version', message: '版本应为正整数' }]);
  return Number(version);
}
