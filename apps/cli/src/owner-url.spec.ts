import { ownerUrl } from './verbs/database';

describe('ownerUrl', () => {
  const app = 'postgres://jixiao_app:a@db:5432/jixiao';
  const owner = 'postgres://jixiao:o@db:5432/jixiao';

  it('prefers MIGRATION_DATABASE_URL, the owner, to DATABASE_URL, the application role', () => {
    expect(ownerUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner })).toBe(owner);
  });

  it('falls back to DATABASE_URL, then to the default, when MIGRATION_DATABASE_URL is unset or blank', () => {
    expect(ownerUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: '  ' })).toBe(app);
    expect(ownerUrl({})).toBe('postgres://postgres@127.0.0.1:5432/jixiao');
  });

  it('names the variable that is malformed', () => {
    expect((ownerUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'mysql://x' }) as Error).message).toMatch(/^MIGRATION_DATABASE_URL/);
    expect((ownerUrl({ DATABASE_URL: 'nonsense' }) as Error).message).toMatch(/^DATABASE_URL/);
  });
});
