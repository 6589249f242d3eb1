import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

describe('edits of one report under contention', () => {
  const { as, db } = useTestApp();

  it('without If-Match each retries on the latest version: all succeed, none lost', async () => {
    const preparer = await as('hn-preparer');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) =>
      preparer.put(`/api/reports/${id}/indicators/i1/score`).send({ score: String(i % 10), reason: `第 ${i} 次核对` })));
    expect(answers.map((res) => res.status)).toEqual(answers.map(() => 200));
    const { rows } = await db.pool.query(`SELECT count(*) FROM events WHERE stream_id = $1 AND type = 'SelfScoreChanged'`, [`report-${id}`]);
    expect(Number(rows[0].count)).toBeGreaterThan(0);
  });

  it('with a stale If-Match answers 412 naming the current version, never null', async () => {
    const preparer = await as('hn-preparer');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) =>
      preparer.put(`/api/reports/${id}/indicators/i1/score`).set('If-Match', '"1"').send({ score: String(i % 10 + 1), reason: `第 ${i} 次` })));
    const refused = answers.filter((res) => res.status === 412);
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(refused).toHaveLength(15);
    refused.forEach((res) => expect(res.body.currentVersion).toBe(2));
  });
});
