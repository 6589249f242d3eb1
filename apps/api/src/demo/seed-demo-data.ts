import { reportStreams } from '@jixiao/read-models';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { draftReport } from '@jixiao/reports';
import { seedOrganisation } from './seed-organisation';
import { seedDemoCampaign } from './seed-demo-campaign';

export const DEMO_PASSWORD = 'jixiao-demo';

const REGIONS = [
  { code: 'demo', name: '演示省财政厅', parentCode: null },
  { code: '340400', name: '淮南市财政局', parentCode: 'demo' },
  { code: '431200', name: '怀化市财政局', parentCode: 'demo' },
];

const DEPARTMENTS = [
  { code: '009', name: '淮南市人民政府办公室', regionCode: '340400' },
  { code: 'hhbj', name: '湖南省怀化市人民政府驻北京联络处', regionCode: '431200' },
];

type DemoAccount = Actor & { displayName: string };

export const DEMO_USERS: DemoAccount[] = [
  { username: 'hn-preparer', role: 'preparer', department: '009', displayName: '淮南市政府办填表人' },
  { username: 'hn-head', role: 'head', department: '009', displayName: '淮南市政府办负责人' },
  { username: 'hh-preparer', role: 'preparer', department: 'hhbj', displayName: '怀化驻京联络处填表人' },
  { username: 'hh-head', role: 'head', department: 'hhbj', displayName: '怀化驻京联络处负责人' },
  { username: 'reviewer', role: 'reviewer', department: null, region: 'demo', displayName: '演示省财政厅审核人' },
  { username: 'hn-reviewer', role: 'reviewer', department: null, region: '340400', displayName: '淮南市财政局审核人' },
  { username: 'auditor', role: 'auditor', department: null, region: 'demo', displayName: '演示省财政监督' },
  { username: 'admin', role: 'admin', department: null, displayName: '系统管理员' },
];

/**
 * SPEC §12: only into an empty database; returns false when there was something already. Under an advisory lock:
 * two API processes starting together on an empty database would otherwise both find it empty and both seed. The
 * lock is a transaction's (held by an open transaction that writes nothing, so it holds no log reader back), which
 * also holds through PgBouncer in transaction mode, where a session lock may be released on another connection.
 */
export async function seedDemoData(pool: Pool, fixturesDir = findFixturesDir()): Promise<boolean> {
  const lock = await pool.connect();
  try {
    await lock.query('BEGIN');
    await lock.query(`SELECT pg_advisory_xact_lock(hashtext('jixiao-demo-seed'))`);
    return await seedIfEmpty(pool, fixturesDir);
  } finally {
    await lock.query('COMMIT').catch(() => undefined);
    lock.release();
  }
}

async function seedIfEmpty(pool: Pool, fixturesDir: string): Promise<boolean> {
  const { rows } = await pool.query('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM events) AS n');
  if (Number(rows[0].n) > 0) return false;
  await seedOrganisation(pool, REGIONS, DEPARTMENTS, DEMO_USERS, DEMO_PASSWORD);
  const streams = reportStreams(pool);
  for (const { file, preparer } of seedForms(fixturesDir)) {
    const actor = DEMO_USERS.find((u) => u.username === preparer)!;
    await draftReport(streams, pool, { document: JSON.parse(readFileSync(file, 'utf8')), actor, correlationId: 'demo-seed' });
  }
  await seedDemoCampaign(pool, streams, DEMO_USERS);
  return true;
}

function seedForms(fixturesDir: string) {
  const projectForms = readdirSync(join(fixturesDir, 'seed-004')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ file: join(fixturesDir, 'seed-004', f), preparer: 'hn-preparer' }));
  const departmentReports = readdirSync(join(fixturesDir, 'seed-003')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ file: join(fixturesDir, 'seed-003', f), preparer: 'hh-preparer' }));
  return [...projectForms, ...departmentReports];
}

/** The project's own copy of the seed fixtures, found from wherever the code runs (src or dist). */
export function findFixturesDir(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'fixtures', 'seed-004'))) return join(dir, 'fixtures');
  }
  throw new Error(`fixtures/ not found above ${from}`);
}
