import { Writable } from 'node:stream';
import { createLogger } from './logger';

const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk, _e, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } });
  return { lines, destination };
};

describe('createLogger', () => {
  it('writes one JSON line per entry with the service, an ISO time and the level by name', () => {
    const { lines, destination } = capture();
    createLogger('worker', { destination, level: 'info' }).info({ jobId: 'j' }, 'job');
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', service: 'worker', jobId: 'j', msg: 'job', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('redacts passwords, tokens, authorization headers and form content wherever they are passed', () => {
    const { lines, destination } = capture();
    createLogger('api', { destination, level: 'info' }).info({
      password: 'p1', user: { password: 'p2', token: 't1' }, accessToken: 't2', req: { headers: { authorization: 'Bearer t3' } },
      body: { projectName: '秘密' }, data: { document: { projectName: '秘密' } },
    }, 'x');
    for (const secret of ['p1', 'p2', 't1', 't2', 't3', '秘密']) expect(lines[0]).not.toContain(secret);
  });

  it('refuses an unknown LOG_LEVEL, naming it', () => {
    expect(() => createLogger('api', { level: 'loud' })).toThrow('LOG_LEVEL: 未知的日志级别 "loud"');
  });
});
