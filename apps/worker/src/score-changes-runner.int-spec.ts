import { randomUUID } from 'node:crypto';
import { reportStreams } from '@jixiao/read-models';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import { ScoreChangesRunner } from './score-changes-runner';

describe('ScoreChangesRunner', () => {
  const db = useTestDatabase();
  const rowsOf = async (reportId: string) =>
    (
      await db.pool.query(
        'SELECT indicator_id, from_score, to_score, source FROM score_changes WHERE report_id = $1 ORDER BY position',
        [reportId],
      )
    ).rows;

  it('projects each committed score change once, beside the job feed', async () => {
    const streams = reportStreams(db.pool);
    const reportId = randomUUID();
    const draft = { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' };
    await streams.execute(reportId, { type: 'DraftReport', actor: actors.preparer, data: draft }, { correlationId: 't' });
    await streams.execute(
      reportId,
      {
        type: 'ChangeSelfScore',
        actor: actors.preparer,
        data: { indicatorId: 'i1', score: '14', reason: '口径调整' },
      },
      { correlationId: 't' },
    );
    expect(await rowsOf(reportId)).toEqual([]);

    const runner = new ScoreChangesRunner(db.pool);
    expect(await runner.tick()).toBe(2);
    expect(await rowsOf(reportId)).toEqual([{ indicator_id: 'i1', from_score: '15', to_score: '14', source: 'self' }]);
    expect(await runner.tick()).toBe(0);
    expect(await rowsOf(reportId)).toHaveLength(1);
  });
});
