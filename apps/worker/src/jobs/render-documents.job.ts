import type { Pool } from 'pg';
import { formOf, documentsStreamOf } from '@jixiao/domain';
import type { Report } from '@jixiao/domain';
import { CjkFont, DOCUMENT_FORMATS, DocumentFormat, renderEach, RenderInput } from '@jixiao/documents';
import type { RecordedEvent } from '@jixiao/event-store';
import { toReportView, reportStreams } from '@jixiao/read-models';

import { scoreDocument } from '@jixiao/scoring';
import { CompanionStream } from './companion-stream';
import type { TransitionJob } from './transition-jobs';

const STORE = `
  INSERT INTO report_documents (report_id, version, format, content_type, sha256, bytes, content)
  VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (report_id, version, format) DO NOTHING`;

export interface RenderJobOptions {
  /** Test hook: hold each render this long, to kill a worker mid-job. */
  delayMs?: number;
  /** The PDF's CJK font; by default findCjkFont(). */
  font?: CjkFont;
}

/** A render whose formats did not all succeed; those that did are stored. */
export class DocumentsIncomplete extends Error {
  constructor(readonly failed: { format: DocumentFormat; error: Error }[]) {
    super(failed.map(({ format, error }) => `${format}: ${error.message}`).join('; '));
    this.name = 'DocumentsIncomplete';
  }
}

/**
 * Renders one version's XLSX, DOCX and PDF once: a re-run finds DocumentsRendered for that version and stops. Each
 * format is rendered and stored on its own, so a failing PDF leaves the XLSX and DOCX readable; the job then fails
 * (to be retried) and a retry renders only the formats still missing.
 */
export async function renderDocuments(pool: Pool, job: TransitionJob, options: RenderJobOptions | number = {}): Promise<'rendered' | 'already'> {
  const { delayMs = 0, font } = typeof options === 'number' ? { delayMs: options } : options;
  const stream = new CompanionStream(pool, documentsStreamOf(job.reportId));
  if (hasVersion(await stream.read(), job.version)) return 'already';
  const have = new Set((await storedOf(pool, job)).map((row) => row.format));
  const missing = DOCUMENT_FORMATS.filter((format) => !have.has(format));
  if (missing.length) {
    const input = await renderInputOf(pool, job);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const failures: DocumentsIncomplete['failed'] = [];
    // One format at a time, each stored as soon as it is rendered: the XLSX is readable while the PDF is drawn.
    for (const format of missing) {
      const { rendered, failed } = await renderEach(input, [format], { font });
      failures.push(...failed);
      for (const doc of rendered) {
        await pool.query(STORE, [job.reportId, job.version, doc.format, doc.contentType, doc.sha256, doc.body.length, doc.body]);
      }
    }
    if (failures.length) throw new DocumentsIncomplete(failures);
  }
  // A run killed after storing keeps the first bytes; the event names what is stored, not what this run made.
  const stored = await storedOf(pool, job);
  const appended = await stream.appendUnless((events) => hasVersion(events, job.version) ? null : {
    type: 'DocumentsRendered',
    data: { reportId: job.reportId, reportVersion: job.version, documents: stored },
  }, `job:${job.position}`);
  return appended ? 'rendered' : 'already';
}

async function storedOf(pool: Pool, job: TransitionJob): Promise<{ format: string; sha256: string; bytes: number }[]> {
  const { rows } = await pool.query(
    'SELECT format, sha256, bytes FROM report_documents WHERE report_id = $1 AND version = $2 ORDER BY format',
    [job.reportId, job.version],
  );
  return rows;
}

const hasVersion = (events: RecordedEvent[], version: number) =>
  events.some((e) => (e.data as { reportVersion: number }).reportVersion === version);

/** The reviewer's scores by row index, as the documents print them: the form's rows, and a department report's 附件1 rules. */
export function reviewScoresOf(report: Pick<Report, 'document' | 'indicatorIds' | 'ruleIds' | 'reviewScores'>) {
  const reviewed = (ids: string[]): Record<number, string> =>
    Object.fromEntries(ids.flatMap((id, i) => (report.reviewScores[id] === undefined ? [] : [[i, report.reviewScores[id]]])));
  return {
    reviewScores: reviewed(report.indicatorIds.slice(0, formOf(report.document).indicators.length)),
    ruleReviewScores: reviewed(report.ruleIds),
  };
}

async function renderInputOf(pool: Pool, job: TransitionJob): Promise<RenderInput> {
  const report = await reportStreams(pool).load(job.reportId, job.version);
  const view = toReportView(report);
  return {
    reportId: report.id, version: job.version, revision: report.revision, state: report.state, title: view.title,
    document: report.document, result: scoreDocument(report.document), ...reviewScoresOf(report),
  };
}
