// `npm run bench:province [-- --scale 0.1]`: SPEC §20's province (20 regions × 100 departments × 25 projects =
// 50,000 reports, ≈ 1.5 M events at scale 1) in a scratch database, and SPEC §14's province row for it, each figure
// beside its target and, where one exists, a baseline measured in the same run. Never part of `npm test`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import { createPool, EVENT_COLUMNS, toRecordedEvent } from '@jixiao/event-store';
import { rebuildProjections } from '@jixiao/read-models';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { percentile, scratchDatabase } from './bench-kit';
import { generateProvince, provincePlan } from './province-data';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

function scaleArgument(): number {
  const index = process.argv.indexOf('--scale');
  const text = index >= 0 ? process.argv[index + 1] : process.env.BENCH_SCALE ?? '1';
  const scale = Number(text);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale 应为 (0, 1] 之间的数，收到 ${text}`);
  return scale;
}

interface Line {
  what: string;
  value: string;
  target: string;
  note?: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const scale = scaleArgument();
  const plan = provincePlan(scale);
  const db = await scratchDatabase();
  const pool = createPool(db.url, 4);
  const lines: Line[] = [];
  const explains: string[] = [];
  try {
    await seedDemoData(pool);
    const started = Date.now();
    const generated = await generateProvince(pool, plan);
    const generation = Date.now() - started;
    console.log(`generated ${generated.reports} reports, ${generated.events} events (${(generated.events / generated.reports).toFixed(1)} per report) in ${seconds(generation)}`);
    await pool.query('VACUUM ANALYZE events');

    const raw = await timed(() => pageRaw(pool));
    const rebuild = await timed(() => rebuildProjections(pool));
    await pool.query('VACUUM ANALYZE');
    const toFull = 1 / scale;
    lines.push({
      what: `projections rebuild (${rebuild.result.events} events, ${rebuild.result.reports} reports, ${rebuild.result.reusedScores} reused scores)`,
      value: seconds(rebuild.ms),
      target: '< 3 min at scale 1',
      note: `${(raw.ms / rebuild.ms).toFixed(2)}× a raw paged read (${seconds(raw.ms)}); ≈ ${seconds(rebuild.ms * toFull)} at scale 1 if linear`,
    });

    const app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    try {
      // The demo reviewers' scope is the demo region; only the administrator sees the whole generated province.
      const tokens = { admin: await login(base, 'admin') };
      const health = await p99Of(() => fetch(`${base}/health/live`));
      const reads: [string, string, keyof typeof tokens, string][] = [
        ['list, first page, newest first (admin: every report)', '/reports?page=1&pageSize=20', 'admin', 'list'],
        ['list, page 50 by title (admin)', '/reports?page=50&pageSize=20&sort=title', 'admin', 'list'],
        ['list, one department (admin)', `/reports?department=${encodeURIComponent('p07003')}`, 'admin', 'list'],
        ['search 热线 (admin)', `/reports?q=${encodeURIComponent('热线')}`, 'admin', 'search'],
        ['search a department name (admin)', `/reports?q=${encodeURIComponent('第7市第3部门')}`, 'admin', 'search'],
        ['stats, the year (admin)', `/stats?fiscalYear=${plan.fiscalYear}`, 'admin', 'stats'],
      ];
      for (const [what, path, who, kind] of reads) {
        const headers = { Authorization: `Bearer ${tokens[who]}` };
        const status = (await fetch(`${base}${path}`, { headers })).status;
        if (status !== 200) throw new Error(`${path} answered ${status}`);
        const p99 = await p99Of(() => fetch(`${base}${path}`, { headers }));
        lines.push({ what: `${kind} p99: ${what}`, value: ms(p99), target: '< 50 ms', note: `GET /api/health/live p99 ${ms(health)} in this run` });
        explains.push(...(await explain(db.url, what, await statementsOf(() => fetch(`${base}${path}`, { headers })))));
      }
      lines.push(skipped('inbox p99', existsSync(join(__dirname, '../apps/api/src/campaigns')) ? '收件箱查询已在 apps/api/src/campaigns，本基准尚未接入' : 'apps/api/src/campaigns 不在此分支'));
      lines.push(skipped('campaign summary export', 'campaigns (and its summary export) are not on this branch', '< 20 s'));
      lines.push(skipped('import of a 100-form workbook', existsSync(join(__dirname, 'intake.bench.ts')) ? 'bench/intake.bench.ts exists: run it' : 'the workbook intake bench is on another branch', '< 20 s'));
    } finally {
      await app.close();
    }

    const sizes = (await pool.query(`
      SELECT pg_database_size(current_database()) AS database,
             pg_total_relation_size('events') AS events,
             pg_total_relation_size('report_summary') + pg_total_relation_size('report_view') AS read_models,
             pg_total_relation_size('score_changes') AS score_changes`)).rows[0];
    const per10k = (bytes: string) => `${((Number(bytes) / generated.reports) * 10_000 / 2 ** 20).toFixed(0)} MB`;
    lines.push({
      what: 'database size per 10,000 reports',
      value: per10k(sizes.database),
      target: '(no target; ×5 for the province)',
      note: `events ${per10k(sizes.events)}, report_summary + report_view ${per10k(sizes.read_models)}, score_changes ${per10k(sizes.score_changes)}`,
    });
  } finally {
    await pool.end();
    await db.drop();
  }
  console.log(`\nprovince scale (SPEC §14, §20) at scale ${scale}: ${plan.regions} regions × ${plan.departmentsPerRegion} departments × ${plan.projectsPerDepartment} projects`);
  for (const line of lines) {
    console.log(`  ${line.what.padEnd(62)} ${line.value.padStart(10)}  target ${line.target}${line.note ? `  (${line.note})` : ''}`);
  }
  if (process.argv.includes('--explain')) console.log(`\n${explains.join('\n\n')}`);
}

function skipped(what: string, why: string, target = '< 50 ms'): Line {
  return { what, value: 'skipped', target, note: why };
}

async function pageRaw(pool: Pool): Promise<number> {
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

/** Sequential requests, one at a time: the latency a user waits, not a throughput. */
async function p99Of(request: () => Promise<Response>): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = process.hrtime.bigint();
    const res = await request();
    await res.arrayBuffer();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return percentile(latencies, 99);
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

// The statements an endpoint sends, caught at the driver (TypeORM and the pg pools both end in Client#query).
let capturing: { text: string; values: unknown[] }[] | null = null;
const clientQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, config: unknown, values?: unknown, ...rest: unknown[]) {
  if (capturing) {
    const text = typeof config === 'string' ? config : (config as { text?: string }).text;
    const params = Array.isArray(values) ? values : ((config as { values?: unknown[] })?.values ?? []);
    if (text) capturing.push({ text, values: params });
  }
  return (clientQuery as (...args: unknown[]) => unknown).call(this, config, values, ...rest);
} as typeof Client.prototype.query;

async function statementsOf(request: () => Promise<Response>): Promise<{ text: string; values: unknown[] }[]> {
  capturing = [];
  try {
    await (await request()).arrayBuffer();
    return capturing.filter((s) => /^\s*SELECT/i.test(s.text) && /report_summary|FROM events/.test(s.text));
  } finally {
    capturing = null;
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of exactly what an endpoint sent, with its parameters. */
async function explain(url: string, what: string, statements: { text: string; values: unknown[] }[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: string[] = [];
    for (const { text, values } of statements) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`, values);
      const shown = text.replace(/\s+/g, ' ').replace(/^SELECT "r"\."id" AS .*? FROM /, 'SELECT r.<every column> FROM ');
      out.push(`-- ${what}\n-- ${shown.slice(0, 400)}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    return out;
  } finally {
    await client.end();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
