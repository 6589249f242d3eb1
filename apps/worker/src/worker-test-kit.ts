import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { actors, hotline } from '@jixiao/testing';
import { ReportStreams } from '@jixiao/reports';

/** Drafts the hotline form and submits it: two transitions, versions 1 and 2. */
export async function aSubmittedReport(pool: Pool): Promise<string> {
  const streams = new ReportStreams(pool);
  const reportId = randomUUID();
  await streams.execute(reportId, {
    type: 'DraftReport', actor: actors.preparer, data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
  }, { correlationId: 'test' });
  await streams.execute(reportId, { type: 'SubmitSelfEvaluation', actor: actors.preparer, data: {} } as never, { correlationId: 'test' });
  return reportId;
}

export async function eventsOf(pool: Pool, streamId: string): Promise<{ type: string; data: any }[]> {
  const { rows } = await pool.query('SELECT type, data FROM events WHERE stream_id = $1 ORDER BY version', [streamId]);
  return rows;
}

export async function documentsOf(pool: Pool, reportId: string): Promise<{ version: number; format: string }[]> {
  const { rows } = await pool.query(
    'SELECT version, format FROM report_documents WHERE report_id = $1 ORDER BY version, format', [reportId],
  );
  return rows;
}

export async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const uniqueQueue = () => `test-${randomUUID()}`;
