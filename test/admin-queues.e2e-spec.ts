import { useTestApp } from './support/test-app';

describe('the job queues board at /api/admin/queues', () => {
  const { as, http } = useTestApp();

  it('is refused without a token and to anyone but an admin', async () => {
    await http().get('/api/admin/queues').expect(401).expect('Content-Type', /problem\+json/);
    await (await as('reviewer')).get('/api/admin/queues').expect(403);
    await (await as('hn-preparer')).get('/api/admin/queues/api/queues').expect(403);
  });

  it('opens for an admin by a link with the token, and its own API then answers by the cookie it set', async () => {
    const login = await http().post('/api/auth/login').send({ username: 'admin', password: 'jixiao-demo' }).expect(200);
    const page = await http().get(`/api/admin/queues?token=${login.body.accessToken}`).expect(200);
    expect(page.headers['content-type']).toMatch(/html/);
    const cookie = page.headers['set-cookie'] as unknown as string[];
    expect(cookie.join(';')).toMatch(/jixiao_admin=.*HttpOnly/);
    const queues = await http().get('/api/admin/queues/api/queues').set('Cookie', cookie.map((c) => c.split(';')[0])).expect(200);
    expect(JSON.stringify(queues.body)).toContain('report-jobs');
  });
});
