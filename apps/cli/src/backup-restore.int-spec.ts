import Decimal from 'decimal.js';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { reportStreams, TABLES } from '@jixiao/read-models';
import { actors, testDatabaseUrl, useTestDatabase } from '@jixiao/testing';
import { seedDemoData } from '../../api/src/demo/seed-demo-data';
import { TRANSITIONS } from '../../worker/src/jobs/transition-jobs';
import { aSubmittedReport, startWorkerSystem, until } from '../../../test/support/worker-test-kit';

const root = join(__dirname, '../../..');

interface Run { status: number; stdout: string; stderr: string }

function jixiao(databaseUrl: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.MIGRATION_DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/jixiao.js'), ...args], { cwd: root, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const WITHOUT_DOCUMENTS = `
  SELECT count(*)::int AS n FROM events e
  WHERE e.type = ANY($1) AND e.stream_id ~ '^report-[0-9a-f-]{36}$' AND NOT EXISTS (
    SELECT 1 FROM events d WHERE d.stream_id = e.stream_id || '-documents' AND (d.data->>'reportVersion')::int = e.version)`;

/**
 * report_counts as statistics read it: rebuilt with report_summary, its sums may print another numeric scale (95.00 for
 * 95.000 summed event by event) and a count that fell to 0 is not kept; the figures are the same.
 */
async function counts(pool: Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(
    `SELECT * FROM report_counts WHERE reports > 0 ORDER BY fiscal_year, department, department_name, ever_signed_off`,
  );
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+\.\d+$/.test(v) ? new Decimal(v).toFixed() : v])),
  );
}

/**
 * Each table that restore brings back as it was (all but the read models it rebuilds and their checkpoints), as a
 * row count and a digest of its rows less the transaction ids, which restore renumbers.
 */
async function contents(pool: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT tablename = ANY($1) ORDER BY 1`,
    [[...TABLES.map((t) => t.name), 'projection_checkpoints']],
  );
  const all: Record<string, string> = {};
  for (const { tablename } of tables) {
    const { rows: xids } = await pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'xid8'`, [tablename],
    );
    const less = xids.map((x) => ` - '${x.column_name}'`).join('');
    const { rows } = await pool.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS digest
       FROM (SELECT (to_jsonb(t)${less})::text AS r FROM public."${tablename}" t) rows`,
    );
    all[tablename] = `${rows[0].n} rows ${rows[0].digest}`;
  }
  return all;
}

/**
 * A backup usually comes from another cluster, whose transaction ids are far ahead of a new one's. Shifting the
 * source's ids (triggers off for the test only) makes restoring into this cluster the same case: without restore's
 * renumbering the restored events would sit above every reader's horizon and the log would stall.
 */
async function asIfFromAClusterFarAhead(pool: Pool): Promise<void> {
  const shift = (column: string) => `${column} = (${column}::text::numeric + 1000000000000)::text::xid8`;
  await pool.query('ALTER TABLE events DISABLE TRIGGER events_no_update_or_delete');
  await pool.query(`UPDATE events SET ${shift('transaction_id')}`);
  await pool.query('ALTER TABLE events ENABLE TRIGGER events_no_update_or_delete');
  await pool.query(`UPDATE projection_checkpoints SET ${shift('transaction_id')} WHERE transaction_id <> '0'`);
}

