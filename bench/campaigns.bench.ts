// SPEC §17, §20: the inbox and progress queries and the 自评结果汇总表 export at province scale (50,000 tasks).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { CampaignCommands } from '@jixiao/campaigns';
import { createPool } from '@jixiao/event-store';
import { reportStreams } from '@jixiao/read-models';
import { hotline } from '@jixiao/testing';
import { INBOX_TASKS, inboxTasksSql, readInbox } from '../apps/api/src/campaigns/queries/inbox';
import { PROGRESS, readProgressJson } from '../apps/api/src/campaigns/queries/progress';
import { writeSummary } from '../apps/api/src/campaigns/queries/summary-export';
import { BenchRow, percentile, printRows, scratchDatabase } from './bench-kit';
import { rng } from '../test/support/report-generator';

const REGIONS = 20;
const DEPARTMENTS_PER_REGION = 100;
const PROJECTS_PER_DEPARTMENT = 25;
const RUNS = Number(process.env.BENCH_CAMPAIGN_RUNS ?? 300);
const TODAY = '2026-04-10';
// The share of tasks in each state, as a campaign stands ten days after its self-evaluation was due.
const STATES: [string, number][] = [
  ['not_started', 0.1], ['drafting', 0.25], ['returned', 0.05], ['sent_back', 0.03], ['awaiting_sign_off', 0.12],
  ['awaiting_review', 0.2], ['reviewed', 0.1], ['published', 0.15],
];

export async function benchCampaigns(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 4);
  try {
    const departments = await organisation(pool);
    const admin: Actor = { username: 'admin', role: 'admin', department: null };
    const commands = new CampaignCommands(pool, reportStreams(pool));
    const context = { actor: admin, today: '2026-01-05', at: new Date().toISOString(), correlationId: 'bench' };
    const campaignId = await commands.open({
      fiscalYear: '2025', title: '全省2025年度预算绩效自评', region: 'prov', selfEvaluationDue: '2026-03-31', reviewDue: '2026-04-30',
      departments: 'all', departmentReports: false,
    }, context);
    const rows = departments.flatMap((department, d) => Array.from({ length: PROJECTS_PER_DEPARTMENT }, (_, p) => ({
      row: d * PROJECTS_PER_DEPARTMENT + p + 2, code: `${department}-${p + 1}`, name: `项目 ${department}-${p + 1}`, department,
      implementingUnit: '', initialBudget: '100', annualBudget: String(100 + p), executed: String(90 + p), executionWeight: '',
    })));
    const imported = await timed(() => commands.importProjects(campaignId, rows, context));
    await reportsForTasks(pool, campaignId);
    await pool.query('VACUUM ANALYZE');
    const random = rng(7);
    const department = () => departments[Math.floor(random() * departments.length)];
    const city = (n: number) => departments.slice(n * DEPARTMENTS_PER_REGION, (n + 1) * DEPARTMENTS_PER_REGION);
    const actors = {
      preparer: () => ({ username: 'p', role: 'preparer', department: department() }) as Actor,
      head: () => ({ username: 'h', role: 'head', department: department() }) as Actor,
      cityReviewer: () => ({ username: 'r', role: 'reviewer', department: null, scope: city(Math.floor(random() * REGIONS)) }) as Actor,
      provinceReviewer: () => ({ username: 'r', role: 'reviewer', department: null, scope: departments }) as Actor,
    };
    const measured: BenchRow[] = [
      { name: `project list import (${rows.length} rows → tasks, one event)`, value: imported.seconds * 1000, unit: 'ms', baseline: null, ratio: null },
    ];
    const latency = async (name: string, work: () => Promise<unknown>) => {
      const { p50, p99 } = await latencies(work);
      measured.push({ name: `${name} p50`, value: p50, unit: 'ms', baseline: null, ratio: null });
      measured.push({ name: `${name} p99`, value: p99, unit: 'ms', baseline: null, ratio: null, target: '< 50 ms' });
    };
    for (const [name, actor] of Object.entries(actors)) await latency(`inbox, ${name}`, () => readInbox(pool, actor(), TODAY));
    await latency('progress, province (2,000 departments)', () => readProgressJson(pool, campaignId, admin, TODAY));
    await latency('progress, city reviewer (100 departments)', () => readProgressJson(pool, campaignId, actors.cityReviewer(), TODAY));
    let bytes = 0;
    const sink = new Writable({ write(chunk, _, done) { bytes += chunk.length; done(); } });
    const exported = await timed(() => writeSummary(pool, { id: campaignId, title: 'bench' }, null, TODAY, sink));
    measured.push({ name: `summary.xlsx export (${exported.result} rows, ${(bytes / 1e6).toFixed(1)} MB)`, value: exported.seconds, unit: 's', baseline: null, ratio: null, target: '< 20 s' });
    await explain(pool, departments, campaignId);
    return measured;
  } finally {
    await pool.end();
    await db.drop();
  }
}

