// `npm run bench:province [-- --scale 0.1] [--explain] [--keep]`: SPEC §20's province (20 regions × 100 departments
// × 25 projects = 50,000 reports, ≈ 1.5 M events at scale 1) in a scratch database, and SPEC §14's province row for
// it, each figure beside its target and, where one exists, a baseline measured in the same run. Never in `npm test`.
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { CampaignCommands } from '@jixiao/campaigns';
import { createPool } from '@jixiao/event-store';
import { rebuildProjections, reportStreams } from '@jixiao/read-models';
import { Queue } from 'bullmq';
import { sweepLostJobs } from '../apps/worker/src/job-sweep';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { jobFeedAtHead, pageRaw, percentile, scratchDatabase, settleAfterLoad } from './bench-kit';
import { benchIntake } from './intake.bench';
import { departmentCode, generateProvince, ProvincePlan, provincePlan } from './province-data';

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
    await organisation(pool, plan);
    const started = Date.now();
    const generated = await generateProvince(pool, plan);
    const generation = Date.now() - started;
    console.log(`generated ${generated.reports} reports, ${generated.events} events (${(generated.events / generated.reports).toFixed(1)} per report) in ${seconds(generation)}`);
    await settleAfterLoad(pool);

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

    const { campaignId, tasks } = await campaignOf(pool, plan);
    await pool.query('VACUUM ANALYZE');
    lines.push(...(await sweepOf(pool)));

    const app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    try {
      // The administrator (like the auditor) sees every report unscoped; the province reviewer's scope is all 2,000
      // departments (×scale), the city reviewer's one region's 100.
      const tokens = {
        admin: await login(base, 'admin'),
        'province reviewer': await login(base, 'province-reviewer'),
        'city reviewer': await login(base, 'city-reviewer'),
      };
      const health = await latencyOf(() => fetch(`${base}/health/live`));
      const one = departmentCode(7, Math.min(3, plan.departmentsPerRegion));
      const reads: [string, string, keyof typeof tokens, string][] = [];
      for (const who of ['admin', 'province reviewer'] as const) {
        reads.push(
          ['first page, newest first', '/reports?page=1&pageSize=20', who, 'list'],
          ['page 50 by title', '/reports?page=50&pageSize=20&sort=title', who, 'list'],
          ['page 50 by total, highest first', '/reports?page=50&pageSize=20&sort=-total', who, 'list'],
          ['one department', `/reports?department=${encodeURIComponent(one)}`, who, 'list'],
          ['热线 (two characters, one report in ten)', `/reports?q=${encodeURIComponent('热线')}`, who, 'search'],
          ['淮南 (two characters, only the demo\'s reports)', `/reports?q=${encodeURIComponent('淮南')}`, who, 'search'],
          ['a department name', `/reports?q=${encodeURIComponent('第7市第3部门')}`, who, 'search'],
        );
      }
      // Health with the job feed caught up (sweepOf): its lag count must read the index from the feed's cursor on.
      reads.push(['GET /api/health, the job feed caught up', '/health', 'admin', 'health']);
      // Statistics as the web app asks for them (DashboardPage): the account's default page of 50 departments, all
      // years; then a province reviewer opening one city and its second page (50 a page at scale 1, the same share of
      // the city's departments below it).
      const perPage = Math.max(5, Math.round(50 * scale));
      for (const who of ['admin', 'province reviewer', 'city reviewer'] as const) reads.push(['the default page', '/stats?page=1&pageSize=50', who, 'stats']);
      reads.push(
        [`a city, page 2 of its departments (${perPage} a page)`, `/stats?region=${city(7)}&page=2&pageSize=${perPage}`, 'province reviewer', 'stats'],
        ['awaiting review', '/inbox', 'province reviewer', 'inbox'],
        ['awaiting review', '/inbox', 'city reviewer', 'inbox'],
        ['the campaign, every department', `/campaigns/${campaignId}/progress`, 'admin', 'progress'],
      );
      for (const [what, path, who, kind] of reads) {
        const headers = { Authorization: `Bearer ${tokens[who]}` };
        const first = await fetch(`${base}${path}`, { headers });
        if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
        const size = `${((await first.arrayBuffer()).byteLength / 1024).toFixed(0)} kB`;
        const { p50, p99 } = await latencyOf(() => fetch(`${base}${path}`, { headers }));
        lines.push({ what: `${kind} p99: ${what} (${who})`, value: ms(p99), target: '< 50 ms', note: `p50 ${ms(p50)}, ${size}; health p50 ${ms(health.p50)}, p99 ${ms(health.p99)}` });
        explains.push(...(await explain(db.url, `${kind}: ${what} (${who})`, await statementsOf(() => fetch(`${base}${path}`, { headers })))));
      }
      const exported = await timed(async () => {
        const res = await fetch(`${base}/campaigns/${campaignId}/summary.xlsx`, { headers: { Authorization: `Bearer ${tokens.admin}` } });
        if (res.status !== 200) throw new Error(`summary.xlsx answered ${res.status}`);
        return (await res.arrayBuffer()).byteLength;
      });
      lines.push({
        what: `campaign summary export (${tasks} rows, ${(exported.result / 2 ** 20).toFixed(1)} MB xlsx)`,
        value: seconds(exported.ms), target: '< 20 s', note: `${(exported.ms / tasks * 1000).toFixed(0)} µs per row`,
      });
    } finally {
      await app.close();
    }
    const [imported] = await benchIntake();
    lines.push({
      what: imported.name.replace(/ \(.*\)$/, ''), value: `${imported.value.toFixed(1)} s`, target: '< 20 s',
      note: `${imported.ratio?.toFixed(2)}× ${imported.baselineName} (${imported.baseline?.toFixed(2)} s)`,
    });

    const sizes = (await pool.query(`
      SELECT pg_database_size(current_database()) AS database,
             pg_total_relation_size('events') AS events,
             pg_total_relation_size('report_summary') + pg_total_relation_size('report_search') + pg_total_relation_size('report_view') AS read_models,
             pg_total_relation_size('score_changes') AS score_changes`)).rows[0];
    const per10k = (bytes: string) => `${((Number(bytes) / generated.reports) * 10_000 / 2 ** 20).toFixed(0)} MB`;
    lines.push({
      what: 'database size per 10,000 reports',
      value: per10k(sizes.database),
      target: '(no target; ×5 for the province)',
      note: `events ${per10k(sizes.events)}, report_summary, report_search, report_view ${per10k(sizes.read_models)}, score_changes ${per10k(sizes.score_changes)}`,
    });
  } finally {
    await pool.end();
    // --keep leaves the database for EXPLAIN by hand (drop it afterwards).
    if (process.argv.includes('--keep')) console.log(`kept ${db.url}`);
    else await db.drop();
  }
  console.log(`\nprovince scale (SPEC §14, §20) at scale ${scale}: ${plan.regions} regions × ${plan.departmentsPerRegion} departments × ${plan.projectsPerDepartment} projects`);
  for (const line of lines) {
    console.log(`  ${line.what.padEnd(62)} ${line.value.padStart(10)}  target ${line.target}${line.note ? `  (${line.note})` : ''}`);
  }
  if (process.argv.includes('--explain')) console.log(`\n${explains.join('\n\n')}`);
}

