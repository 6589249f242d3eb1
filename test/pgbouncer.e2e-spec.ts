import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Pool } from 'pg';
import request from 'supertest';
import {
  createPool, cursorAfter, LOG_START, migrate, PostgresEventStore, readCommittedAfter, RecordedEvent, StaleVersion, verifyChain,
} from '@jixiao/event-store';
import { catchUpScoreChanges, reportStreams } from '@jixiao/read-models';
import { connectionOf, draftReport } from '@jixiao/reports';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import { PgBouncer, pgbouncerBinary, startPgBouncer } from '../libs/testing/src/pgbouncer';
import { loadConfig } from '../apps/api/src/config';
import { createApp, prepareDatabase } from '../apps/api/src/create-app';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed-demo-data';
import { JobFeed } from '../apps/worker/src/job-feed';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jixiao';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const installed = pgbouncerBinary() !== null;
if (!installed) console.warn('pgbouncer.e2e-spec skipped: pgbouncer is not installed and apt-get could not install it');
const describeIfPgBouncer = installed ? describe : describe.skip;
const metadata = { actor: { username: 't', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'pgb', causationId: null };
const append = (store: PostgresEventStore, streamId: string, head: RecordedEvent | undefined, i: number) =>
  store.append(streamId, [{ type: 'Tested', data: { i } }], { expectedVersion: head?.version ?? 0, expectedHash: head?.hash ?? null, metadata });
/** PgBouncer 1.21 and later can keep named prepared statements apart (`max_prepared_statements`). */
const keepsPreparedStatements = (version: string) => {
  const [major, minor] = version.split('.').map(Number);
  return major > 1 || minor >= 21;
};

/**
 * SPEC §20: Jixiao through PgBouncer in transaction mode, two server connections per database shared by every client
 * (Debian 12's PgBouncer 1.18, which does not keep named prepared statements apart). Migrations go directly.
 */
describeIfPgBouncer('through PgBouncer in transaction mode', () => {
  const db = useTestDatabase(); // created and migrated directly, not through the bouncer
  let bouncer: PgBouncer;
  let url: string;
  const pools: Pool[] = [];
  const poolOf = (preparedStatements: boolean, max = 4) => {
    const pool = createPool(url, max, { preparedStatements });
    pools.push(pool);
    return pool;
  };

  beforeAll(async () => {
    bouncer = await startPgBouncer({ serverUrl: SERVER_URL, port: await freePort(), poolMode: 'transaction', poolSize: 2 });
    url = bouncer.url(new URL(db.url).pathname.slice(1));
  }, 120000);
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await bouncer?.stop();
  });

  it('shares two server connections among eight clients', async () => {
    const pool = poolOf(false, 8);
    const pids = await Promise.all(Array.from({ length: 8 }, async () =>
      (await pool.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.02)')).rows[0].pid as number));
    expect(new Set(pids).size).toBeLessThanOrEqual(2);
  });

  it('fails the named one-event append without DATABASE_PREPARED_STATEMENTS=false, naming the setting', async () => {
    if (keepsPreparedStatements(bouncer.version)) return;
    const store = new PostgresEventStore(poolOf(true));
    const errors: string[] = [];
    // Four client connections each parse the name once on two server connections: at least two find it taken.
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 5; i++) {
        await append(store, `pgb-named-${randomUUID()}`, undefined, i).catch((error: Error) => errors.push(error.message));
      }
    }));
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const message of errors) {
      expect(message).toMatch(/^prepared statement "jixiao-append-one" (already exists|does not exist)/);
      expect(message).toContain('DATABASE_PREPARED_STATEMENTS=false');
    }
  });

  it('appends from several clients at once with the setting, every stream one unbroken hash chain', async () => {
    const stores = Array.from({ length: 4 }, () => new PostgresEventStore(poolOf(false)));
    const streams = Array.from({ length: 8 }, () => `pgb-${randomUUID()}`);
    await Promise.all(streams.map(async (streamId, s) => {
      let head: RecordedEvent | undefined;
      for (let i = 0; i < 10; i++) [head] = await append(stores[(s + i) % stores.length], streamId, head, i);
    }));
    const { rows } = await db.pool.query(`SELECT stream_id, max(version)::int AS version, count(*)::int AS n FROM events
      WHERE stream_id = ANY($1) GROUP BY stream_id`, [streams]);
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toMatchObject({ version: 10, n: 10 });
    expect((await verifyChain(db.pool)).broken).toBeNull();
  });

  it('still refuses a writer whose expected version is stale, alone or in a transaction', async () => {
    const stores = Array.from({ length: 4 }, () => new PostgresEventStore(poolOf(false)));
    const streamId = `pgb-race-${randomUUID()}`;
    const [first] = await append(stores[0], streamId, undefined, 0);
    for (const inTransaction of [undefined, async () => undefined]) {
      const head = (await stores[0].readStream(streamId)).at(-1)!;
      const outcomes = await Promise.allSettled(stores.map((store, i) => store.append(streamId, [{ type: 'Tested', data: { i } }], {
        expectedVersion: head.version, expectedHash: head.hash, metadata, inTransaction,
      })));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(StaleVersion);
    }
    expect((await stores[1].readStream(streamId)).map((e) => e.version)).toEqual([first.version, 2, 3]);
  });

  it('runs commands (load, decide, append with the inline projection), and the log readers read them once each', async () => {
    const pool = poolOf(false, 8);
    const streams = reportStreams(pool);
    const ids = await Promise.all(Array.from({ length: 4 }, async (_, c) => {
      const { view } = await draftReport(streams, pool, { document: hotline(), actor: actors.preparer, correlationId: `pgb-${c}` });
      for (let i = 0; i < 3; i++) {
        await streams.execute(view.id, { type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score: String(10 + i), reason: '经 PgBouncer' } }, { correlationId: `pgb-${c}-${i}` });
      }
      return view.id;
    }));
    const { rows } = await db.pool.query(`SELECT id, version FROM report_summary WHERE id = ANY($1)`, [ids]);
    expect(rows.map((r) => r.version)).toEqual([4, 4, 4, 4]);

    const page = async (reader: Pool) => {
      const all: string[] = [];
      for (let cursor = LOG_START, events; (events = await readCommittedAfter(reader, cursor, 50)).length; cursor = cursorAfter(events.at(-1)!)) {
        all.push(...events.map((e) => e.position));
      }
      return all;
    };
    const viaBouncer = await page(pool);
    expect(viaBouncer).toEqual(await page(db.pool));
    expect(new Set(viaBouncer).size).toBe(viaBouncer.length);

    const caughtUp = await catchUpScoreChanges(pool);
    expect(caughtUp.events).toBe(viaBouncer.length);
    const changes = await db.pool.query(`SELECT count(*)::int AS n FROM score_changes WHERE report_id = ANY($1)`, [ids]);
    expect(changes.rows[0].n).toBeGreaterThanOrEqual(12);

    const queue = new Queue(`pgbouncer-${randomBytes(4).toString('hex')}`, { connection: connectionOf(REDIS_URL) });
    try {
      const feed = new JobFeed(pool, queue);
      let fed = 0;
      for (let n; (n = await feed.tick()) > 0;) fed += n;
      expect(fed).toBe(viaBouncer.length);
      expect(await queue.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBeGreaterThan(0);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  // Migrations should go directly (MIGRATION_DATABASE_URL): a migrator waiting for the lock holds a server connection
  // the one holding it may need. One alone gets through, and its lock (a transaction's) ends with it.
  it('migrates through the bouncer, leaving no advisory lock behind', async () => {
    await expect(migrate(url)).resolves.toEqual([]);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database =
      (SELECT oid FROM pg_database WHERE datname = current_database())`);
    expect(rows[0].n).toBe(0);
  });
});

/**
 * The API in-process with DATABASE_URL on the bouncer and MIGRATION_DATABASE_URL direct. Its pool has nine server
 * connections: one more than an API process's Idempotency-Key lock holders (8), which each keep one while the command
 * they guard needs another (docs/SCALING.md).
 */
describeIfPgBouncer('the API through PgBouncer in transaction mode (DATABASE_PREPARED_STATEMENTS=false)', () => {
  const database = `jixiao_pgb_${randomBytes(4).toString('hex')}`;
  const queueName = `pgbouncer-api-${randomBytes(4).toString('hex')}`;
  let bouncer: PgBouncer;
  let app: INestApplication;
  let direct: Pool;

  beforeAll(async () => {
    bouncer = await startPgBouncer({ serverUrl: SERVER_URL, port: await freePort(), poolMode: 'transaction', poolSize: 9 });
    const directUrl = new URL(SERVER_URL);
    directUrl.pathname = `/${database}`;
    const config = loadConfig({
      DATABASE_URL: bouncer.url(database), MIGRATION_DATABASE_URL: directUrl.toString(), DATABASE_PREPARED_STATEMENTS: 'false',
      NODE_ENV: 'test', QUEUE_NAME: queueName,
    });
    await prepareDatabase(config); // creates and migrates directly, seeds the demo data through the bouncer
    app = await createApp(config, { logger: false });
    await app.init();
    direct = createPool(directUrl.toString(), 2);
  }, 120000);

  afterAll(async () => {
    await app?.close();
    await direct?.end();
    await bouncer?.stop();
    const queue = new Queue(queueName, { connection: connectionOf(REDIS_URL) });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    const admin = createPool(new URL('/postgres', SERVER_URL).toString(), 1);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('drafts, edits and submits a report, concurrent repeats of an Idempotency-Key answered once', async () => {
    const http = () => request(app.getHttpServer());
    const { body: login } = await http().post('/api/auth/login').send({ username: 'hn-preparer', password: DEMO_PASSWORD }).expect(200);
    const auth = `Bearer ${login.accessToken}`;
    const { id } = (await http().post('/api/reports').set('Authorization', auth).send(hotline()).expect(201)).body;
    await http().put(`/api/reports/${id}/indicators/i1/score`).set('Authorization', auth).send({ score: '14', reason: '经 PgBouncer' }).expect(200);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, () =>
      http().post(`/api/reports/${id}/submit`).set('Authorization', auth).set('If-Match', '"2"').set('Idempotency-Key', key).send({})));
    expect(answers.map((res) => res.status)).toEqual(answers.map(() => 200));
    answers.forEach((res) => expect(res.body).toEqual(answers[0].body));
    expect(answers[0].body).toMatchObject({ version: 3, state: 'self_scored' });
    const stale = await http().put(`/api/reports/${id}/indicators/i1/score`).set('Authorization', auth).set('If-Match', '"2"').send({ score: '13', reason: '过期' });
    expect(stale.status).toBe(412);
    const { rows } = await direct.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [`report-${id}`]);
    expect(rows[0].n).toBe(3);
    const list = await http().get('/api/reports').set('Authorization', auth).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });
});
