import { reportStreams } from '@jixiao/read-models';
import { actors, command, hotline, REPORT_ID, useTestDatabase } from '@jixiao/testing';

describe('report_view storage', () => {
  const db = useTestDatabase();

  it('keeps a report’s view compressed in its row, so a command writes no TOAST chunks', async () => {
    const streams = reportStreams(db.pool);
    const draft = { reportId: REPORT_ID, document: hotline(), departmentName: '淮南市人民政府办公室' };
    await streams.execute(REPORT_ID, command('DraftReport', actors.preparer, draft), { correlationId: 'storage' });
    for (const score of ['9', '8.5']) {
      await streams.execute(REPORT_ID, command('ChangeSelfScore', actors.preparer, { indicatorId: 'i1', score, reason: '复核' }), { correlationId: 'storage' });
    }
    const { rows: [stored] } = await db.pool.query(`
      SELECT octet_length(view::text) AS text_bytes, pg_column_size(view) AS stored_bytes,
        (SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'report_view'::regclass) AS toast
      FROM report_view WHERE id = $1`, [REPORT_ID]);
    // Past the 2 KB at which PostgreSQL would otherwise move it out of line, yet compressed in the row.
    expect(stored.stored_bytes).toBeGreaterThan(2048);
    expect(stored.stored_bytes).toBeLessThan(stored.text_bytes);
    const { rows: [toast] } = await db.pool.query(`SELECT count(*)::int AS chunks FROM ${stored.toast}`);
    expect(toast.chunks).toBe(0);
  });
});
