import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { appRoleProblem, createPool, ensureDatabase, migrate, whileConnectionsAreCut } from '@jixiao/event-store';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './contracts/openapi';
import { observeRequests } from './observability/http-observer';
import { ObservabilityModule } from './observability/observability.module';
import { Config, ConfigError } from './config';
import { seedDemoData } from './demo/seed-demo-data';
import { refuseInvalidUtf8, refuseUnsafeText, SafeTextPipe } from './http/safe-text';

/** Creates the database if missing, runs the migrations, and seeds the demo data into an empty one. */
export async function prepareDatabase(config: Config): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await whileConnectionsAreCut(async () => {
    await ensureDatabase(config.migrationDatabaseUrl);
    return migrate(config.migrationDatabaseUrl, config.databaseUrl);
  });
  const pool = createPool(config.databaseUrl, 2, { preparedStatements: config.preparedStatements });
  try {
    if (config.nodeEnv === 'production') await refuseOwnerRole(pool);
    return { migrations, seeded: config.seedDemoData && (await seedDemoData(pool)) };
  } finally {
    await pool.end();
  }
}

/** SPEC §19: in production the app connects as a role that cannot switch off the append-only rule. */
export async function refuseOwnerRole(pool: Pick<ReturnType<typeof createPool>, 'connect'>): Promise<void> {
  const client = await pool.connect();
  try {
    const problem = await appRoleProblem(client);
    if (problem) {
      throw new ConfigError(`DATABASE_URL: ${problem}，生产环境不能以此角色运行。请以所有者执行 jixiao migrate（创建 jixiao_app），`
        + '再让 DATABASE_URL 使用 jixiao_app、MIGRATION_DATABASE_URL 使用所有者（见 README“数据库角色”）');
    }
  } finally {
    client.release();
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
  app.use(securityHeaders());
  // Behind the reverse proxy named in TRUST_PROXY (default: one on this machine), X-Forwarded-Proto says whether it was HTTPS.
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: '5mb', type: ['application/json', 'application/*+json'], verify: refuseInvalidUtf8 });
  app.use(refuseUnsafeText);
  app.useGlobalPipes(new SafeTextPipe());
  app.use((req: Request & { correlationId?: string }, res: Response, next: NextFunction) => {
    req.correlationId ??= req.header('x-correlation-id')?.slice(0, 100) || randomUUID();
    res.setHeader('X-Correlation-Id', req.correlationId);
    next();
  });
  app.enableShutdownHooks();
  // The document comes from the zod schemas the API validates with (contracts/), not from Nest's decorators.
  const openApi = buildOpenApiDocument() as unknown as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, () => openApi);
  serveWebApp(app);
  return app;
}

/**
 * SPEC §19 on every response. Ant Design injects its styles as inline <style> elements, so styles allow
 * 'unsafe-inline'; scripts come from the app's own origin only.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS (for the whole host, subdomains included) is the TLS-terminating proxy's decision, not the app's.
    strictTransportSecurity: false,
  });
}

/** The built web app (apps/web/dist) at `/`, with its client-side routes falling back to index.html. */
function serveWebApp(app: NestExpressApplication): void {
  const dist = findWebDist(__dirname);
  if (!dist) return;
  // Vite names every file under assets/ by its content: cached for good. The page that names them is asked for
  // again each time, so that after an update it names the new ones.
  const assets = serveStatic(dist, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dist, 'assets'))
      ? 'public, max-age=31536000, immutable' : path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600'),
  });
  // Only outside /api: serve-static stats the file system for every request it sees.
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api') ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    res.sendFile(join(dist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
}

function findWebDist(from: string): string | null {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}
