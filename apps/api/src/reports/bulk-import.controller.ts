import { Controller, Post, Req, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, InvalidInput, RoleNotPermitted } from '@jixiao/domain';
import { UnpackBudget } from '@jixiao/intake';
import { CurrentActor } from '../auth/current-actor';
import { ReportImports } from './report-imports';

type BulkResult = { file: string; sheet: string; ok: true; id: string; existing?: boolean } | { file: string; sheet: string; ok: false; problems: { path: string; message: string }[] };

/** SPEC §18: many files, or a zip of them, in one request → one result per form. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class BulkImportController {
  constructor(private readonly imports: ReportImports) {}

  @Post('bulk')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ description: '多个 .json/.xlsx/.docx 文件或一个 .zip（字段名任意，通常为 files）；每张自评表返回 {file, sheet, ok, id | problems}' })
  @UseInterceptors(AnyFilesInterceptor({ limits: { fileSize: 5 * 1024 * 1024, files: 100, fieldSize: 64 * 1024, fields: 20 } }))
  async bulk(@UploadedFiles() files: Express.Multer.File[] | undefined, @CurrentActor() actor: Actor, @Req() req: Request): Promise<BulkResult[]> {
    if (actor.role !== 'preparer' || !actor.department) throw new RoleNotPermitted('只有部门填表人可以创建或导入报告');
    if (!files?.length) throw new InvalidInput([{ path: 'files', message: '请上传至少一个文件' }]);
    const budget = new UnpackBudget();
    const forms = [];
    for (const file of files) forms.push(...(await this.imports.readUpload(file, budget)));
    const results: BulkResult[] = [];
    for (const form of forms) results.push(await this.importOne(form, actor, correlationOf(req)));
    return results;
  }

  private async importOne(form: Awaited<ReturnType<ReportImports['readUpload']>>[number], actor: Actor, correlationId: string): Promise<BulkResult> {
    const { file, sheet } = form;
    if (!form.ok) return { file, sheet, ok: false, problems: form.problems ?? [] };
    try {
      const earlier = await this.imports.earlierImport(form.contentHash, form.document, actor);
      if (earlier) return { file, sheet, ok: true, id: earlier.id, existing: true };
      const { view } = await this.imports.draftImported(form.document, form.contentHash, actor, `${correlationId}:${results(file, sheet)}`);
      return { file, sheet, ok: true, id: view.id };
    } catch (error) {
      if (error instanceof InvalidInput) return { file, sheet, ok: false, problems: error.problems };
      const winner = (error as { constraint?: string }).constraint === 'report_imports_pkey'
        ? await this.imports.earlierImport(form.contentHash, form.document, actor) : null;
      if (winner) return { file, sheet, ok: true, id: winner.id, existing: true };
      throw error;
    }
  }
}

const results = (file: string, sheet: string) => `${file}${sheet ? `#${sheet}` : ''}`.slice(0, 100);
const correlationOf = (req: Request) => (req as Request & { correlationId: string }).correlationId;
