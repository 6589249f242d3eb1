import { useTestApp } from './support/test-app';

/** SPEC §16 sign-in throttling, by behaviour (no timing assertions): 429 with Retry-After, and unknown = wrong password. */
describe('sign-in throttling', () => {
  const { http, as, db } = useTestApp();
  const attempt = (username: string, password: string) => http().post('/api/auth/login').send({ username, password });

  it('refuses an unknown username exactly as a wrong password', async () => {
    const unknown = await attempt('nobody-here', 'some-password-1');
    const wrong = await attempt('hh-preparer', 'some-password-1');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('after 5 failures for one username: 429 with Retry-After, even with the right password; other accounts go on', async () => {
    for (let i = 0; i < 4; i++) await attempt('hn-head', `wrong-password-${i}`).expect(401);
    await attempt('hn-head', 'wrong-password-4').expect(401);
    const locked = await attempt('hn-head', 'jixiao-demo').expect(429).expect('Content-Type', /problem\+json/);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.code).toBe('SIGN_IN_THROTTLED');
    await attempt('hn-preparer', 'jixiao-demo').expect(200);
  });

  it('an unknown username is locked out the same way (no way to tell it from a real one)', async () => {
    for (let i = 0; i < 5; i++) await attempt('ghost-user', `wrong-password-${i}`).expect(401);
    await attempt('ghost-user', 'anything-at-all').expect(429);
  });

  it('records the failures and the lockout', async () => {
    const res = await (await as('admin')).get('/api/admin/sign-ins?username=hn-head').expect(200);
    const outcomes = res.body.items.map((i: { outcome: string }) => i.outcome);
    expect(outcomes.filter((o: string) => o === 'failure')).toHaveLength(5);
    expect(outcomes).toContain('locked');
  });

  it('the window passes: once the failures are older than 15 minutes, the right password works again', async () => {
    await db.pool.query(`UPDATE sign_ins SET at = at - interval '16 minutes' WHERE username = 'hn-head'`);
    await attempt('hn-head', 'jixiao-demo').expect(200);
  });

  it('after 30 failures from one address: 429 for every username from it', async () => {
    await db.pool.query(`UPDATE sign_ins SET at = at - interval '16 minutes'`);
    for (let i = 0; i < 30; i++) await attempt(`guess-${i % 10}`, `wrong-password-${i}`).expect(401);
    const locked = await attempt('admin', 'jixiao-demo').expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
