import { randomUUID } from 'node:crypto';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import type { Report } from '@jixiao/domain';
import { InlineProjection, ReportStreams } from '.';

/** The write side alone: the view is what the tests read back, and no read model is written. */
const bare: InlineProjection<Pick<Report, 'version' | 'state'>> = {
  viewOf: ({ version, state }) => ({ version, state }),
  writesOf: () => null,
};
const reportStreams = (pool: import('pg').Pool) => new ReportStreams(pool, bare);

describe('ReportStreams with its cache of folded reports', () => {
  const db = useTestDatabase();

  it('sees what another process appended after it cached a report', async () => {
    const [api1, api2] = [reportStreams(db.pool), reportStreams(db.pool)];
    const reportId = randomUUID();
    await api1.execute(
      reportId,
      {
        type: 'DraftReport',
        actor: actors.preparer,
        data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
      },
      { correlationId: 't' },
    );
    expect((await api1.load(reportId)).version).toBe(1);

    await api2.execute(
      reportId,
      {
        type: 'ChangeSelfScore',
        actor: actors.preparer,
        data: { indicatorId: 'i1', score: '12', reason: '另一进程修改' },
      },
      { correlationId: 't', expectedVersion: 1 },
    );

    const seen = await api1.load(reportId);
    expect(seen.version).toBe(2);
    const submitted = await api1.execute(reportId, { type: 'SubmitSelfEvaluation', actor: actors.preparer, data: {} } as never, {
      correlationId: 't',
      expectedVersion: 2,
    });
    expect(submitted.view).toMatchObject({ version: 3, state: 'self_scored' });
    expect((await api2.load(reportId)).state).toBe('self_scored');
  });

  it('loads an earlier version exactly, whatever it has cached', async () => {
    const streams = reportStreams(db.pool);
    const reportId = randomUUID();
    await streams.execute(
      reportId,
      {
        type: 'DraftReport',
        actor: actors.preparer,
        data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
      },
      { correlationId: 't' },
    );
    await streams.execute(reportId, { type: 'SubmitSelfEvaluation', actor: actors.preparer, data: {} } as never, {
      correlationId: 't',
    });
    expect((await streams.load(reportId)).state).toBe('self_scored');
    expect((await streams.load(reportId, 1)).state).toBe('draft');
    expect((await streams.load(reportId)).version).toBe(2);
  });

  it('decides on the stored stream, not a remembered state, when the cache is behind', async () => {
    const [api1, api2] = [reportStreams(db.pool), reportStreams(db.pool)];
    const reportId = randomUUID();
    const run = (api: ReturnType<typeof reportStreams>, type: string, data: object, expectedVersion?: number) =>
      api.execute(reportId, { type, actor: actors.preparer, data } as never, { correlationId: 't', expectedVersion });
    await run(api1, 'DraftReport', { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' });
    await run(api1, 'SubmitSelfEvaluation', {});
    expect((await api1.load(reportId)).state).toBe('self_scored');
    await run(api2, 'WithdrawSubmission', {}, 2);

    // api1 remembers self_scored, where a score change is refused; the stream says draft, where it is allowed.
    const changed = await run(api1, 'ChangeSelfScore', { indicatorId: 'i1', score: '13', reason: '撤回后修改' });
    expect(changed.view).toMatchObject({ version: 4, state: 'draft' });
    // An If-Match newer than what api2 remembers is checked against the stream, not answered 412.
    const submitted = await run(api2, 'SubmitSelfEvaluation', {}, 4);
    expect(submitted.view).toMatchObject({ version: 5, state: 'self_scored' });
    // A command with nothing to do answers with the stored report, not the remembered one.
    const same = await run(api1, 'SubmitSelfEvaluation', {}).catch((error: Error) => error.constructor.name);
    expect(same).toBe('IllegalTransition');
    const versions = (
      await db.pool.query('SELECT version FROM events WHERE stream_id = $1 ORDER BY version', [`report-${reportId}`])
    ).rows;
    expect(versions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
  });
});
