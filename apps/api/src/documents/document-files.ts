import { NotFoundException, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';

const FORMATS = ['xlsx', 'docx', 'pdf'];

/** Rendered documents by report version; `null` version means the newest rendered one. */
export class DocumentFiles {
  constructor(private readonly pool: Pool) {}

  async list(reportId: string, version: number | null, baseUrl: string) {
    const { rows } = await this.pool.query(
      `SELECT version, format, content_type, sha256, bytes, rendered_at FROM report_documents
       WHERE report_id = $1 AND version = COALESCE($2, (SELECT max(version) FROM report_documents WHERE report_id = $1))
       ORDER BY format`,
      [reportId, version],
    );
    return rows.map((row) => ({
      format: row.format, version: row.version, contentType: row.content_type, sha256: row.sha256, bytes: row.bytes,
      renderedAt: row.rendered_at, url: `${baseUrl}/${row.format}?version=${row.version}`,
    }));
  }

  async send(res: Response, reportId: string, format: string, version: number | null): Promise<StreamableFile> {
    if (!FORMATS.includes(format)) throw new NotFoundException(`未知的文档格式 ${format}，可用：${FORMATS.join('、')}`);
    const { rows } = await this.pool.query(
      `SELECT version, content_type, sha256, content FROM report_documents
       WHERE report_id = $1 AND format = $2 AND ($3::int IS NULL OR version = $3)
       ORDER BY version DESC LIMIT 1`,
      [reportId, format, version],
    );
    if (!rows[0]) throw new NotFoundException('该版本的文档尚未生成，请稍后再试');
    res.setHeader('Content-Type', rows[0].content_type);
    res.setHeader('ETag', `"${rows[0].sha256}"`);
    res.setHeader('Content-Disposition', `attachment; filename="report-${reportId}-v${rows[0].version}.${format}"`);
    return new StreamableFile(rows[0].content);
  }
}
