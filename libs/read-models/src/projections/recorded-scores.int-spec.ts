import { createHash, randomUUID } from 'node:crypto';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import { scoresStreamOf } from '@jixiao/domain';
import { canonicalJson, PostgresEventStore } from '@jixiao/event-store';
import { RULES_VERSION } from '@jixiao/scoring';
import { generateByCommands } from '../../../../test/support/report-generator';
import { rebuildProjections, verifyProjections } from '.';
import { recordedScoresOf, RecordedScores, reportStreams, toReportView } from '..';

const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
const WORKER = { username: 'jixiao-worker', role: 'system', department: null };

describe('rebuild with the scores the worker recorded', () => {
  const db = useTestDatabase();
  const store = () => new PostgresEventStore(db.pool);

  /** A ScoresRecomputed as the worker appends it, for the report as it stands; `doctor` alters the recorded scores. */
  async function record(reportId: string, doctor: (scores: RecordedScores) => RecordedScores = (s) => s): Promise<void> {
    const report = await reportStreams(db.pool).load(reportId);
    const scores = doctor(recordedScoresOf(toReportView(report)));
    const stream = await store().readStream(scoresStreamOf(reportId));
    await store().append(
      scoresStreamOf(reportId),
      [
        {
          type: 'ScoresRecomputed',
          data: {
            reportId,
            reportVersion: report.version,
            rulesVersion: RULES_VERSION,
            inputHash: sha256(report.document),
            scoresHash: sha256(scores),
            ...scores,
          },
        },
      ],
      {
        expectedVersion: stream.length,
        expectedHash: stream.at(-1)?.hash ?? null,
        metadata: { actor: WORKER, at: new Date().toISOString(), correlationId: 't', causationId: 't' },
      },
    );
  }

  const ids = async () =>
    (await db.pool.query(`SELECT id FROM report_summary WHERE kind = 'project-form' ORDER BY id`)).rows.map(
      (r) => r.id as string,
    );
  const totalOf = async (id: string) =>
    (await db.pool.query(`SELECT total_computed FROM report_summary WHERE id = $1`, [id])).rows[0].total_computed;

  beforeAll(async () => {
    await generateByCommands(db.pool, 30, 11, 3);
  });

  it('builds the same read models from recorded scores as from scoring again, and says how many it reused', async () => {
    const reports = await ids();
    for (const id of reports) await record(id);
    const rebuilt = await rebuildProjections(db.pool);
    expect(rebuilt.reusedScores).toBe(reports.length);
    // The live read models were written by the commands, which scored every document.
    expect((await verifyProjections(db.pool)).differences).toEqual([]);
  });

  it('trusts a record only while the document is the one it scored', async () => {
    const streams = reportStreams(db.pool);
    const draft = async () => {
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
      return reportId;
    };
    const [unchanged, edited] = [await draft(), await draft()];
    const doctor = (scores: RecordedScores) => ({ ...scores, total: '1.23' });
    await record(unchanged, doctor);
    await record(edited, doctor);
    // A submission does not change the document; a self score does.
    await streams.execute(unchanged, { type: 'SubmitSelfEvaluation', actor: actors.preparer, data: {} } as never, {
      correlationId: 't',
    });
    await streams.execute(
      edited,
      { type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score: '12', reason: '更正' } } as never,
      { correlationId: 't' },
    );
    const rebuilt = await rebuildProjections(db.pool);
    expect(await totalOf(unchanged)).toBe('1.23');
    expect(await totalOf(edited)).toBe(toReportView(await streams.load(edited)).total.computed);
    expect(await totalOf(edited)).not.toBe('1.23');
    expect(rebuilt.reusedScores).toBeGreaterThan(0);
  });
});
