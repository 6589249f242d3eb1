import { z } from 'zod';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/jixiao'),
    MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    READ_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    JWT_SECRET: z.string().min(16).optional(),
    SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
    QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_-]+$/).default('report-jobs'),
    TRUST_PROXY: z.string().regex(/^[A-Za-z0-9.:/, ]+$/, 'should be Express trust-proxy addresses, e.g. loopback, 10.0.0.5').default('loopback'),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.JWT_SECRET, {
    path: ['JWT_SECRET'],
    message: 'is required in production',
  });

export type Config = Readonly<{
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string;
  /** The owner's connection for migrations (SPEC §19); the app's own DATABASE_URL when unset. */
  migrationDatabaseUrl: string;
  /** A streaming replica for lists, search, statistics and public reads (SPEC §20); null: everything reads the primary. */
  readDatabaseUrl: string | null;
  /** false behind PgBouncer < 1.21 in transaction mode: named statements (the one-event append) go unnamed. */
  preparedStatements: boolean;
  /**
   * Connections this process keeps to DATABASE_URL (and to READ_DATABASE_URL). PostgreSQL serves best with about twice
   * its cores of busy backends in all: more make every commit wait on the WAL lock and wake again (docs/SCALING.md).
   */
  databasePoolSize: number;
  redisUrl: string;
  port: number;
  /** null outside production when JWT_SECRET is unset: the secret generated at first start and kept in the database. */
  jwtSecret: string | null;
  seedDemoData: boolean;
  queueName: string;
  /** Proxies whose X-Forwarded-* headers are believed (Express `trust proxy`): the HTTPS proxy in front, never clients. */
  trustProxy: string;
}>;

export class ConfigError extends Error {}

/** The only reader of process.env (SPEC §13): a bad value stops start-up, naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const value = parsed.data;
  return Object.freeze({
    nodeEnv: value.NODE_ENV,
    databaseUrl: value.DATABASE_URL,
    migrationDatabaseUrl: value.MIGRATION_DATABASE_URL ?? value.DATABASE_URL,
    readDatabaseUrl: value.READ_DATABASE_URL ?? null,
    preparedStatements: value.DATABASE_PREPARED_STATEMENTS === 'true',
    databasePoolSize: value.DATABASE_POOL_SIZE,
    redisUrl: value.REDIS_URL,
    port: value.PORT,
    jwtSecret: value.JWT_SECRET ?? null,
    seedDemoData: value.SEED_DEMO_DATA === 'true' && value.NODE_ENV !== 'production',
    queueName: value.QUEUE_NAME,
    trustProxy: value.TRUST_PROXY,
  });
}

export const CONFIG = Symbol('CONFIG');
