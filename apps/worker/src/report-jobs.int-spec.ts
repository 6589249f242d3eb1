import type { Queue } from 'bullmq';
import { scoreDocument } from '@jixiao/scoring';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { recomputeScores } from './jobs/recompute-scores.job';
import { renderDocuments } from './jobs/render-documents.job';
import { aSubmittedReport, documentsOf, eventsOf, startWorkerSystem, until, type WorkerSystem } from '../../../test/support/worker-test-kit';

const feedJobsFinished = async (queue: Queue, reportId: string) => {
  const ids = [1, 2].flatMap((v) => ['recompute-scores', 'render-documents'].map((name) => `report-${reportId}-v${v}-${name}`));
  const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
  return jobs.every((job) => job?.finishedOn);
};

describe('report jobs on a transition', () => {
  const db = useTestDatabase();
  let system: WorkerSystem;
  const queue = () => system.queue;
  const failures: string[] = [];
  // A job that fails (a missing CJK font, say) would otherwise only show as a timeout.
  const unlessFailed = <T>(probe: () => Promise<T>) => async () => {
    if (failures.length) throw new Error(`jobs failed: ${failures.join('; ')}`);
    return probe();
  };

  beforeAll(() => {
    system = startWorkerSystem(db.pool, { lockMs: 5000 });
    system.worker.on('failed', (job, error) => failures.push(`${job?.id}: ${error.message}`));
  });
  db.beforeDrop(() => system.stop());

  it('records computed scores and renders XLSX, DOCX and PDF for each transitioned version', async () => {
    const reportId = await aSubmittedReport(db.pool);
    const documents = await until(unlessFailed(() => documentsOf(db.pool, reportId)), (rows) => rows.length === 6);
    expect(documents).toEqual([
      { version: 1, format: 'docx' }, { version: 1, format: 'pdf' }, { version: 1, format: 'xlsx' },
      { version: 2, format: 'docx' }, { version: 2, format: 'pdf' }, { version: 2, format: 'xlsx' },
    ]);
    const rendered = await until(() => eventsOf(db.pool, `report-${reportId}-documents`), (e) => e.length === 2);
    expect(rendered.map((e) => e.data.reportVersion).sort()).toEqual([1, 2]);
    const scores = await until(() => eventsOf(db.pool, `report-${reportId}-scores`), (e) => e.length >= 1);
    // Both versions' jobs run side by side: whichever records first, the other finds the same scores.
    expect([1, 2]).toContain(scores[0].data.reportVersion);
    expect(scores[0]).toMatchObject({
      type: 'ScoresRecomputed',
      data: { rulesVersion: expect.any(String), inputHash: expect.stringMatching(/^[0-9a-f]{64}$/), total: scoreDocument(hotline()).total.computed },
    });
    // Submitting changed no score, so version 2 recorded nothing new.
    await until(() => feedJobsFinished(queue(), reportId), Boolean);
    expect(await eventsOf(db.pool, `report-${reportId}-scores`)).toHaveLength(1);
  });

  it('has the effect of one when a job runs twice', async () => {
    const reportId = await aSubmittedReport(db.pool);
    await until(unlessFailed(() => eventsOf(db.pool, `report-${reportId}-documents`)), (e) => e.length === 2);
    await queue().add('render-documents', { reportId, version: 2, position: '0' }, { jobId: `again-${reportId}` });
    await queue().add('recompute-scores', { reportId, version: 2, position: '0' }, { jobId: `again-scores-${reportId}` });
    await until(async () => (await queue().getJob(`again-${reportId}`))?.finishedOn, Boolean);
    await until(async () => (await queue().getJob(`again-scores-${reportId}`))?.finishedOn, Boolean);
    expect(await eventsOf(db.pool, `report-${reportId}-documents`)).toHaveLength(2);
    expect(await eventsOf(db.pool, `report-${reportId}-scores`)).toHaveLength(1);
    expect(await documentsOf(db.pool, reportId)).toHaveLength(6);
  });

  it('has the effect of one when two runs of the same job race each other', async () => {
    const reportId = await aSubmittedReport(db.pool);
    const job = { reportId, version: 1, position: '0' };
    await Promise.all([renderDocuments(db.pool, job), renderDocuments(db.pool, job), recomputeScores(db.pool, job), recomputeScores(db.pool, job)]);
    await until(unlessFailed(() => eventsOf(db.pool, `report-${reportId}-documents`)), (e) => e.length === 2);
    await until(() => feedJobsFinished(queue(), reportId), Boolean);
    const rendered = await eventsOf(db.pool, `report-${reportId}-documents`);
    expect(rendered.map((e) => e.data.reportVersion).sort()).toEqual([1, 2]);
    expect(await eventsOf(db.pool, `report-${reportId}-scores`)).toHaveLength(1);
    expect(await documentsOf(db.pool, reportId)).toHaveLength(6);
  });
});
