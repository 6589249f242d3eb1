import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import request from 'supertest';
import { connectionOf } from '@jixiao/reports';
import { hotline } from '@jixiao/testing';
import { canStartReplicaCluster, ReplicaCluster, replicaCaughtUp, startReplicaCluster } from '../libs/testing/src/replica-cluster';
import { loadConfig } from '../apps/api/src/config';
import { createApp, prepareDatabase } from '../apps/api/src/create-app';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed-demo-data';
import { ReadSource } from '../apps/api/src/infrastructure/read-source';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const describeIfServers = canStartReplicaCluster() ? describe : describe.skip;

/** SPEC §20: READ_DATABASE_URL on a streaming replica of a scratch primary (pg_basebackup + standby.signal). */
describeIfServers('reads from a streaming replica (READ_DATABASE_URL)', () => {
  let cluster: ReplicaCluster;
  let app: INestApplication;
  let replica: Client;
  const database = `jixiao_replica_${randomBytes(4).toString('hex')}`;
  const queueName = `replica-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    cluster = startReplicaCluster(await freePort(), await freePort());
    const config = loadConfig({
      DATABASE_URL: cluster.primaryUrl(database), READ_DATABASE_URL: cluster.replicaUrl(database), NODE_ENV: 'test', QUEUE_NAME: queueName,
    });
    await prepareDatabase(config); // creates the database on the primary, migrates, seeds the demo data
    await replicaCaughtUp(cluster.primaryUrl(), cluster.replicaUrl());
    app = await createApp(config, { logger: false });
    await app.init();
    const reads = app.get(ReadSource);
    for (let i = 0; !reads.replicaReady; i++) {
      if (i > 200) throw new Error('the replica did not connect');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    replica = new Client({ connectionString: cluster.replicaUrl(database) });
    await replica.connect();
  }, 120000);

  afterAll(async () => {
    await replica?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await replica?.end();
    await app?.close();
    const queue = new Queue(queueName, { connection: connectionOf(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    cluster?.stop();
  });

  const http = () => request(app.getHttpServer());
  const as = async (username: string) => {
    const { body } = await http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    const auth = `Bearer ${body.accessToken}`;
    return { get: (url: string) => http().get(url).set('Authorization', auth), post: (url: string) => http().post(url).set('Authorization', auth) };
  };
  const titles = (res: request.Response) => (res.body.items as { title: string }[]).map((item) => item.title);

  it('answers lists, search and statistics from the replica, yet shows the writer its own new report at once', async () => {
    const preparer = await as('hn-preparer');
    const head = await as('hn-head'); // same department: may read the preparer's drafts
    const before = await head.get('/api/stats').expect(200);

    await replica.query('SELECT pg_wal_replay_pause()');
    const title = `副本测试项目 ${randomBytes(3).toString('hex')}`;
    const created = await preparer.post('/api/reports').send({ ...hotline(), projectName: title }).expect(201);

    // The writer's own reads: the replica cannot catch up while paused, so after waiting the primary answers.
    expect(titles(await preparer.get(`/api/reports?q=${encodeURIComponent(title)}`).expect(200))).toEqual([title]);
    // Another reader of the same department reads the paused replica: the report is not there yet.
    expect(titles(await head.get(`/api/reports?q=${encodeURIComponent(title)}`).expect(200))).toEqual([]);
    expect(titles(await head.get('/api/reports?pageSize=200').expect(200))).not.toContain(title);
    expect((await head.get('/api/stats').expect(200)).body.overall.reports).toBe(before.body.overall.reports);
    // The primary does have it: the difference is where each read went, not a lost write.
    const onPrimary = new Client({ connectionString: cluster.primaryUrl(database) });
    await onPrimary.connect();
    const { rowCount } = await onPrimary.query('SELECT 1 FROM report_summary WHERE id = $1', [created.body.id]);
    await onPrimary.end();
    expect(rowCount).toBe(1);

    await replica.query('SELECT pg_wal_replay_resume()');
    await replicaCaughtUp(cluster.primaryUrl(), cluster.replicaUrl());
    expect(titles(await head.get(`/api/reports?q=${encodeURIComponent(title)}`).expect(200))).toEqual([title]);
    expect((await head.get('/api/stats').expect(200)).body.overall.reports).toBe(before.body.overall.reports + 1);
  }, 60000);

  it('reads its own writes right after each command, across many commands in a row', async () => {
    const preparer = await as('hn-preparer');
    for (let i = 0; i < 10; i++) {
      const title = `连续写入 ${i} ${randomBytes(3).toString('hex')}`;
      await preparer.post('/api/reports').send({ ...hotline(), projectName: title }).expect(201);
      expect(titles(await preparer.get(`/api/reports?q=${encodeURIComponent(title)}`).expect(200))).toEqual([title]);
    }
  }, 60000);

  it('reads public reports from the replica', async () => {
    const listed = async () => (await http().get('/api/public/reports?pageSize=200').expect(200)).body.total as number;
    const before = await listed();
    await replica.query('SELECT pg_wal_replay_pause()');
    const primary = new Client({ connectionString: cluster.primaryUrl(database) });
    await primary.connect();
    try {
      // On the primary only while replay is paused: one more report made public, as publishing would.
      const { rows } = await primary.query(
        `UPDATE report_view SET public_view = view WHERE id = (SELECT id FROM report_view WHERE public_view IS NULL LIMIT 1) RETURNING id`,
      );
      expect(await listed()).toBe(before);
      await http().get(`/api/public/reports/${rows[0].id}`).expect(404);
      await replica.query('SELECT pg_wal_replay_resume()');
      await replicaCaughtUp(cluster.primaryUrl(), cluster.replicaUrl());
      expect(await listed()).toBe(before + 1);
      await http().get(`/api/public/reports/${rows[0].id}`).expect(200);
    } finally {
      await primary.end();
      await replica.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('starts and answers from the primary while the replica cannot be reached', async () => {
    const config = loadConfig({
      DATABASE_URL: cluster.primaryUrl(database), READ_DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/${database}`,
      NODE_ENV: 'test', QUEUE_NAME: queueName,
    });
    const alone = await createApp(config, { logger: false });
    await alone.init();
    try {
      const { body } = await request(alone.getHttpServer()).post('/api/auth/login').send({ username: 'hn-head', password: DEMO_PASSWORD }).expect(200);
      const list = await request(alone.getHttpServer()).get('/api/reports').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
      expect(list.body.total).toBeGreaterThan(0);
      await request(alone.getHttpServer()).get('/api/public/reports').expect(200);
    } finally {
      await alone.close();
    }
  });
});
