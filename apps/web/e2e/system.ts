// The whole system for the browser test: the built web app served by the API on a real port, and the worker.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../../api/src/config';
import { createApp } from '../../api/src/create-app';
import { seedDemoData } from '../../api/src/demo/seed-demo-data';
import { startWorkerSystem } from '../../worker/src/worker-test-kit';
import { launch, type Browser } from './browser';

const webDir = join(__dirname, '..');

export function buildWebApp(): void {
  // `npm test` is the one test command: the web app's own packages are installed on first use.
  if (!existsSync(join(webDir, 'node_modules', 'vite'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: webDir, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [join(webDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: webDir, stdio: 'inherit',
  });
}

export function useSystem() {
  const db = useTestDatabase();
  const state: { app?: INestApplication; baseUrl: string; stop?: () => Promise<void> } = { baseUrl: '' };
  // The worker and the API stop while their database is still there.
  db.beforeDrop(async () => {
    await state.stop?.();
    state.app?.getHttpServer().closeAllConnections();
    await state.app?.close();
  });

  beforeAll(async () => {
    buildWebApp();
    await seedDemoData(db.pool);
    // The seeded drafts are not this test's; documents are rendered only for what the test does.
    await db.pool.query(`
      UPDATE projection_checkpoints c SET transaction_id = last.transaction_id, position = last.position
      FROM (SELECT transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1) last
      WHERE c.name = 'job-feed'`);
    state.app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
    await state.app.listen(0, '127.0.0.1');
    state.baseUrl = `http://127.0.0.1:${(state.app.getHttpServer().address() as AddressInfo).port}`;
    const system = startWorkerSystem(db.pool, { lockMs: 30000, feedIntervalMs: 200 });
    state.stop = () => system.stop();
  });
  /** Chromium, closed before the API and the worker stop (its open connections would hold the API's close up). */
  async function launchBrowser(): Promise<Browser> {
    const browser = await launch();
    db.beforeDrop(() => browser.close());
    return browser;
  }
  return { db, url: (path = '/') => `${state.baseUrl}${path}`, launchBrowser };
}
