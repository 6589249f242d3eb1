import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { PostgresEventStore, createPool } from '@jixiao/event-store';
import { Pool } from 'pg';
import { BenchRow, forDuration, median, printRows, scratchDatabase } from './bench-kit';

/**
 * Each side runs for SECONDS in each of ROUNDS rounds, the sides taking turns, and each ratio is the median of the
 * rounds' ratios: one 3-second run of each side moved the ratio to raw INSERTs between 0.66× and 0.96× on a shared
 * 2-core machine, as the disk's flushes came and went.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const metadata = { actor: { username: 'bench', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'bench', causationId: null };
const data = { indicatorId: 'i1', from: '10', to: '9', reason: '基准测试' };

type Appender = (worker: number) => Promise<void>;

/**
 * SPEC §14: appends of one event per transaction against raw pg INSERTs, on 1 and 8 connections, and against the peer
 * SPEC names (Emmett's PostgreSQL event store: BEGIN, its append function, COMMIT) on 8, in the same database.
 */
export async function benchEventStore(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 8);
  // The peer's own kind of pool, passed in so that its idle connections' end at the database's drop is not an
  // unhandled error (Emmett's pool has no error listener).
  const peerPool = new Pool({ connectionString: db.url, max: 8 });
  peerPool.on('error', () => undefined);
  const peer = getPostgreSQLEventStore(db.url, { schema: { autoMigration: 'CreateOrUpdate' }, connectionOptions: { pooled: true, pool: peerPool } });
  const rows: BenchRow[] = [];
  try {
    await peer.appendToStream(`warm-${randomUUID()}`, [{ type: 'SelfScoreChanged', data }]);
    for (const connections of [1, 8]) {
      const sides: Record<string, Appender> = { raw: rawInserts(pool), store: storeAppends(pool) };
      if (connections > 1) sides.peer = peerAppends(peer);
      const rates = await alternate(sides, connections);
      const name = `event-store append, 1 event/tx, ${connections} connection${connections > 1 ? 's' : ''}`;
      rows.push({ name, ...compared(rates.store, rates.raw), baselineName: 'raw pg INSERT', target: '≥ 0.70× raw' });
      if (rates.peer) {
        rows.push({
          name: `  the same beside the peer, ${connections} connections`, ...compared(rates.store, rates.peer),
          baselineName: 'Emmett PostgreSQL event store', target: '≥ 2× the peer',
        });
      }
    }
  } finally {
    await peer.close();
    if (!peerPool.ended) await peerPool.end();
    await pool.end();
    await db.drop();
  }
  return rows;
}

/** The sides in turn, ROUNDS times: each side's rate in each round. */
async function alternate(sides: Record<string, Appender>, connections: number): Promise<Record<string, number[]>> {
  const rates = Object.fromEntries(Object.keys(sides).map((side) => [side, [] as number[]]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of Object.keys(sides)) {
      const { count, seconds } = await forDuration(SECONDS * 1000, connections, sides[side]);
      rates[side].push(count / seconds);
    }
  }
  return rates;
}

function compared(values: number[], baselines: number[]): Pick<BenchRow, 'value' | 'unit' | 'baseline' | 'ratio'> {
  return { value: median(values), unit: 'events/s', baseline: median(baselines), ratio: median(values.map((v, i) => v / baselines[i])) };
}

const rawInserts = (pool: Pool): Appender => async () => {
  await pool.query(
    `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, 'Raw', $2, $3, 'x')`,
    [`raw-${randomUUID()}`, data, metadata],
  );
};

/** Each worker appends to its own stream, with the expected version and hash of its last append. */
function storeAppends(pool: Pool): Appender {
  const store = new PostgresEventStore(pool);
  const heads = new Map<number, { stream: string; version: number; hash: string | null }>();
  return async (worker) => {
    const head = heads.get(worker) ?? { stream: `report-${randomUUID()}`, version: 0, hash: null };
    const [event] = await store.append(head.stream, [{ type: 'SelfScoreChanged', data }], {
      expectedVersion: head.version, expectedHash: head.hash, metadata,
    });
    heads.set(worker, { stream: head.stream, version: event.version, hash: event.hash });
  };
}

/** Emmett's appendToStream with the expected version of the worker's last append, on Emmett's own pool. */
function peerAppends(peer: ReturnType<typeof getPostgreSQLEventStore>): Appender {
  const heads = new Map<number, { stream: string; version: bigint }>();
  return async (worker) => {
    const head = heads.get(worker) ?? { stream: `report-${randomUUID()}`, version: 0n };
    const result = await peer.appendToStream(head.stream, [{ type: 'SelfScoreChanged', data }], { expectedStreamVersion: head.version });
    heads.set(worker, { stream: head.stream, version: result.nextExpectedStreamVersion });
  };
}

if (require.main === module) {
  benchEventStore().then((rows) => printRows('event store', rows), (error) => { console.error(error); process.exit(1); });
}
