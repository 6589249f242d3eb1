import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Pool } from 'pg';
import { TASK_STATES, TaskState } from '@jixiao/domain';

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '主管部门编码', key: 'department', width: 12 },
  { header: '主管部门', key: 'department_name', width: 28 },
  { header: '项目编码', key: 'project_code', width: 14 },
  { header: '项目名称', key: 'title', width: 40 },
  { header: '全年预算数（万元）', key: 'budget', width: 16 },
  { header: '全年执行数（万元）', key: 'executed', width: 16 },
  { header: '执行率', key: 'rate', width: 10 },
  { header: '自评总分', key: 'total_self', width: 10 },
  { header: '系统计算总分', key: 'total_computed', width: 12 },
  { header: '审核总分', key: 'total_review', width: 10 },
  { header: '等级', key: 'grade', width: 8 },
  { header: '状态', key: 'state', width: 14 },
  { header: '逾期', key: 'overdue', width: 6 },
  { header: '提示', key: 'flags', width: 60 },
];

// A started task's figures are its report's (as the read models hold them); a task not started shows the list's.
const ROWS = `
  SELECT t.department, COALESCE(d.name, t.department) AS department_name, t.project_code,
    COALESCE(s.title, t.project_name) AS title, COALESCE(s.annual_budget::text, NULLIF(t.annual_budget, '')) AS budget,
    COALESCE(s.executed::text, NULLIF(t.executed, '')) AS executed, j.execution->>'rate' AS rate,
    s.total_self::text, s.total_computed::text, NULLIF(j.total->>'review', '') AS total_review, s.grade, t.state,
    (t.due < $2) AS overdue,
    (SELECT string_agg(f->>'message', '；') FROM jsonb_array_elements(j.flags) f) AS flags
  FROM campaign_tasks t
  LEFT JOIN departments d ON d.code = t.department
  LEFT JOIN report_summary s ON s.id = t.report_id::uuid
  LEFT JOIN report_view v ON v.id = s.id
  -- one detoast of the (compressed) view per row, three fields out of it
  LEFT JOIN LATERAL jsonb_to_record(v.view) AS j(execution jsonb, total jsonb, flags jsonb) ON true
  WHERE t.campaign_id = $1 AND ($3::text[] IS NULL OR t.department = ANY($3))
  ORDER BY t.department, t.seq`;

const BATCH = 2000;

/** 自评结果汇总表: streamed through a cursor into a streaming workbook, so a province's 50,000 rows never sit in memory. */
export async function writeSummary(
  pool: Pool, campaign: { id: string; title: string }, departments: readonly string[] | null, today: string, out: Writable,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('自评结果汇总表');
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const client = await pool.connect();
  let count = 0;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`DECLARE summary_rows NO SCROLL CURSOR FOR ${ROWS}`, [campaign.id, today, departments]);
    for (;;) {
      const { rows } = await client.query(`FETCH ${BATCH} FROM summary_rows`);
      for (const row of rows) {
        sheet.addRow({
          ...row, budget: numberOf(row.budget), executed: numberOf(row.executed), total_self: numberOf(row.total_self),
          total_computed: numberOf(row.total_computed), total_review: numberOf(row.total_review),
          state: TASK_STATES[row.state as TaskState], overdue: row.overdue ? '是' : '', flags: row.flags ?? '',
        }).commit();
      }
      count += rows.length;
      if (rows.length < BATCH) break;
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Numbers as numbers in the sheet, so it sums; texts as printed where they are not numbers. */
function numberOf(text: string | null): number | string | null {
  if (text === null || text === undefined) return null;
  return /^-?\d+(\.\d+)?$/.test(text) && text.replace(/[-.]/g, '').length <= 15 ? Number(text) : text;
}
