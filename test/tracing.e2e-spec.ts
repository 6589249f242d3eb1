import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed-demo-data';

const ROOT = join(__dirname, '..');

interface CollectedSpan { service: string; traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number }

/** A stand-in OTLP/HTTP collector: keeps every span posted to /v1/traces (JSON encoding). */
async function startCollector(): Promise<{ server: Server; url: string; spans: CollectedSpan[] }> {
  const spans: CollectedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
          const service = resourceSpans.resource.attributes.find((a: { key: string }) => a.key === 'service.name')?.value.stringValue;
          for (const scope of resourceSpans.scopeSpans ?? []) for (const span of scope.spans ?? []) spans.push({ service, ...span });
        }
      } catch {
        // not JSON: not ours to read
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

async function until<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 60000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('optional tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  const db = useTestDatabase();
  const children: ChildProcess[] = [];
  let collector: Awaited<ReturnType<typeof startCollector>>;
  beforeAll(async () => { collector = await startCollector(); });
  afterAll(async () => {
    await Promise.all(children.map((child) => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
      child.on('exit', resolve);
      child.kill('SIGKILL');
    })));
    collector.server.close();
  });

  it('follows one command from its HTTP request through the worker job that renders its documents', async () => {
    const port = 25000 + Math.floor(Math.random() * 4000);
    const env = {
      ...process.env, DATABASE_URL: db.url, PORT: String(port), NODE_ENV: 'development', QUEUE_NAME: `tracing-${port}`,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200', LOG_LEVEL: 'warn',
    };
    const run = (entry: string) => spawn(process.execPath, ['-r', '@swc-node/register', entry], { cwd: ROOT, env, stdio: 'ignore' });
    children.push(run('apps/api/src/main.ts'));
    const api = () => request(`http://127.0.0.1:${port}`);
    await until(() => api().get('/api/health/live').then((r) => r.status, () => 0), (status) => status === 200);
    children.push(run('apps/worker/src/main.ts'));

    const login = await api().post('/api/auth/login').send({ username: 'hn-preparer', password: DEMO_PASSWORD }).expect(200);
    const created = await api().post('/api/reports').set('Authorization', `Bearer ${login.body.accessToken}`).send(hotline()).expect(201);
    const traceparent = created.headers['x-correlation-id'];
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    const traceId = traceparent.split('-')[1];

    const trace = await until(() => collector.spans.filter((span) => span.traceId === traceId), (spans) =>
      spans.some((s) => s.service === 'jixiao-worker' && s.name === 'job render-documents') &&
      spans.some((s) => s.service === 'jixiao-api' && s.kind === 2));
    const job = trace.find((s) => s.service === 'jixiao-worker' && s.name === 'job render-documents')!;
    expect(trace.map((s) => s.spanId)).toContain(job.parentSpanId);
    // pg (and ioredis) calls of the API and of the job sit in the same trace.
    expect(trace.some((s) => s.service === 'jixiao-worker' && s.parentSpanId === job.spanId)).toBe(true);
    expect(trace.some((s) => s.service === 'jixiao-api' && /^(pg|INSERT|SELECT|BEGIN|COMMIT)/i.test(s.name))).toBe(true);
  }, 120000);
});
