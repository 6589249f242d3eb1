import { BadRequestException, Controller, Get, HttpCode, Inject, Post, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { InvalidInput, type Actor } from '@jixiao/domain';
import { importOrganisation, organisationTemplate, OrganisationStore, type ChangeOptions, type ImportResult } from '@jixiao/organisation';
import { CurrentActor } from '../auth/current-actor';
import { Public } from '../auth/public.decorator';
import { Idempotency } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { answerOnce, type ChangeRequest } from './answer-once';
import { describeRowProblem, managerOf } from './manager';
import { SealedReplies } from './sealed-replies';
import { checkZip } from '@jixiao/intake';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** SPEC §16 bulk: the template, and a filled-in file → per-row results (or every problem, and nothing changed). */
@ApiTags('admin')
@Controller()
export class OrganisationImportController {
  constructor(
    private readonly store: OrganisationStore,
    private readonly idempotency: Idempotency,
    private readonly seal: SealedReplies,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Public()
  @Get('templates/organisation.xlsx')
  async template(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('组织与账号-模板.xlsx')}`);
    return new StreamableFile(await organisationTemplate());
  }

  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @Post('admin/organisation')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5, fieldSize: 1024 } }))
  async import(@UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor, @Req() req: ChangeRequest,
    @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    if (!file) throw new InvalidInput([{ path: 'file', message: '请上传组织与账号 XLSX 文件（表单字段 file）' }]);
    if (!file.originalname.toLowerCase().endsWith('.xlsx') && file.mimetype !== XLSX) {
      throw new BadRequestException('只接受 XLSX 文件（组织与账号模板）');
    }
    await checkZip(file.buffer, 'file'); // SPEC §19: sizes and expansion checked before exceljs sees the workbook
    const change = async (options: ChangeOptions<ImportResult>) => {
      const result = await importOrganisation(this.store, actor, manager, file.buffer, options);
      if (!result.ok) {
        throw new InvalidInput(result.problems.map((p) => ({
          path: `${p.sheet}.${p.row}.${p.label}`, message: describeRowProblem(p), sheet: p.sheet, row: p.row, column: p.label,
        })));
      }
      return result;
    };
    // New accounts' one-time passwords are in the reply: kept sealed for the Idempotency-Key.
    const answering = { idempotency: this.idempotency, pool: this.pool, seal: this.seal };
    return answerOnce(answering, req, res, 200, change, (result) => (result.ok ? { rows: result.rows, counts: countsOf(result.rows) } : null));
  }
}

function countsOf(rows: { outcome: string }[]) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  rows.forEach((row) => { counts[row.outcome as keyof typeof counts]++; });
  return counts;
}
