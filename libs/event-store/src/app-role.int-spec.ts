import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { useTestDatabase } from '@jixiao/testing';
import { APP_ROLE, appRoleProblem } from './app-role';
import { createPool } from './database';
import { PostgresEventStore } from './postgres-event-store';

const asRole = (url: string, role: string) => {
  const at = new URL(url);
  at.username = role;
  return at.toString();
};

/** SPEC §19: the role the app runs as in production can append and read events, and nothing else on that table. */
describe(`the application role ${APP_ROLE}`, () => {
  const db = useTestDatabase();
  let app: Pool;
  beforeAll(() => { app = createPool(asRole(db.url, APP_ROLE), 2); });
  afterAll(() => app.end());

  const refusal = (sql: string) => app.query(sql).then(() => 'done', (error: { code?: string }) => error.code);

  it('appends and reads events', async () => {
    const store = new PostgresEventStore(app);
    const streamId = `test-${randomUUID()}`;
    await store.append(streamId, [{ type: 'Happened', data: { n: 1 } }], {
      expectedVersion: 0, expectedHash: null, metadata: { actor: { username: 't', role: 'admin', department: null }, at: new Date().toISOString(), correlationId: 't', causationId: null },
    });
    expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Happened']);
  });

  it.each([
    ['UPDATE events SET data = \'{}\''],
    ['DELETE FROM events'],
    ['TRUNCATE events'],
    ['ALTER TABLE events DISABLE TRIGGER ALL'],
    ['ALTER TABLE events DISABLE TRIGGER events_no_update_or_delete'],
    ['DROP TRIGGER events_no_update_or_delete ON events'],
    ['SET session_replication_role = replica'],
    ['CREATE OR REPLACE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$'],
  ])('is refused %s (insufficient privilege)', async (sql) => {
    expect(await refusal(sql)).toBe('42501');
  });

  it('is neither superuser nor owner of the events table; the migrating superuser is both', async () => {
    const client = await app.connect();
    await expect(appRoleProblem(client).finally(() => client.release())).resolves.toBeNull();
    const owner = await db.pool.connect();
    await expect(appRoleProblem(owner).finally(() => owner.release())).resolves.toMatch(/超级用户/);
  });

  it('reads and writes the read models', async () => {
    await app.query('DELETE FROM report_summary WHERE id IS NULL');
    await app.query(`INSERT INTO settings (name, value) VALUES ('probe', 'x') ON CONFLICT (name) DO UPDATE SET value = 'y'`);
    await app.query(`DELETE FROM settings WHERE name = 'probe'`);
  });
});
