import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('takes the SPEC §13 defaults', () => {
    expect(loadConfig({})).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/jixiao', redisUrl: 'redis://127.0.0.1:6379', port: 3000, seedDemoData: true,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
  ])('stops on %p, naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('has no built-in JWT secret: unset outside production, it is left to the database (SPEC §13)', () => {
    expect(loadConfig({}).jwtSecret).toBeNull();
    expect(loadConfig({ JWT_SECRET: 'a-long-enough-secret-value' }).jwtSecret).toBe('a-long-enough-secret-value');
  });

  it('migrates as MIGRATION_DATABASE_URL when set, else as DATABASE_URL', () => {
    expect(loadConfig({}).migrationDatabaseUrl).toBe('postgres://postgres@127.0.0.1:5432/jixiao');
    expect(loadConfig({ MIGRATION_DATABASE_URL: 'postgres://owner@db/jixiao' }).migrationDatabaseUrl).toBe('postgres://owner@db/jixiao');
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow('MIGRATION_DATABASE_URL');
  });

  it('reads from READ_DATABASE_URL only when set, and refuses one that is not PostgreSQL (SPEC §20)', () => {
    expect(loadConfig({}).readDatabaseUrl).toBeNull();
    expect(loadConfig({ READ_DATABASE_URL: 'postgres://reader@replica:5433/jixiao' }).readDatabaseUrl).toBe('postgres://reader@replica:5433/jixiao');
    expect(() => loadConfig({ READ_DATABASE_URL: 'replica:5433' })).toThrow('READ_DATABASE_URL');
  });

  it('prepares named statements unless DATABASE_PREPARED_STATEMENTS=false (PgBouncer < 1.21), and refuses another value', () => {
    expect(loadConfig({}).preparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).preparedStatements).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  it('keeps 4 connections to PostgreSQL unless DATABASE_POOL_SIZE says otherwise, and refuses a size that is not a whole number from 1 to 100', () => {
    expect(loadConfig({}).databasePoolSize).toBe(4);
    expect(loadConfig({ DATABASE_POOL_SIZE: '12' }).databasePoolSize).toBe(12);
    for (const bad of ['0', '101', '2.5', 'many']) expect(() => loadConfig({ DATABASE_POOL_SIZE: bad })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).seedDemoData).toBe(false);
  });
});
