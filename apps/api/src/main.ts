import './tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config';
import { createApp, prepareDatabase } from './create-app';
import { startMetricsServer } from '@jixiao/observability';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Jixiao');
  const { migrations, seeded } = await prepareDatabase(config);
  if (migrations.length) logger.log(`migrations applied: ${migrations.join(', ')}`);
  if (seeded) logger.log('demo data seeded (users hn-preparer, hn-head, hh-preparer, hh-head, reviewer, admin; password jixiao-demo)');
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  logger.log(`API on http://127.0.0.1:${config.port}/api (OpenAPI at /api/docs)`);
  // Metrics without a token on a port of their own, for a scraper inside the operator's network (0 or unset: off).
  const metricsPort = process.env.METRICS_PORT?.trim();
  if (metricsPort) {
    if (!/^\d{1,5}$/.test(metricsPort) || Number(metricsPort) > 65535) throw new Error(`METRICS_PORT: 不是有效的端口号 "${metricsPort}"`);
    if (Number(metricsPort)) {
      await startMetricsServer(Number(metricsPort));
      logger.log(`metrics on http://127.0.0.1:${metricsPort}/metrics`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `start-up failed: ${(error as Error).message ?? error}`);
  process.exit(1);
});