/** 20 city regions of 100 departments under one province. */
async function organisation(pool: Pool): Promise<string[]> {
  await pool.query(`INSERT INTO regions (code, name) VALUES ('prov', '省财政厅')`);
  await pool.query(`INSERT INTO regions (code, name, parent_code) SELECT 'c' || n, '市财政局 ' || n, 'prov' FROM generate_series(1, ${REGIONS}) n`);
  await pool.query(`INSERT INTO departments (code, name, region_code)
    SELECT 'c' || c || '-d' || d, '单位 ' || c || '-' || d, 'c' || c FROM generate_series(1, ${REGIONS}) c, generate_series(1, ${DEPARTMENTS_PER_REGION}) d`);
  const { rows } = await pool.query(`SELECT code FROM departments ORDER BY region_code, code`);
  return rows.map((r) => r.code);
}

/**
 * Every started task gets a report: one real draft's read models copied under a fresh id (the queries read only the
 * read models), and the task the state the distribution gives it, as the trigger would leave it.
 */
async function reportsForTasks(pool: Pool, campaignId: string): Promise<void> {
  const streams = reportStreams(pool);
  const templateId = randomUUID();
  const actor: Actor = { username: 'p', role: 'preparer', department: 'c1-d1' };
  await streams.execute(templateId, { type: 'DraftReport', actor, data: { reportId: templateId, document: hotline() as never, departmentName: '单位' } }, { correlationId: 'bench' });
  let lower = 0;
  const cases = STATES.map(([state, share]) => { const upper = lower + share; const c = `WHEN r < ${upper} THEN '${state}'`; lower = upper; return c; });
  await pool.query(`UPDATE campaign_tasks SET state = CASE ${cases.join(' ')} ELSE 'published' END
    FROM (SELECT id AS task_id, random() AS r FROM campaign_tasks) x WHERE campaign_tasks.id = x.task_id AND campaign_id = $1`, [campaignId]);
  await pool.query(`UPDATE campaign_tasks SET report_id = gen_random_uuid()::text WHERE state <> 'not_started'`);
  await pool.query(`INSERT INTO report_summary SELECT (jsonb_populate_record(s, jsonb_build_object('id', t.report_id, 'department', t.department,
      'state', CASE t.state WHEN 'awaiting_sign_off' THEN 'self_scored' WHEN 'awaiting_review' THEN 'signed_off' WHEN 'reviewed' THEN 'reviewed'
      WHEN 'published' THEN 'published' ELSE 'draft' END, 'ever_signed_off', t.state IN ('awaiting_review', 'reviewed', 'published')))).*
    FROM campaign_tasks t, report_summary s WHERE s.id = $1 AND t.report_id IS NOT NULL`, [templateId]);
  await pool.query(`INSERT INTO report_view (id, view) SELECT t.report_id::uuid, v.view FROM campaign_tasks t, report_view v
    WHERE v.id = $1 AND t.report_id IS NOT NULL`, [templateId]);
}

async function explain(pool: Pool, departments: string[], campaignId: string): Promise<void> {
  const plan = async (title: string, sql: string, params: unknown[]) => {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
    const lines = rows.map((r) => `  ${String(r['QUERY PLAN']).replace(/'\{[^}]{80,}\}'/g, (list) => `'{…${list.split(',').length} codes…}'`)}`);
    console.log(`\n${title}\n${lines.join('\n')}`);
  };
  await plan('EXPLAIN inbox, province reviewer (2,000 departments, tasks awaiting review):', inboxTasksSql(['awaiting_review']), [departments, ['awaiting_review'], 200]);
  await plan('EXPLAIN inbox, preparer of one department:', INBOX_TASKS, [[departments[42]], ['not_started', 'drafting', 'returned', 'sent_back'], 200]);
  await plan('EXPLAIN progress, province:', PROGRESS, [campaignId, TODAY, null]);
}

async function latencies(work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 10; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

if (require.main === module) {
  benchCampaigns().then(
    (rows) => printRows(`campaigns at province scale (SPEC §17, §20); load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores`, rows),
    (e) => { console.error(e); process.exit(1); },
  );
}
