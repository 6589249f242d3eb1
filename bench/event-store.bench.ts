import { randomUUID } from 'node:crypto';
import { PostgresEventStore, createPool } from '@jixiao/event-store';
import { BenchRow, forDuration, printRows, scratchDatabase } from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const metadata = { actor: { username: 'bench', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'bench', causationId: null };
const data = { indicatorId: 'i1', from: '10', to: '9', reason: '基准测试' };

/** SPEC §14: appends of one event per transaction against raw pg INSERTs, on 1 and 8 connections. */
export async function benchEventStore(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 8);
  const rows: BenchRow[] = [];
  try {
    for (const connections of [1, 8]) {
      const raw = await forDuration(SECONDS * 1000, connections, async () => {
        await pool.query(
          `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, 'Raw', $2, $3, 'x')`,
          [`raw-${randomUUID()}`, data, metadata],
        );
      });
      const store = new PostgresEventStore(pool);
      const heads = new Map<number, { stream: string; version: number; hash: string | null }>();
      const appended = await forDuration(SECONDS * 1000, connections, async (worker) => {
        const head = heads.get(worker) ?? { stream: `report-${randomUUID()}`, version: 0, hash: null };
        const [event] = await store.append(head.stream, [{ type: 'SelfScoreChanged', data }], {
          expectedVersion: head.version, expectedHash: head.hash, metadata,
        });
        heads.set(worker, { stream: head.stream, version: event.version, hash: event.hash });
      });
      const value = appended.count / appended.seconds;
      const baseline = raw.count / raw.seconds;
      rows.push({
        name: `event-store append, 1 event/tx, ${connections} connection${connections > 1 ? 's' : ''}`,
        value, unit: 'events/s', baseline, baselineName: 'raw pg INSERT', ratio: value / baseline,
        target: connections === 1 ? '≥ 0.70× raw' : '≥ 2× Emmett peer (≈3,600/s measured on 8)',
      });
    }
  } finally {
    await pool.end();
    await db.drop();
  }
  return rows;
}

if (require.main === module) {
  benchEventStore().then((rows) => printRows('event store', rows), (error) => { console.error(error); process.exit(1); });
}
