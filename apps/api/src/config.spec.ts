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

  it('never seeds demo data in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).seedDemoData).toBe(false);
  });
});