describe('jixiao backup FILE / jixiao restore FILE', () => {
  const source = useTestDatabase();
  const targetName = `jixiao_test_${randomBytes(6).toString('hex')}`;
  const targetUrl = testDatabaseUrl(targetName);
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-backup-'));
  const file = join(folder, 'jixiao.dump');
  let target: Pool;

  afterAll(async () => {
    await target?.end();
    const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
    await admin.end();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores a full workflow history into an empty database: chain intact, projections equal, documents byte for byte', async () => {
    await seedDemoData(source.pool);
    const system = startWorkerSystem(source.pool);
    try {
      const reportId = await aSubmittedReport(source.pool);
      const streams = reportStreams(source.pool);
      for (const [type, actor] of [['SignOffReport', actors.head], ['ApproveReport', actors.reviewer], ['PublishReport', actors.reviewer]] as const) {
        await streams.execute(reportId, { type, actor, data: {} } as never, { correlationId: 'backup-test' });
      }
      await until(async () => (await source.pool.query(WITHOUT_DOCUMENTS, [[...TRANSITIONS]])).rows[0].n, (n) => n === 0, 120000);
      const { rows } = await source.pool.query('SELECT count(*)::int AS n FROM report_documents WHERE report_id = $1', [reportId]);
      expect(rows[0].n).toBe(15); // five versions × XLSX, DOCX, PDF
    } finally {
      await system.stop();
    }
    await asIfFromAClusterFarAhead(source.pool);

    expect(await jixiao(source.url, 'backup', file)).toMatchObject({ status: 0, stdout: expect.stringMatching(/已备份到/) });
    expect(await jixiao(targetUrl, 'restore', file)).toMatchObject({ status: 0, stdout: expect.stringMatching(/已从 .+ 恢复/) });

    const verified = await jixiao(targetUrl, 'events', 'verify');
    expect(verified).toMatchObject({ status: 0, stdout: expect.stringContaining('哈希链完好') });
    const rebuilt = await jixiao(targetUrl, 'projections', 'rebuild', '--verify');
    expect(rebuilt).toMatchObject({ status: 0, stdout: expect.stringContaining('无差异') });

    target = new Pool({ connectionString: targetUrl });
    // As useTestDatabase's pool: an idle connection ended by the server is the pool's to replace, not the file's to fail on.
    target.on('error', () => undefined);
    const summaries = (pool: Pool) => pool.query('SELECT id, state, version FROM report_summary ORDER BY id').then((r) => r.rows);
    expect(await summaries(target)).toEqual(await summaries(source.pool));
    const documents = (pool: Pool) => pool.query(
      'SELECT report_id, version, format, sha256, content FROM report_documents ORDER BY report_id, version, format',
    ).then((r) => r.rows);
    const [before, after] = [await documents(source.pool), await documents(target)];
    expect(after.length).toBeGreaterThanOrEqual(15);
    expect(after).toEqual(before);
    after.forEach((row, i) => expect(Buffer.compare(row.content, before[i].content)).toBe(0));
    const tables = await contents(source.pool);
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['events', 'users', 'departments', 'report_documents', 'migrations']));
    expect(await contents(target)).toEqual(tables);
    const sourceCounts = await counts(source.pool);
    expect(sourceCounts.length).toBeGreaterThan(0);
    expect(await counts(target)).toEqual(sourceCounts);
  }, 240000);

  it('goes on after the restore: a new transition is fed to the worker and gets its documents', async () => {
    const { rows } = await target.query(`SELECT id FROM report_summary WHERE state = 'published'`);
    await reportStreams(target).execute(rows[0].id, { type: 'OpenRevision', actor: actors.reviewer, data: { reason: '恢复后修订' } } as never, { correlationId: 'after-restore' });
    const system = startWorkerSystem(target);
    try {
      await until(async () => (await target.query(WITHOUT_DOCUMENTS, [[...TRANSITIONS]])).rows[0].n, (n) => n === 0, 60000);
    } finally {
      await system.stop();
    }
  }, 120000);

  it('refuses a database that is not empty, and a file that is not a backup, changing nothing', async () => {
    const before = await contents(target);
    // Whole runs in the expectations: a failure shows the status and everything the verb printed.
    expect(await jixiao(targetUrl, 'restore', file)).toMatchObject({ status: 2, stderr: expect.stringMatching(/目标数据库不是空的/) });
    const notABackup = join(folder, 'not-a-backup.dump');
    writeFileSync(notABackup, '这不是备份');
    expect(await jixiao(targetUrl, 'restore', notABackup)).toMatchObject({ status: 2, stderr: expect.stringMatching(/不是 jixiao backup 生成的备份/) });
    expect(await jixiao(targetUrl, 'restore', join(folder, 'none.dump'))).toMatchObject({ status: 2, stderr: expect.stringMatching(/无法读取备份文件/) });
    expect(await jixiao(targetUrl, 'backup')).toMatchObject({ status: 2, stderr: expect.stringMatching(/用法/) });
    expect(await contents(target)).toEqual(before);
  }, 120000);
});
