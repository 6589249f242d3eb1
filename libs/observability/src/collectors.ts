import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { logLag, METRICS_CONTENT_TYPE, metricsText, queueJobs, registerCollector } from './metrics';

export const QUEUE_STATES = ['waiting', 'active', 'failed', 'delayed'] as const;

/** jixiao_queue_jobs{queue, state} for `queue`, read from Redis at each scrape. */
export function collectQueue(queue: Queue): () => void {
  return registerCollector('queue', async () => {
    const counts = await queue.getJobCounts(...QUEUE_STATES);
    for (const state of QUEUE_STATES) queueJobs.set({ queue: queue.name, state }, counts[state] ?? 0);
  });
}

const LAG = `
  SELECT c.name, GREATEST(0, COALESCE((SELECT max(position) FROM events), 0) - c.position) AS lag
  FROM projection_checkpoints c`;

/** jixiao_log_lag_events{consumer} for every checkpointed consumer of the log (the job feed among them). */
export function collectLogLag(pool: Pool): () => void {
  return registerCollector('lag', async () => {
    const { rows } = await pool.query(LAG);
    for (const row of rows) logLag.set({ consumer: row.name }, Number(row.lag));
  });
}

/** Prometheus text on its own port (METRICS_PORT), for a scraper inside the operator's network; no auth here. */
export async function startMetricsServer(port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || !(req.url ?? '').startsWith('/metrics')) {
      res.writeHead(404).end();
      return;
    }
    metricsText().then(
      (text) => res.writeHead(200, { 'Content-Type': METRICS_CONTENT_TYPE }).end(text),
      (error: Error) => res.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}

export const portOf = (server: Server) => (server.address() as AddressInfo).port;
