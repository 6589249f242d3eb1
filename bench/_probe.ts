import { Pool } from 'pg';
import { GetStatistics, GetStatisticsHandler } from '../apps/api/src/stats/get-statistics';
const pool = new Pool({ connectionString: process.env.URL, max: 2 });
const time = async (name: string, work: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) { const t = process.hrtime.bigint(); await work(); samples.push(Number(process.hrtime.bigint() - t) / 1e6); }
  samples.sort((a, b) => a - b);
  console.log(name, 'p50', samples[25].toFixed(1), 'p98', samples[49].toFixed(1));
};
(async () => {
  const handler = new GetStatisticsHandler({ forActor: async () => ({ pool }) } as never);
  const admin = { username: 'admin', role: 'admin', department: null } as never;
  const { rows } = await pool.query(`SELECT array_agg(code ORDER BY code) AS scope FROM departments WHERE code LIKE 'p%'`);
  const reviewer = { username: 'r', role: 'reviewer', department: null, scope: rows[0].scope } as never;
  const q = new GetStatistics({ fiscalYear: '2025' }, admin);
  await time('admin handler', () => handler.execute(q));
  await time('reviewer handler', () => handler.execute(new GetStatistics({ fiscalYear: '2025' }, reviewer)));
  await time('health SELECT 1', () => pool.query('SELECT 1'));
  await pool.end();
})();
