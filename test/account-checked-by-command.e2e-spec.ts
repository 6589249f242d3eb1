import { Client } from 'pg';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

/**
 * SPEC §14, §16: a report command checks its account in the append's own statement (one statement per command), yet
 * every change to the account still takes effect at its next command, and nothing is appended for an account that
 * changed; a refusal is never decided on an account merely remembered.
 */
describe('the account checked by the command itself', () => {
  const { as, http, db } = useTestApp();
  const versionOf = async (id: string) => Number((await db.pool.query(`SELECT max(version) AS v FROM events WHERE stream_id = $1`, [`report-${id}`])).rows[0].v);
  const score = (token: string, id: string, value: string) =>
    http().put(`/api/reports/${id}/indicators/i1/score`).set('Authorization', `Bearer ${token}`).send({ score: value, reason: '复核' });
  const login = async (username: string) => {
    const created = await (await as('admin')).post('/api/admin/users').send({ username, displayName: username, role: 'preparer', department: '009' }).expect(201);
    const first = await http().post('/api/auth/login').send({ username, password: created.body.oneTimePassword }).expect(200);
    const changed = await http().post('/api/auth/password').set('Authorization', `Bearer ${first.body.accessToken}`)
      .send({ current: created.body.oneTimePassword, next: '绩效自评-新密码-2024' }).expect(200);
    return changed.body.accessToken as string;
  };
  const draft = async (token: string) =>
    (await http().post('/api/reports').set('Authorization', `Bearer ${token}`).send(hotline()).expect(201)).body.id as string;

  /** The statements this process sends to PostgreSQL while `work` runs. */
  const statementsDuring = async (work: () => Promise<unknown>) => {
    const original = Client.prototype.query;
    const sent: string[] = [];
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [query] = args as [string | { text: string }];
      sent.push(typeof query === 'string' ? query : query.text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    try {
      await work();
    } finally {
      Client.prototype.query = original;
    }
    return sent;
  };

  it('sends one statement for a command by an account it read before', async () => {
    const token = await login('one-statement');
    const id = await draft(token);
    await score(token, id, '10').expect(200);
    const sent = await statementsDuring(() => score(token, id, '11').expect(200));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/INSERT INTO events[\s\S]*FROM users WHERE username/);
    expect((await score(token, id, '12').expect(200)).body.indicators[0].selfScore).toBe('12');
  });

  it('answers 401 and appends nothing once the account is deactivated, its password changed or the token ended', async () => {
    for (const change of ['deactivated', 'password', 'logout'] as const) {
      const username = `changed-${change}`;
      const token = await login(username);
      const id = await draft(token);
      await score(token, id, '10').expect(200);
      const before = await versionOf(id);
      if (change === 'deactivated') await (await as('admin')).patch(`/api/admin/users/${username}`).send({ active: false }).expect(200);
      if (change === 'password') {
        await http().post('/api/auth/password').set('Authorization', `Bearer ${token}`).send({ current: '绩效自评-新密码-2024', next: '绩效自评-又一个-2025' }).expect(200);
      }
      if (change === 'logout') await http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
      await score(token, id, '9').expect(401);
      expect(await versionOf(id)).toBe(before);
    }
  });

  it('decides again for the account as it is now: moved to another department, the report is no longer its own', async () => {
    const token = await login('moved-preparer');
    const id = await draft(token);
    await score(token, id, '10').expect(200);
    const before = await versionOf(id);
    // Straight in the table, as a restore or another process would: the API learns nothing but what PostgreSQL says.
    await db.pool.query(`UPDATE users SET department = 'hhbj' WHERE username = 'moved-preparer'`);
    await score(token, id, '9').expect(404);
    expect(await versionOf(id)).toBe(before);
    await db.pool.query(`UPDATE users SET department = '009' WHERE username = 'moved-preparer'`);
    await score(token, id, '9').expect(200);
    expect(await versionOf(id)).toBe(before + 1);
  });

  it('appends once when the organisation changed under a remembered account, and keeps a refusal that still stands', async () => {
    const token = await login('organisation-changed');
    const id = await draft(token);
    await score(token, id, '10').expect(200);
    const before = await versionOf(id);
    await db.pool.query(`UPDATE departments SET name = name WHERE code = '009'`);
    await score(token, id, '8').expect(200);
    expect(await versionOf(id)).toBe(before + 1);
    // Refused for the account as it is: a preparer cannot sign off; a transition without If-Match is 428.
    await http().post(`/api/reports/${id}/sign-off`).set('Authorization', `Bearer ${token}`).set('If-Match', `"${before + 1}"`).send({}).expect(403);
    await http().post(`/api/reports/${id}/submit`).set('Authorization', `Bearer ${token}`).send({}).expect(428);
    await score(token, id, 'x').expect(400);
    expect(await versionOf(id)).toBe(before + 1);
  });
});
