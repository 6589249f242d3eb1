import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { useTestDatabase } from '@jixiao/testing';
import { createQueue } from './report-jobs.processor';
import { aSubmittedReport, documentsOf, eventsOf, uniqueQueue, until } from '../../../test/support/worker-test-kit';

const ROOT = join(__dirname, '../../..');

function startWorker(env: Record<string, string>, stdio: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', stdio, 'pipe'],
  });
}

describe('a worker killed mid-job', () => {
  const db = useTestDatabase();

  it('yields, after restart, exactly one set of documents per version', async () => {
    const queueName = uniqueQueue();
    const queue = createQueue(queueName, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const env = { DATABASE_URL: db.url, QUEUE_NAME: queueName, JOB_LOCK_MS: '1000', WORKER_CONCURRENCY: '1' };
    const first = startWorker({ ...env, RENDER_DELAY_MS: '60000' });
    try {
      const reportId = await aSubmittedReport(db.pool);
      await until(() => queue.getActiveCount(), (n) => n > 0, 30000);
      await until(async () => (await queue.getJobs(['active'])).some((j) => j.name === 'render-documents'), Boolean, 30000);
      first.kill('SIGKILL');
      await new Promise((resolve) => first.on('exit', resolve));
      const second = startWorker({ ...env, RENDER_DELAY_MS: '0' });
      try {
        const rendered = await until(() => eventsOf(db.pool, `report-${reportId}-documents`), (e) => e.length === 2, 40000);
        expect(rendered.map((e) => e.data.reportVersion).sort()).toEqual([1, 2]);
        expect(await documentsOf(db.pool, reportId)).toHaveLength(6);
      } finally {
        second.kill('SIGTERM');
        await new Promise((resolve) => second.on('exit', resolve));
      }
    } finally {
      if (first.exitCode === null) first.kill('SIGKILL');
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90000);

  it('refuses to start without a usable CJK font, naming the fix', async () => {
    const child = startWorker({ DATABASE_URL: db.url, QUEUE_NAME: uniqueQueue(), CJK_FONT_PATH: '/nonexistent/cjk.otf', LOG_FORMAT: 'json' });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/cjk.otf');
    expect(stderr).toContain('npm ci');
    expect(stderr).toContain('@embedpdf/fonts-sc');
  }, 30000);
});
