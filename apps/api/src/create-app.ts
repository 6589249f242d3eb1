import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';
import { createPool, ensureDatabase, migrate } from '@jixiao/event-store';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { observeRequests } from './observability/http-observer';
import { ObservabilityModule } from './observability/observability.module';
import { Config } from './config';
import { seedDemoData } from './demo/seed-demo-data';

/** Creates the database if missing, runs the migrations, and seeds the demo data into an empty one. */
export async function prepareDatabase(config: Config): Promise<{ migrations: string[]; seeded: boolean }> {
  await ensureDatabase(config.databaseUrl);
  const migrations = await migrate(config.databaseUrl);
  if (!config.seedDemoData) return { migrations, seeded: false };
  const pool = createPool(config.databaseUrl, 2);
  try {
    return { migrations, seeded: await seedDemoData(pool) };
  } finally {
    await pool.end();
  }
}

export async function createApp(
  config: Config, options: { logger?: false; logDestination?: DestinationStream } = {},
): Promise<INestApplication> {
  // Request logs (one JSON line each) and metrics wrap the application module; `logger: false` silences them too.
  const silent = options.logger === false && !options.logDestination;
  const root = ObservabilityModule.around(AppModule.forConfig(config), { destination: options.logDestination, silent });
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
    bufferLogs: options.logger !== false,
    bodyParser: false,
  });
  if (options.logger !== false) app.useLogger(app.get(PinoLogger));
  app.use(observeRequests);
  app.setGlobalPrefix('api');
  app.useBodyParser('json', { limit: '5mb', type: ['application/json', 'application/*+json'] });
  app.use((req: Request & { correlationId?: string }, res: Response, next: NextFunction) => {
    req.correlationId ??= req.header('x-correlation-id')?.slice(0, 100) || randomUUID();
    res.setHeader('X-Correlation-Id', req.correlationId);
    next();
  });
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Jixiao 绩效自评 API')
    .setDescription('预算绩效自评：项目支出绩效自评表与部门整体支出绩效自评报告的填报、签署、审核与公开')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  serveWebApp(app);
  return app;
}

/** The built web app (apps/web/dist) at `/`, with its client-side routes falling back to index.html. */
function serveWebApp(app: NestExpressApplication): void {
  const dist = findWebDist(__dirname);
  if (!dist) return;
  const assets = serveStatic(dist, { index: false, maxAge: '1h' });
  // Only outside /api: serve-static stats the file system for every request it sees.
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api') ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    res.sendFile(join(dist, 'index.html'));
  });
}

function findWebDist(from: string): string | null {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}
