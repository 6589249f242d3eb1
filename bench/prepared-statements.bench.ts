// Is the named prepared statement worth keeping as the default (DATABASE_PREPARED_STATEMENTS=true)? Not part of
// `npm run bench`:  node -r @swc-node/register bench/prepared-statements.bench.ts
// Named and unnamed alternate, five rounds each, on one connection, directly to PostgreSQL: the one-event append
// alone, and a command (load, decide, append with the inline projection's composed statement); each as it runs, and
// with synchronous_commit = off for the session, which takes the commit's flush (most of an append's time, and its
// noise) out to show the parse and plan the name saves.
import { randomUUID } from 'node:crypto';
import { createPool, PostgresEventStore } from '@jixiao/event-store';
import { reportStreams } from '@jixiao/read-models';
import { draftReport } from '@jixiao/reports';
import { actors, hotline } from '@jixiao/testing';
import { BenchRow, forDuration, printRows, scratchDatabase } from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = 5;
const metadata = { actor: { username: 'bench', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'bench', causationId: null };
const data = { indicatorId: 'i1', from: '10', to: '9', reason: '基准测试' };

type Measure = (preparedStatements: boolean) => Promise<number>;

async function main(): Promise<void> {
  const db = await scratchDatabase();
  const rows: BenchRow[] = [];
  try {
    for (const flush of [true, false]) rows.push(...(await bench(flush ? db.url : `${db.url}?options=${encodeURIComponent('-c synchronous_commit=off')}`, flush ? '' : ', synchronous_commit off')));
  } finally {
    await db.drop();
  }
  printRows(`prepared statements (median of ${ROUNDS} alternating rounds)`, rows);
}

async function bench(url: string, label: string): Promise<BenchRow[]> {
  const pools = { true: createPool(url, 1), false: createPool(url, 1, { preparedStatements: false }) };
  try {
    const appends: Measure = async (prepared) => {
      const store = new PostgresEventStore(pools[`${prepared}`]);
      let head = { stream: `bench-${randomUUID()}`, version: 0, hash: null as string | null };
      const run = await forDuration(SECONDS * 1000, 1, async () => {
        const [event] = await store.append(head.stream, [{ type: 'SelfScoreChanged', data }], { expectedVersion: head.version, expectedHash: head.hash, metadata });
        head = { ...head, version: event.version, hash: event.hash };
      });
      return run.count / run.seconds;
    };
    const commands: Measure = async (prepared) => {
      const pool = pools[`${prepared}`];
      const streams = reportStreams(pool);
      const { view } = await draftReport(streams, pool, { document: hotline(), actor: actors.preparer, correlationId: 'bench' });
      let i = 0;
      const run = await forDuration(SECONDS * 1000, 1, async () => {
        await streams.execute(view.id, { type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score: String(5 + (i++ % 5)), reason: '基准测试' } }, { correlationId: 'bench' });
      });
      return run.count / run.seconds;
    };
    const rows: BenchRow[] = [];
    for (const [what, measure] of [['one-event append', appends], ['ChangeSelfScore command', commands]] as const) {
      const name = `${what}${label}`;
      const rates = { true: [] as number[], false: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const prepared of [true, false]) rates[`${prepared}`].push(await measure(prepared));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const unnamed = median(rates.false);
      const named = median(rates.true);
      rows.push({ name: `${name}, unnamed`, value: unnamed, unit: '/s', baseline: named, baselineName: 'named (default)', ratio: unnamed / named });
      console.log(`${name}: named ${rates.true.map((r) => r.toFixed(0)).join(', ')}; unnamed ${rates.false.map((r) => r.toFixed(0)).join(', ')}`);
    }
    return rows;
  } finally {
    await Promise.all(Object.values(pools).map((pool) => pool.end()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