/**
 * The worker's job feed caught up with the log, as a running worker keeps it, and its sweep for lost jobs (every 60 s
 * per worker) over the province, whose every transition has its documents (the demo's do not: no worker ran for them):
 * once from an empty cursor (the first sweep after an upgrade), then as it runs from then on.
 */
async function sweepOf(pool: Pool): Promise<Line[]> {
  await jobFeedAtHead(pool);
  const queue = new Queue(`bench-province-sweep-${process.pid}`, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } });
  try {
    const first = await timed(() => sweepLostJobs(pool, queue));
    const next = await timed(() => sweepLostJobs(pool, queue));
    return [
      { what: 'worker sweep for lost jobs, the first (from an empty cursor)', value: seconds(first.ms), target: '(once)', note: `${first.result} without documents` },
      { what: 'worker sweep for lost jobs, every 60 s after it', value: ms(next.ms), target: '(no target)', note: `${next.result} pending` },
    ];
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

const PROVINCE = 'bench-province';
const city = (region: number) => `bench-city${String(region).padStart(2, '0')}`;

/** The province's regions and departments, and a reviewer of the province and one of a city (the demo reviewer's password). */
async function organisation(pool: Pool, plan: ProvincePlan): Promise<void> {
  await pool.query(`INSERT INTO regions (code, name) VALUES ($1, '省财政厅（基准）')`, [PROVINCE]);
  await pool.query(`INSERT INTO regions (code, name, parent_code) SELECT $1 || lpad(n::text, 2, '0'), '第' || n || '市财政局', $2
    FROM generate_series(1, $3::int) n`, [city(0).slice(0, -2), PROVINCE, plan.regions]);
  await pool.query(`INSERT INTO departments (code, name, region_code)
    SELECT 'p' || lpad(r::text, 2, '0') || lpad(d::text, 3, '0'), '第' || r || '市第' || d || '部门', $1 || lpad(r::text, 2, '0')
    FROM generate_series(1, $2::int) r, generate_series(1, $3::int) d`, [city(0).slice(0, -2), plan.regions, plan.departmentsPerRegion]);
  for (const [username, region] of [['province-reviewer', PROVINCE], ['city-reviewer', city(7)]]) {
    await pool.query(`INSERT INTO users SELECT (jsonb_populate_record(u, jsonb_build_object('username', $1::text, 'region_code', $2::text))).*
      FROM users u WHERE u.username = 'reviewer'`, [username, region]);
  }
}

/**
 * SPEC §17's campaign over the generated province: opened for every department, its project list imported (one row
 * per generated report, as a bureau's list would name it), each task attached to its report in the task state the
 * report's last transition gives (what the trigger keeps when reports are drafted from tasks).
 */
async function campaignOf(pool: Pool, plan: ProvincePlan): Promise<{ campaignId: string; tasks: number }> {
  const admin: Actor = { username: 'admin', role: 'admin', department: null };
  const commands = new CampaignCommands(pool, reportStreams(pool));
  const context = { actor: admin, today: `${Number(plan.fiscalYear) + 1}-01-05`, at: new Date().toISOString(), correlationId: 'bench-province' };
  const campaignId = await commands.open({
    fiscalYear: plan.fiscalYear, title: `全省${plan.fiscalYear}年度预算绩效自评`, region: PROVINCE,
    selfEvaluationDue: `${Number(plan.fiscalYear) + 1}-03-31`, reviewDue: `${Number(plan.fiscalYear) + 1}-04-30`, departments: 'all', departmentReports: false,
  }, context);
  const { rows: reports } = await pool.query(`
    SELECT substring(title FROM '（([^（）]*)）$') AS code, department, title, annual_budget::text AS budget, executed::text
    FROM report_summary WHERE department LIKE 'p%' AND fiscal_year = $1 ORDER BY department, code`, [plan.fiscalYear]);
  const rows = reports.map((r, i) => ({
    row: i + 2, code: r.code, name: r.title, department: r.department, implementingUnit: '', initialBudget: r.budget ?? '',
    annualBudget: r.budget ?? '', executed: r.executed ?? '', executionWeight: '',
  }));
  await commands.importProjects(campaignId, rows, context);
  const { rowCount } = await pool.query(`
    UPDATE campaign_tasks t SET report_id = x.id, state = COALESCE(x.state, 'drafting')
    FROM (SELECT s.id::text AS id, substring(s.title FROM '（([^（）]*)）$') AS code,
            (SELECT task_state_after(e.type) FROM events e WHERE e.stream_id = 'report-' || s.id AND task_state_after(e.type) IS NOT NULL
             ORDER BY e.version DESC LIMIT 1) AS state
          FROM report_summary s WHERE s.department LIKE 'p%' AND s.fiscal_year = $2) x
    WHERE t.campaign_id = $1 AND t.project_code = x.code`, [campaignId, plan.fiscalYear]);
  return { campaignId, tasks: rowCount ?? 0 };
}

/** Sequential requests, one at a time: the latency a user waits, not a throughput. */
async function latencyOf(request: () => Promise<Response>): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = process.hrtime.bigint();
    const res = await request();
    await res.arrayBuffer();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
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
    return capturing.filter((s) => /^\s*(SELECT|WITH)/i.test(s.text) && /report_summary|report_counts|FROM events|campaign_tasks|campaign_progress/.test(s.text));
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
