import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { Actor, InvalidInput, RoleNotPermitted } from '@jixiao/domain';
import { FormResult, readImportFile, UnpackBudget, UploadRefused } from '@jixiao/intake';
import type { ReportView } from '@jixiao/read-models';
import { draftReport, ExecuteOptions, Executed, ReportStreams } from '@jixiao/reports';
import type { RecordReply, Reply } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';

/** Reading uploaded files into import documents (SPEC §18), and drafting for callers outside this module. */
@Injectable()
export class ReportImports {
  constructor(
    private readonly reports: ReportStreams<ReportView>,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  /** Every form of an uploaded file (a zip: of each file in it), SPEC §18; limits of §19 throw UploadRefused. */
  async readUpload(file: Express.Multer.File, budget = new UnpackBudget()): Promise<(FormResult & { contentHash: string })[]> {
    const name = fileNameOf(file);
    const forms = await readImportFile(file.buffer, name, budget);
    const fileHash = createHash('sha256').update(file.buffer).digest('hex');
    // By content, not name: the same bytes under another name are the same file; inside a zip, its path counts.
    return forms.map((form) => ({ ...form, contentHash: `${fileHash}:${form.file.slice(name.length)}:${form.sheet}` }));
  }

  /** POST /api/reports with one file: its one form, or 400 naming the file, sheet and cell. */
  async readSingleUpload(file: Express.Multer.File): Promise<{ document: unknown; contentHash: string }> {
    const forms = await this.readUpload(file);
    if (forms.length > 1) {
      throw new InvalidInput([{ path: 'file', message: `文件含有 ${forms.length} 张自评表，请使用 POST /api/reports/bulk 一次导入全部` }]);
    }
    const [form] = forms;
    if (!form.ok) throw new InvalidInput((form.problems ?? []).map((p) => ({ path: `file:${p.path}`, message: p.message })));
    return { document: form.document, contentHash: form.contentHash };
  }

  /** POST /api/reports with a file: 201 with the new draft, or 200 with the report the same file made before. */
  async createFromFile(file: Express.Multer.File, actor: Actor, correlationId: string, record: RecordReply | null, res: Response): Promise<Reply> {
    if (actor.role !== 'preparer' || !actor.department) throw new RoleNotPermitted('只有部门填表人可以创建或导入报告');
    const { document, contentHash } = await this.readSingleUpload(file);
    const earlier = await this.earlierImport(contentHash, document, actor);
    if (earlier) return { status: 200, body: earlier, etag: `"${earlier.version}"` };
    try {
      const { view } = await this.draftImported(document, contentHash, actor, correlationId, async (client, v) => {
        await record?.(client, { status: 201, body: summary(v), etag: `"${v.version}"` });
      });
      res.setHeader('Location', `/api/reports/${view.id}`);
      return { status: 201, body: summary(view), etag: `"${view.version}"` };
    } catch (error) {
      const winner = (error as { constraint?: string }).constraint === 'report_imports_pkey' ? await this.earlierImport(contentHash, document, actor) : null;
      if (!winner) throw error;
      return { status: 200, body: winner, etag: `"${winner.version}"` };
    }
  }

  /** The report an earlier import of the same file made in this department and year, if any. */
  async earlierImport(contentHash: string, document: unknown, actor: Actor): Promise<{ id: string; version: number; state: string } | null> {
    const fiscalYear = (document as { fiscalYear?: unknown })?.fiscalYear;
    const { rows } = await this.pool.query(
      `SELECT s.id, s.version, s.state FROM report_imports i JOIN report_summary s ON s.id = i.report_id
        WHERE i.department = $1 AND i.fiscal_year = $2 AND i.content_hash = $3`,
      [actor.department ?? '', String(fiscalYear ?? ''), contentHash],
    );
    return rows[0] ?? null;
  }

  /** Drafts an imported file's form, remembering its hash in the same transaction. */
  draftImported(
    document: unknown, contentHash: string, actor: Actor, correlationId: string,
    alsoInTransaction?: ExecuteOptions<ReportView>['alsoInTransaction'],
  ): Promise<Executed<ReportView>> {
    return this.draft(document, actor, correlationId, async (client, view) => {
      await client.query(
        'INSERT INTO report_imports (department, fiscal_year, content_hash, report_id) VALUES ($1, $2, $3, $4)',
        [actor.department ?? '', String((document as { fiscalYear?: unknown }).fiscalYear ?? ''), contentHash, view.id],
      );
      await alsoInTransaction?.(client, view);
    });
  }

  /** The same draft flow as POST /api/reports (libs/reports draftReport). */
  draft(
    document: unknown, actor: Actor, correlationId: string, alsoInTransaction?: ExecuteOptions<ReportView>['alsoInTransaction'],
  ): Promise<Executed<ReportView>> {
    return draftReport(this.reports, this.pool, { document, actor, correlationId, alsoInTransaction });
  }
}

const summary = (view: { id: string; version: number; state: string }) => ({ id: view.id, version: view.version, state: view.state });

/** Multer reads a multipart file name as Latin-1; browsers send UTF-8. */
export function fileNameOf(file: Express.Multer.File): string {
  const name = Buffer.from(file.originalname ?? 'upload', 'latin1').toString('utf8');
  return name.includes('\uFFFD') ? file.originalname : name;
}

export { UploadRefused };
