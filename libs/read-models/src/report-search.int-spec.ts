import { randomUUID } from 'node:crypto';
import { actors, hotline, useTestDatabase } from '@jixiao/testing';
import { reportStreams } from '.';

const meta = { correlationId: 't' };

describe('report_search, the list search terms kept apart from report_summary', () => {
  const db = useTestDatabase();
  const searchRow = async (id: string) =>
    (await db.pool.query(`SELECT title, department_name, xmin::text AS written_by FROM report_search WHERE id = $1`, [id])).rows[0];

  it('is written with the draft, follows a new title, and is left alone by edits that keep it', async () => {
    const reportId = randomUUID();
    const streams = reportStreams(db.pool);
    await streams.execute(reportId, {
      type: 'DraftReport', actor: actors.preparer, data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
    }, meta);
    const drafted = await searchRow(reportId);
    expect(drafted).toMatchObject({ title: hotline().projectName, department_name: '淮南市人民政府办公室' });

    await streams.execute(reportId, { type: 'ChangeSelfScore', actor: actors.preparer, data: { indicatorId: 'i1', score: '12', reason: '核对' } }, meta);
    expect(await searchRow(reportId)).toEqual(drafted); // the same row version: no new index entries

    await streams.execute(reportId, { type: 'EditReportDetails', actor: actors.preparer, data: { title: '12345热线运营（更正）' } }, meta);
    const retitled = await searchRow(reportId);
    expect(retitled).toMatchObject({ title: '12345热线运营（更正）', department_name: '淮南市人民政府办公室' });
    expect(retitled.written_by).not.toBe(drafted.written_by);
    const { rows } = await db.pool.query(`SELECT title FROM report_summary WHERE id = $1`, [reportId]);
    expect(rows[0].title).toBe(retitled.title);
  });
});
