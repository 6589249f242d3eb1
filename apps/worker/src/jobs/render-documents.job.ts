import type { Pool } from 'pg';
import { formOf, documentsStreamOf } from '@jixiao/domain';
import { renderAll, RenderInput } from '@jixiao/documents';
import type { RecordedEvent } from '@jixiao/event-store';
import { toReportView, reportStreams } from '@jixiao/read-models';

import { scoreDocument } from '@jixiao/scoring';
import { CompanionStream } from './companion-stream';
import type { TransitionJob } from './transition-jobs';

const STORE = `
  INSERT INTO report_documents (report_id, version, format, content_type, sha256, bytes, content)
  VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (report_id, version, format) DO NOTHING`;

/** Renders one version's XLSX, DOCX and PDF once: a re-run finds DocumentsRendered for that version and stops. */
export async function renderDocuments(pool: Pool, job: TransitionJob, delayMs = 0): Promise<'rendered' | 'already'> {
  const stream = new CompanionStream(pool, documentsStreamOf(job.reportId));
  if (hasVersion(await stream.read(), job.version)) return 'already';
  const documents = await renderAll(await renderInputOf(pool, job));
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  for (const doc of documents) {
    await pool.query(STORE, [job.reportId, job.version, doc.format, doc.contentType, doc.sha256, doc.body.length, doc.body]);
  }
  // A run killed after storing keeps the first bytes; the event names what is stored, not what this run made.
  const { rows: stored } = await pool.query(
    'SELECT format, sha256, bytes FROM report_documents WHERE report_id = $1 AND version = $2 ORDER BY format',
    [job.reportId, job.version],
  );
  const appended = await stream.appendUnless((events) => hasVersion(events, job.version) ? null : {
    type: 'DocumentsRendered',
    data: { reportId: job.reportId, reportVersion: job.version, documents: stored },
  }, `job:${job.position}`);
  return appended ? 'rendered' : 'already';
}

const hasVersion = (events: RecordedEvent[], version: number) =>
  events.some((e) => (e.data as { reportVersion: number }).reportVersion === version);

async function renderInputOf(pool: Pool, job: TransitionJob): Promise<RenderInput> {
  const report = await reportStreams(pool).load(job.reportId, job.version);
  const view = toReportView(report);
  const reviewScores = Object.fromEntries(
    formOf(report.document).indicators.flatMap((_, i) => {
      const score = report.reviewScores[report.indicatorIds[i]];
      return score === undefined ? [] : [[i, score]];
    }),
  );
  return {
    reportId: report.id, version: job.version, revision: report.revision, state: report.state, title: view.title,
    document: report.document, result: scoreDocument(report.document), reviewScores,
  };
}
