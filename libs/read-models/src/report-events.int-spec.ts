import { reportStreams } from '@jixiao/read-models';
import { PostgresEventStore } from '@jixiao/event-store';

import { actors, aReportDrafted, aSubmission, REPORT_ID, useTestDatabase } from '@jixiao/testing';
import { streamsOfReport } from '@jixiao/domain';
import { historyLinesOf, rebuildProjections } from '.';

describe('report events stored in an old shape', () => {
  const db = useTestDatabase();
  const stream = `report-${REPORT_ID}`;

  beforeAll(async () => {
    const store = new PostgresEventStore(db.pool);
    const metadataOf = (actor: typeof actors.preparer) => ({ actor, at: '2025-03-01T00:00:00.000Z', correlationId: 'old', causationId: null });
    const [drafted, submitted] = await store.append(stream, [aReportDrafted(), aSubmission()], {
      expectedVersion: 0, expectedHash: null, metadata: metadataOf(actors.preparer),
    });
    // Version 1 of ReportSignedOff, as the earlier spine wrote it: `version`, no head hash.
    await store.append(stream, [{ type: 'ReportSignedOff', schemaVersion: 1, data: { version: 2 } }], {
      expectedVersion: 2, expectedHash: submitted.hash, metadata: metadataOf(actors.head),
    });
    expect(drafted.schemaVersion).toBe(1);
  });

  it('load through their upcaster into the current shape', async () => {
    const report = await reportStreams(db.pool).load(REPORT_ID);
    expect(report).toMatchObject({ state: 'signed_off', everSignedOff: true, signedVersion: 2, version: 3 });
  });

  it('rebuild into the read models like current events', async () => {
    await rebuildProjections(db.pool);
    const { rows } = await db.pool.query(`SELECT state, ever_signed_off, view->>'signedVersion' AS signed FROM report_summary JOIN report_view USING (id)`);
    expect(rows).toEqual([{ state: 'signed_off', ever_signed_off: true, signed: '2' }]);
  });

  it('sit beside new events, which are written in the current schema version', async () => {
    await reportStreams(db.pool).execute(REPORT_ID, { type: 'ApproveReport', actor: actors.reviewer, data: {} }, { correlationId: 'new' });
    const { rows } = await db.pool.query(`SELECT type, schema_version, data FROM events WHERE stream_id = $1 ORDER BY version`, [stream]);
    expect(rows.slice(2).map((r) => [r.type, r.schema_version])).toEqual([['ReportSignedOff', 1], ['ReportApproved', 2]]);
    expect(rows[3].data).toEqual({ approvedVersion: 3, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('appear in the history upcast, with what they did in Chinese', async () => {
    const lines = historyLinesOf(await new PostgresEventStore(db.pool).readStreams(streamsOfReport(REPORT_ID)));
    expect(lines[2]).toMatchObject({
      type: 'ReportSignedOff', version: 3, data: { signedVersion: 2, headHash: null },
      label: '负责人签署', actorLabel: 'hn-head（单位负责人）', changes: [{ what: '签署第 2 版' }],
    });
    expect(lines[0].changes).toEqual([{ what: '导入 12345政务服务便民热线运营费用，共 9 项指标' }]);
  });
});
