import { randomUUID } from 'node:crypto';
import { StaleVersion } from '@jixiao/event-store';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import { reportStreams } from '.';

const change = (score: string) => ({ type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score, reason: '核对' } }) as const;

describe('a stale version lost in the append itself', () => {
  const db = useTestDatabase();

  it('is reported with the version the stream is at, never null', async () => {
    const reportId = randomUUID();
    await reportStreams(db.pool).execute(reportId, {
      type: 'DraftReport', actor: actors.preparer, data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
    }, { correlationId: 't' });
    let commitOther = () => undefined as void;
    const held = new Promise<void>((resolve) => { commitOther = resolve; });
    // Another process has inserted version 2 and not yet committed: this one still reads version 1 and appends on it.
    const other = reportStreams(db.pool).execute(reportId, change('12'), { correlationId: 't', alsoInTransaction: () => held });
    await waitFor(async () => (await db.pool.query(`SELECT 1 FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = current_database()`)).rowCount === 1);
    const refused = reportStreams(db.pool).execute(reportId, change('11'), { correlationId: 't', expectedVersion: 1 }).catch((e: unknown) => e);
    await waitFor(async () => (await db.pool.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rowCount === 1);
    commitOther();
    await other;
    const error = await refused;
    expect(error).toBeInstanceOf(StaleVersion);
    expect(error).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}
