// Prometheus metrics (prom-client), one registry per process. The counters other parts increment (reminders sent,
// sign-in failures and lockouts) are exported from here; a gauge whose value lives elsewhere (queue counts, log lag)
// is read when scraped, by the collectors registered with registerCollector.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'jixiao_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'jixiao_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status code, with their latency',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const commandsTotal = new Counter({
  name: 'jixiao_commands_total',
  help: 'Report commands by type and outcome (ok, or the problem code that refused it)',
  labelNames: ['command', 'outcome'] as const,
  registers: [registry],
});

export const commandDuration = new Histogram({
  name: 'jixiao_command_duration_seconds',
  help: 'Report command latency (load, decide, append, project) by type',
  labelNames: ['command'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const appendDuration = new Histogram({
  name: 'jixiao_event_append_duration_seconds',
  help: 'Event store append latency',
  buckets: SECONDS,
  registers: [registry],
});

export const appendConflicts = new Counter({
  name: 'jixiao_event_append_conflicts_total',
  help: 'Appends refused because the stream moved on (optimistic concurrency)',
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'jixiao_job_duration_seconds',
  help: 'Worker job run time by kind (recompute-scores, render-documents) and outcome (completed, failed)',
  labelNames: ['kind', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [registry],
});

export const remindersSent = new Counter({
  name: 'jixiao_reminders_sent_total',
  help: 'Reminders sent to task assignees (campaigns)',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const signInFailures = new Counter({
  name: 'jixiao_sign_in_failures_total',
  help: 'Refused sign-ins (wrong password or unknown user)',
  registers: [registry],
});

export const signInLockouts = new Counter({
  name: 'jixiao_sign_in_lockouts_total',
  help: 'Sign-ins refused with 429 because the account or address is throttled',
  registers: [registry],
});

export const queueJobs = new Gauge({
  name: 'jixiao_queue_jobs',
  help: 'BullMQ jobs per queue and state (waiting, active, failed, delayed)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  collect: () => runCollectors('queue'),
});

export const logLag = new Gauge({
  name: 'jixiao_log_lag_events',
  help: 'Positions a consumer of the event log (the job feed, a projection) is behind the log head',
  labelNames: ['consumer'] as const,
  registers: [registry],
  collect: () => runCollectors('lag'),
});

type Collector = () => Promise<void>;
const collectors: Record<'queue' | 'lag', Set<Collector>> = { queue: new Set(), lag: new Set() };

/** Registers work to run when the gauge is scraped; returns a function that unregisters it. */
export function registerCollector(kind: 'queue' | 'lag', collect: Collector): () => void {
  collectors[kind].add(collect);
  return () => collectors[kind].delete(collect);
}

async function runCollectors(kind: 'queue' | 'lag'): Promise<void> {
  // A scrape must answer even while PostgreSQL or Redis does not: a failing collector leaves its last values.
  await Promise.all([...collectors[kind]].map((collect) => withTimeout(collect(), 2000).catch(() => undefined)));
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** The Prometheus text of this process's registry. */
export const metricsText = (): Promise<string> => registry.metrics();
export const METRICS_CONTENT_TYPE = registry.contentType;

/** Times `work` into `histogram` (seconds). */
export async function timed<T>(observe: (seconds: number) => void, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  try {
    return await work();
  } finally {
    observe(Number(process.hrtime.bigint() - started) / 1e9);
  }
}
