import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { ensureDatabase, EVENT_COLUMNS, migrate, toRecordedEvent } from '@jixiao/event-store';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineName?: string;
  ratio: number | null;
  target?: string;
}

export const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jixiao';

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What a running worker keeps: its job feed's checkpoint at the log's head (the benches run no worker). */
export async function jobFeedAtHead(db: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  await db.query(`
    INSERT INTO projection_checkpoints (name, transaction_id, position)
    SELECT 'job-feed', transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1
    ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position`);
}

/**
 * What a database does in its own time after a bulk load, done before anything is timed: autovacuum's visit to every
 * table the load wrote, and the checkpoint of its WAL (CHECKPOINT needs a superuser or pg_checkpoint; without them the
 * checkpoint is left to PostgreSQL).
 */
export async function settleAfterLoad(db: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  await db.query('VACUUM ANALYZE');
  await db.query('CHECKPOINT').catch(() => undefined);
}

/** A scratch database with the migrations applied, dropped by the returned function. */
export async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `jixiao_bench_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(name);
  await ensureDatabase(url);
  await migrate(url);
  return {
    url,
    drop: async () => {
      const admin = new Client({ connectionString: databaseUrl('postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function forDuration(ms: number, workers: number, work: (worker: number) => Promise<void>): Promise<{ count: number; seconds: number; latencies: number[] }> {
  const deadline = Date.now() + ms;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: workers }, async (_, worker) => {
    while (Date.now() < deadline) {
      const t = process.hrtime.bigint();
      await work(worker);
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }));
  return { count: latencies.length, seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function printRows(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`);
  for (const r of rows) {
    const ratio = r.ratio === null ? '' : `  ratio ${r.ratio.toFixed(2)}× ${r.baselineName ?? 'baseline'} (${fmt(r.baseline)} ${r.unit})`;
    console.log(`  ${r.name.padEnd(52)} ${fmt(r.value).padStart(10)} ${r.unit}${ratio}${r.target ? `  target ${r.target}` : ''}`);
  }
}

const fmt = (n: number | null) => (n === null ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(2));

/** SPEC §14's baseline for the rebuild: a raw paged read of the events table, each row made a RecordedEvent. */
export async function pageRaw(pool: Pool): Promise<number> {
  let after = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT 5000`, [after]);
    const page = rows.map(toRecordedEvent);
    count += page.length;
    if (page.length < 5000) return count;
    after = page[page.length - 1].position;
  }
}
