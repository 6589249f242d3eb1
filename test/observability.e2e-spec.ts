import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import request from 'supertest';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed-demo-data';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) &&
    Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('operating: JSON request logs, Prometheus metrics at /api/metrics (SPEC §19, issue 16)', () => {
  const db = useTestDatabase();
  const queueName = `test-${randomUUID()}`;
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push({ raw: line, ...JSON.parse(line) });
      done();
    },
  });
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const tokenOf = async (username: string) =>
    `Bearer ${(await http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body.accessToken}`;
  const metrics = async () => (await http().get('/api/metrics').set('Authorization', await tokenOf('admin')).expect(200)).text;

  beforeAll(async () => {
    await seedDemoData(db.pool);
    app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test', QUEUE_NAME: queueName }), { logger: false, logDestination: destination });
    await app.init();
  });
  db.beforeDrop(async () => {
    await app?.close();
    const queue = new Queue(queueName, { connection: { url: REDIS_URL } });
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('refuses the metrics to anyone but an admin', async () => {
    await http().get('/api/metrics').expect(401);
    await http().get('/api/metrics').set('Authorization', await tokenOf('hn-preparer')).expect(403);
    await http().get('/api/metrics').set('Authorization', await tokenOf('reviewer')).expect(403);
    const res = await http().get('/api/metrics').set('Authorization', await tokenOf('admin')).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('# TYPE jixiao_http_request_duration_seconds histogram');
  });

  it('a command moves its counter, its latency histogram, the HTTP histogram and the append histogram', async () => {
    const auth = await tokenOf('hn-preparer');
    const created = await http().post('/api/reports').set('Authorization', auth).send(hotline()).expect(201);
    const before = await metrics();
    await http().post(`/api/reports/${created.body.id}/submit`).set('Authorization', auth).set('If-Match', created.headers.etag).send({}).expect(200);
    const after = await metrics();
    const command = { command: 'SubmitSelfEvaluation' };
    const moved = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('jixiao_commands_total', { ...command, outcome: 'ok' })).toBe(1);
    expect(moved('jixiao_command_duration_seconds_count', command)).toBe(1);
    expect(moved('jixiao_command_duration_seconds_bucket', { ...command, le: '+Inf' })).toBe(1);
    expect(moved('jixiao_http_request_duration_seconds_count', { method: 'POST', route: '/api/reports/:id/submit', status: '200' })).toBe(1);
    expect(sample(after, 'jixiao_event_append_duration_seconds_count', {})).toBeGreaterThan(sample(before, 'jixiao_event_append_duration_seconds_count', {}));
    expect(sample(after, 'jixiao_log_lag_events', { consumer: 'job-feed' })).toBeGreaterThan(0);
  });

  it('logs a refused command as one JSON line with its correlation id, actor, command and problem code, without the body', async () => {
    const auth = await tokenOf('hn-preparer');
    const created = await http().post('/api/reports').set('Authorization', auth).send(hotline()).expect(201);
    const report = await http().get(`/api/reports/${created.body.id}`).set('Authorization', auth).expect(200);
    const indicatorId = report.body.indicators[0].id;
    const correlationId = `refused-${randomUUID()}`;
    const canary = `日志不得出现的理由-${randomUUID()}`;
    const refused = await http().put(`/api/reports/${created.body.id}/indicators/${indicatorId}/score`)
      .set('Authorization', auth).set('If-Match', '"99"').set('X-Correlation-Id', correlationId)
      .send({ score: '1', reason: canary }).expect(412);
    expect(refused.headers['x-correlation-id']).toBe(correlationId);
    const line = lines.find((l) => l.correlationId === correlationId);
    expect(line).toMatchObject({
      level: 'info', service: 'api', msg: 'request', method: 'PUT', route: '/api/reports/:id/indicators/:indicatorId/score',
      status: 412, problem: 'stale-version', command: 'ChangeSelfScore', reportId: created.body.id,
      actor: { username: 'hn-preparer', role: 'preparer' }, durationMs: expect.any(Number),
    });
    const everything = lines.map((l) => l.raw).join('\n');
    expect(everything).not.toContain(canary);
    expect(everything).not.toContain(DEMO_PASSWORD);
    expect(everything).not.toContain(auth.slice(7));
    expect(everything).not.toMatch(/authorization/i);
    const after = await metrics();
    expect(sample(after, 'jixiao_commands_total', { command: 'ChangeSelfScore', outcome: 'stale-version' })).toBeGreaterThanOrEqual(1);
  });

  it('shows a job that failed all its attempts in the failed gauge, and health says degraded', async () => {
    const connection = { url: REDIS_URL };
    const queue = new Queue(queueName, { connection });
    const worker = new Worker(queueName, async () => { throw new Error('no font'); }, { connection });
    try {
      const failed = new Promise<void>((resolve) => worker.on('failed', () => resolve()));
      await queue.add('render-documents', {}, { attempts: 1 });
      await failed;
      const text = await metrics();
      expect(sample(text, 'jixiao_queue_jobs', { queue: queueName, state: 'failed' })).toBe(1);
      expect(sample(text, 'jixiao_queue_jobs', { queue: queueName, state: 'active' })).toBe(0);
      const health = await http().get('/api/health').expect(200);
      expect(health.body.status).toBe('degraded');
    } finally {
      await worker.close();
      await queue.close();
    }
  });
});
