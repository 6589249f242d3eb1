import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClientConfig, Pool, PoolClient } from 'pg';
import type { Queryable } from '@jixiao/event-store';
import { inTransaction } from './in-transaction';
import { Lane, Write } from './lane';
import { WHOLE_LOG } from './log-pages';
import type { WriteSink } from './report-models';
import { Coverage, later, replayPartition, ReplayResult } from './replay-partition';
import type { ReplayWorkerData, ReplayWorkerMessage } from './replay-worker';

export { isAtOrBefore, type Coverage, type ReplayResult } from './replay-partition';

/** The log as one exported snapshot shows it, to be read on the pool's other connections. */
export interface LogSnapshot {
  pool: Pool;
  snapshot: string;
}

// Below this many events a second thread costs more to start than it saves.
const THREADS_FROM_EVENTS = 200_000;

/**
 * Rebuilds every read model (in whichever schema the search_path of `db` names first) from the log as `source`
 * shows it. With `threads` worker threads each folds a share of the reports on its own connection, and this one
 * writes what they send in its transaction, so folding and writing go on at once; with 0 this thread folds too.
 */
export async function replayLog(db: Queryable, coverage: Coverage, source: LogSnapshot, threads?: number): Promise<ReplayResult> {
  for (const table of ['report_view', 'report_search', 'report_summary', 'score_changes']) await db.query(`DELETE FROM ${table}`);
  const lane = new Lane(db);
  let turn: Promise<void> = Promise.resolve();
  const sink: WriteSink = (writes: Write[]) => (turn = turn.then(() => lane.write(writes)));
  const count = threads ?? (await defaultThreads(db));
  const results =
    count > 0
      ? await inWorkers(source, coverage, count, sink)
      : [await inSnapshot(source, (reader) => replayPartition(reader, WHOLE_LOG, coverage, sink))];
  await turn;
  await lane.flush();
  return results.reduce((a, b) => ({
    events: a.events + b.events,
    reports: a.reports + b.reports,
    scoreChanges: a.scoreChanges + b.scoreChanges,
    reusedScores: a.reusedScores + b.reusedScores,
    cursor: later(a.cursor, b.cursor),
  }));
}

async function defaultThreads(db: Queryable): Promise<number> {
  const configured = process.env.REBUILD_THREADS;
  if (configured && Number(configured) >= 0) return Math.floor(Number(configured));
  const { rows } = await db.query(`SELECT reltuples FROM pg_class WHERE oid = 'public.events'::regclass`);
  // One core is left to the database, which writes what the threads fold (and, on one machine, reads it to them).
  return Number(rows[0]?.reltuples ?? 0) < THREADS_FROM_EVENTS ? 0 : Math.max(1, Math.min(availableParallelism() - 1, 4));
}

/** Runs `work` on another connection that sees exactly the exported snapshot (read only). */
export function inSnapshot<T>({ pool, snapshot }: LogSnapshot, work: (reader: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (reader) => {
    await reader.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, '')}'`);
    return work(reader);
  });
}

// The worker runs the same TypeScript under the same register hook in development and tests, the built
// JavaScript in production.
const WORKER_FILE = join(__dirname, `replay-worker${extname(__filename)}`);
const WORKER_ARGV = extname(__filename) === '.ts' ? ['-r', require.resolve('@swc-node/register')] : undefined;

// A fold allocates a great deal that dies young (rows, events, views, their JSON): a larger young generation lets
// it die there instead of being promoted and collected again with the reports still open (a tenth less CPU).
const FOLDING_HEAP = { maxYoungGenerationSizeMb: 192 };

function inWorkers(source: LogSnapshot, coverage: Coverage, count: number, sink: WriteSink): Promise<ReplayResult[]> {
  const workers: Worker[] = [];
  const stopAll = () => workers.forEach((worker) => void worker.terminate());
  const shares = Array.from({ length: count }, (_, index) => {
    const workerData: ReplayWorkerData = {
      connection: connectionOf(source.pool),
      snapshot: source.snapshot,
      partition: { index, count },
      coverage,
    };
    const worker = new Worker(WORKER_FILE, { workerData, execArgv: WORKER_ARGV, resourceLimits: FOLDING_HEAP });
    workers.push(worker);
    return new Promise<ReplayResult>((resolve, reject) => {
      worker.on('message', (message: ReplayWorkerMessage) => {
        if ('writes' in message) sink(message.writes).then(() => worker.postMessage('ack'), reject);
        else if ('done' in message) resolve(message.done);
        else reject(new Error(message.failed));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`replay worker ${index} exited with code ${code}`)));
    });
  });
  return Promise.all(shares).finally(stopAll);
}

function connectionOf(pool: Pool): ClientConfig {
  const { connectionString, host, port, user, password, database, ssl } = pool.options;
  return { connectionString, host, port, user, password: typeof password === 'string' ? password : undefined, database, ssl };
}
