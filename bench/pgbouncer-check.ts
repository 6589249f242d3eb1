// A one-off check, not a test and not part of `npm run bench`: does the event store's append, the inline projection's
// transaction, the committed-log reader and the job feed work through PgBouncer in transaction mode (SPEC §20)?
//   PGBOUNCER_URL=postgres://postgres@127.0.0.1:6432/DB DIRECT_URL=postgres://postgres@127.0.0.1:5432/DB \
//     node -r @swc-node/register bench/pgbouncer-check.ts [--unnamed]
// --unnamed creates the bouncer's pool with DATABASE_PREPARED_STATEMENTS=false's option (what PgBouncer < 1.21 needs; see
// docs/SCALING.md). test/pgbouncer.e2e-spec.ts asserts the same in CI.
// Step 5 shows a session advisory lock left held on a pooled server connection: run each check against a fresh bouncer,
// or the next run waits for that lock for good.
import { randomUUID } from 'node:crypto';
import type * as pg from 'pg';
import { Queue } from 'bullmq';
import { createPool, LOG_START, cursorAfter, readCommittedAfter, PostgresEventStore, RecordedEvent } from '@jixiao/event-store';
import { reportStreams } from '@jixiao/read-models';
import { connectionOf, draftReport } from '@jixiao/reports';
import { actors, hotline } from '@jixiao/testing';
import { JobFeed } from '../apps/worker/src/job-feed';

const CLIENTS = 16;
const ROUNDS = 30;

async function main(): Promise<void> {
  const bouncer = createPool(process.env.PGBOUNCER_URL!, CLIENTS, { preparedStatements: !process.argv.includes('--unnamed') });
  const direct = createPool(process.env.DIRECT_URL!, 4);
  const errors = new Map<string, number>();
  const count = (error: unknown) => {
    const message = (error as Error).message.replace(/[0-9a-f-]{36}/g, '…');
    errors.set(message, (errors.get(message) ?? 0) + 1);
  };
  const metadata = { actor: { username: 't', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'pgb', causationId: null };

  // 1. One event per append, no transaction: the single INSERT statement (a named prepared statement).
  const store = new PostgresEventStore(bouncer);
  let alone = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    const streamId = `pgb-${randomUUID()}`;
    let head: RecordedEvent | undefined;
    for (let i = 0; i < ROUNDS; i++) {
      try {
        [head] = await store.append(streamId, [{ type: 'Tested', data: { i } }], { expectedVersion: head?.version ?? 0, expectedHash: head?.hash ?? null, metadata });
        alone++;
      } catch (error) { count(error); }
    }
  }));

  // 2. Commands: load → decide → append with the inline projection in one transaction.
  const streams = reportStreams(bouncer);
  let commands = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    try {
      const { view } = await draftReport(streams, bouncer, { document: hotline(), actor: actors.preparer, correlationId: `pgb-${c}` });
      commands++;
      for (let i = 0; i < ROUNDS; i++) {
        try {
          await streams.execute(view.id, { type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score: String(5 + (i % 5)), reason: '经 PgBouncer' } }, { correlationId: `pgb-${c}-${i}` });
          commands++;
        } catch (error) { count(error); }
      }
    } catch (error) { count(error); }
  }));

  // 3. The committed-log reader through the bouncer reads what a direct reader reads, once each.
  const page = async (pool: pg.Pool) => {
    const all: RecordedEvent[] = [];
    for (let cursor = LOG_START; ;) {
      const events = await readCommittedAfter(pool, cursor, 500);
      if (!events.length) return all;
      all.push(...events);
      cursor = cursorAfter(events[events.length - 1]);
    }
  };
  const [viaBouncer, viaDirect] = [await page(bouncer), await page(direct)];
  const samePositions = JSON.stringify(viaBouncer.map((e) => e.position)) === JSON.stringify(viaDirect.map((e) => e.position));

  // 4. The job feed through the bouncer, to a scratch queue: every transition's jobs enqueued.
  const queue = new Queue(`pgbouncer-${randomUUID()}`, { connection: connectionOf(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') });
  const feed = new JobFeed(bouncer, queue);
  let fed = 0;
  for (let n; (n = await feed.tick()) > 0;) fed += n;
  const jobs = await queue.getJobCountByTypes('waiting', 'prioritized', 'delayed');
  await queue.obliterate({ force: true });
  await queue.close();

  // 5. A session advisory lock taken and released through the bouncer on one pool client (as Idempotency does).
  const client = await bouncer.connect();
  await client.query('SELECT pg_advisory_lock(4242)');
  await Promise.all(Array.from({ length: CLIENTS }, () => bouncer.query('SELECT pg_sleep(0.01)')));
  const unlocked = (await client.query('SELECT pg_advisory_unlock(4242) AS ok')).rows[0].ok;
  client.release();
  const held = (await direct.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242`)).rows[0].n;

  // 6. The same with a transaction's lock (what Idempotency and the demo seed use): BEGIN pins one server connection.
  const tx = await bouncer.connect();
  await tx.query('BEGIN');
  await tx.query('SELECT pg_advisory_xact_lock(4243)');
  await Promise.all(Array.from({ length: CLIENTS }, () => bouncer.query('SELECT pg_sleep(0.01)')));
  const heldInside = (await direct.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 4243`)).rows[0].n;
  await tx.query('COMMIT');
  tx.release();
  const heldAfter = (await direct.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 4243`)).rows[0].n;

  const { rows } = await direct.query(`SELECT count(*)::int AS events, count(DISTINCT stream_id)::int AS streams FROM events`);
  console.log(JSON.stringify({
    unnamed: process.argv.includes('--unnamed'),
    appendsAlone: `${alone}/${CLIENTS * ROUNDS}`,
    commands: `${commands}/${CLIENTS * (ROUNDS + 1)}`,
    errors: Object.fromEntries(errors),
    eventsInTable: rows[0],
    committedLog: { viaBouncer: viaBouncer.length, viaDirect: viaDirect.length, samePositions },
    jobFeed: { eventsPassed: fed, jobsEnqueued: jobs, expected: 2 * CLIENTS /* ReportDrafted → two jobs each */ },
    sessionAdvisoryLock: { unlockedOnSameClient: unlocked, stillHeldAfterwards: held },
    transactionAdvisoryLock: { heldInside, heldAfter },
  }, null, 2));
  await bouncer.end();
  await direct.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
