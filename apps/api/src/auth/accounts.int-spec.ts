import { Pool } from 'pg';
import { useTestDatabase } from '@jixiao/testing';
import { loadAccount } from './accounts';

describe('an account and its region scope, as the guard loads them at every request', () => {
  const db = useTestDatabase();
  const scopeOf = async (username: string) => (await loadAccount(db.pool, username))!.actor;

  beforeAll(async () => {
    await db.pool.query(`INSERT INTO regions (code, name, parent_code) VALUES
      ('p1', '省财政厅', NULL), ('c1', '一市财政局', 'p1'), ('c2', '二市财政局', 'p1'), ('k1', '一县财政局', 'c1')`);
    await db.pool.query(`INSERT INTO departments (code, name, region_code) VALUES
      ('p-01', '省直单位', 'p1'), ('c1-01', '一市单位', 'c1'), ('c2-01', '二市单位', 'c2'), ('k1-01', '一县单位', 'k1')`);
    await db.pool.query(`INSERT INTO users (username, password_hash, role, region_code, display_name) VALUES
      ('province', 'x', 'reviewer', 'p1', '省审核人'), ('city', 'x', 'reviewer', 'c1', '市审核人'), ('other-city', 'x', 'auditor', 'c2', '市监督')`);
    await db.pool.query(`INSERT INTO users (username, password_hash, role, display_name) VALUES ('admin', 'x', 'admin', '管理员')`);
  });

  it('resolves the departments of the region and every sub-region, once per organisation version', async () => {
    const province = await scopeOf('province');
    expect(province).toMatchObject({ region: 'p1', scope: ['c1-01', 'c2-01', 'k1-01', 'p-01'], scopeRegions: ['c1', 'c2', 'k1', 'p1'] });
    expect(await scopeOf('city')).toMatchObject({ scope: ['c1-01', 'k1-01'], scopeRegions: ['c1', 'k1'] });
    expect(await scopeOf('admin')).toMatchObject({ scope: null, scopeRegions: null });
    // Not resolved again: the very arrays this process resolved at this version.
    expect((await scopeOf('province')).scope).toBe(province.scope);
  });

  it('follows every change to the regions or departments at the next request, however it is made', async () => {
    await scopeOf('city');
    await db.pool.query(`INSERT INTO departments (code, name, region_code) VALUES ('k1-02', '一县新单位', 'k1')`);
    expect((await scopeOf('city')).scope).toEqual(['c1-01', 'k1-01', 'k1-02']);

    await db.pool.query(`UPDATE departments SET region_code = 'c2' WHERE code = 'c1-01'`);
    expect((await scopeOf('city')).scope).toEqual(['k1-01', 'k1-02']);
    expect((await scopeOf('other-city')).scope).toEqual(['c1-01', 'c2-01']);

    await db.pool.query(`UPDATE regions SET parent_code = 'c2' WHERE code = 'k1'`);
    expect(await scopeOf('city')).toMatchObject({ scope: [], scopeRegions: ['c1'] });
    expect((await scopeOf('other-city')).scope).toEqual(['c1-01', 'c2-01', 'k1-01', 'k1-02']);

    await db.pool.query(`UPDATE users SET region_code = 'p1' WHERE username = 'city'`);
    expect((await scopeOf('city')).scope).toEqual(['c1-01', 'c2-01', 'k1-01', 'k1-02', 'p-01']);
  });

  it('is planned once per connection, not afresh at every request (a custom plan cost PostgreSQL more than running it)', async () => {
    const oneConnection = new Pool({ connectionString: db.url, max: 1 });
    try {
      for (let i = 0; i < 12; i++) await loadAccount(oneConnection, i % 2 ? 'province' : 'admin', `token-${i}`);
      const { rows } = await oneConnection.query(`SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE name = 'jixiao-load-account'`);
      // PostgreSQL plans the first five executions for their values, then keeps the generic plan unless it looks dearer.
      expect(rows).toEqual([{ generic_plans: 7, custom_plans: 5 }]);
    } finally {
      await oneConnection.end();
    }
  });
});
