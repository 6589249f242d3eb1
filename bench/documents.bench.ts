import { reportStreams } from '@jixiao/read-models';
import { createPool } from '@jixiao/event-store';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { CJK_FONT_FIX, findCjkFont, renderAll } from '@jixiao/documents';
import { JobFeed } from '../apps/worker/src/job-feed';
import { createQueue, createWorker } from '../apps/worker/src/report-jobs.processor';
import { findFixturesDir } from '../apps/api/src/demo/seed-demo-data';
import { BenchRow, percentile, scratchDatabase } from './bench-kit';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 20);
const preparer = { username: 'bench', role: 'preparer' as const, department: '009' };

/** SPEC §14: transition → recomputed scores and documents ready, at low load (one transition at a time). */
export async function benchDocuments(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 6);
  const queueName = `bench-${randomUUID()}`;
  const queue = createQueue(queueName, REDIS_URL);
  const worker = createWorker(queueName, REDIS_URL, pool, { concurrency: 2, lockMs: 30000, renderDelayMs: 0 });
  const feed = new JobFeed(pool, queue);
  feed.start(10);
  const document = JSON.parse(readFileSync(join(findFixturesDir(), 'seed-004/05-foreign-affairs.json'), 'utf8'));
  try {
    const streams = reportStreams(pool);
    const latencies: number[] = [];
    for (let i = 0; i < TRANSITIONS; i++) {
      const reportId = randomUUID();
      const started = performance.now();
      await streams.execute(reportId, { type: 'DraftReport', actor: preparer, data: { reportId, document, departmentName: '淮南市人民政府办公室' } }, { correlationId: 'bench' });
      await waitFor(pool, reportId);
      latencies.push(performance.now() - started);
    }
    const noop = await noopJobLatencies(queueName);
    const renders = await renderRate(document);
    return [
      { name: 'transition → scores and documents ready, p50', value: percentile(latencies, 50), unit: 'ms', baseline: percentile(noop, 50), baselineName: 'empty BullMQ job round trip p50', ratio: percentile(latencies, 50) / percentile(noop, 50) },
      { name: 'transition → scores and documents ready, p95', value: percentile(latencies, 95), unit: 'ms', baseline: percentile(noop, 95), baselineName: 'empty BullMQ job round trip p95', ratio: percentile(latencies, 95) / percentile(noop, 95), target: '< 2,000 ms' },
      renders,
    ];
  } finally {
    await feed.stop();
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await pool.end();
    await db.drop();
  }
}

async function waitFor(pool: Pool, reportId: string): Promise<void> {
  const deadline = Date.now() + 30000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`report ${reportId}: no scores and documents within 30 s (is the worker failing?)`);
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM events WHERE stream_id = $1) AS docs, (SELECT count(*) FROM events WHERE stream_id = $2) AS scores`,
      [`report-${reportId}-documents`, `report-${reportId}-scores`],
    );
    if (Number(rows[0].docs) > 0 && Number(rows[0].scores) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function noopJobLatencies(queueName: string): Promise<number[]> {
  const { Queue, Worker, QueueEvents } = await import('bullmq');
  const name = `${queueName}-noop`;
  const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379), maxRetriesPerRequest: null };
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  const worker = new Worker(name, async () => 'ok', { connection });
  await events.waitUntilReady();
  const latencies: number[] = [];
  for (let i = 0; i < TRANSITIONS; i++) {
    const started = performance.now();
    const job = await queue.add('noop', {});
    await job.waitUntilFinished(events);
    latencies.push(performance.now() - started);
  }
  await worker.close();
  await events.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return latencies;
}

async function renderRate(document: unknown): Promise<BenchRow> {
  const input = { reportId: randomUUID(), version: 1, revision: 1, state: 'draft', title: 'bench', document };
  const count = 10;
  let started = performance.now();
  for (let i = 0; i < count; i++) await renderAll(input);
  const perSecond = (count * 3) / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let i = 0; i < count; i++) await oneLinePdf();
  const lines = count / ((performance.now() - started) / 1000);
  return { name: 'documents rendered (XLSX + DOCX + PDF, one form)', value: perSecond, unit: 'documents/s', baseline: lines, baselineName: 'one-line PDFs with the same embedded CJK font/s', ratio: perSecond / lines };
}

/** The fixed cost of any PDF here: pdfkit with the CJK font subset embedded. */
async function oneLinePdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const font = findCjkFont();
  if (!font) throw new Error(CJK_FONT_FIX);
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', font.path, font.family as string).font('cjk').text('项目支出绩效自评表');
  doc.end();
  return done;
}

if (require.main === module) {
  import('./bench-kit').then(({ printRows }) =>
    benchDocuments().then((rows) => { printRows('worker', rows); process.exit(0); }, (error) => { console.error(error); process.exit(1); }));
}
