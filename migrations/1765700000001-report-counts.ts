import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics at province scale (SPEC §14, §20): the year's figures per department from ≈ 4,000 rows of counts instead
 * of an aggregate over 50,000 reports (115 ms of server time at 50,000 even as an index-only scan).
 *
 * `report_counts` holds, per (fiscal year, department, department name, signed off once), what statistics sums:
 * reports by state and grade, those with error flags, the computed totals' count and sum, and the funds of the reports
 * that have both amounts. Every statement that writes `report_summary` (the inline projection of a command, the
 * rebuild's pages, a delete) adds its rows' difference in one upsert, from the statement's transition tables, so
 * the projections themselves do not know about it. Keys are upserted in order, so two writers never deadlock; a
 * statement that changes nothing counted (most score edits) writes nothing. A count that falls to 0 stays as a 0.
 */
const KEY = ['fiscal_year', 'department', 'department_name', 'ever_signed_off'];
const STATES = ['draft', 'self_scored', 'signed_off', 'reviewed', 'published'];
const GRADES = ['优', '良', '中', '差'];
const FUNDED = 'annual_budget IS NOT NULL AND executed IS NOT NULL';

/** Counted column → its delta over rows carrying a `sign` (+1 new, −1 old). */
const COUNTED: [column: string, type: string, delta: string][] = [
  ['reports', 'integer', 'sum(sign)'],
  ...STATES.map((s): [string, string, string] => [`state_${s}`, 'integer', `sum(CASE WHEN state = '${s}' THEN sign ELSE 0 END)`]),
  ...GRADES.map((g): [string, string, string] => [`grade_${g}`, 'integer', `sum(CASE WHEN grade = '${g}' THEN sign ELSE 0 END)`]),
  ['with_error_flags', 'integer', 'sum(CASE WHEN error_flags > 0 THEN sign ELSE 0 END)'],
  ['computed_n', 'integer', 'sum(CASE WHEN total_computed IS NOT NULL THEN sign ELSE 0 END)'],
  ['computed_sum', 'numeric', 'coalesce(sum(sign * total_computed), 0)'],
  ['funded_n', 'integer', `sum(CASE WHEN ${FUNDED} THEN sign ELSE 0 END)`],
  ['budget_sum', 'numeric', `coalesce(sum(sign * annual_budget) FILTER (WHERE ${FUNDED}), 0)`],
  ['executed_sum', 'numeric', `coalesce(sum(sign * executed) FILTER (WHERE ${FUNDED}), 0)`],
];

const q = (column: string) => `"${column}"`;

/** The grouped upsert of the differences in `rows` (counted columns and a `sign`: +1 new, −1 old). */
export const countsUpsert = (rows: string) => `
  INSERT INTO report_counts (${KEY.join(', ')}, ${COUNTED.map(([c]) => q(c)).join(', ')})
  SELECT * FROM (
    SELECT ${KEY.join(', ')}, ${COUNTED.map(([c, , delta]) => `${delta} AS ${q(c)}`).join(', ')}
    FROM (${rows}) d GROUP BY ${KEY.join(', ')}
  ) deltas
  WHERE ${COUNTED.map(([c]) => `${q(c)} <> 0`).join(' OR ')}
  ORDER BY ${KEY.join(', ')}
  ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${COUNTED.map(([c]) => `${q(c)} = report_counts.${q(c)} + EXCLUDED.${q(c)}`).join(', ')}`;

/** The report_summary columns a count depends on. */
export const COUNTED_COLUMNS = [...KEY, 'state', 'grade', 'error_flags', 'total_computed', 'annual_budget', 'executed'];
const COLUMNS_READ = COUNTED_COLUMNS.join(', ');
const OLD = `SELECT ${COLUMNS_READ}, -1 AS sign FROM old_rows`;
const NEW = `SELECT ${COLUMNS_READ}, 1 AS sign FROM new_rows`;
/** The differences a statement trigger reads from its transition tables. */
export const REPORT_COUNTS_FOLLOW = { inserted: NEW, deleted: OLD, updated: `${OLD} UNION ALL ${NEW}` };
/** Every report_summary row counted, into an empty report_counts (the migration's fill; the rebuild's refill). */
export const COUNT_EVERY_SUMMARY = countsUpsert(`SELECT ${COLUMNS_READ}, 1 AS sign FROM report_summary`);

export class ReportCounts1765700000001 implements MigrationInterface {
  name = 'ReportCounts1765700000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_counts (
        fiscal_year     text    NOT NULL,
        department      text    NOT NULL,
        department_name text    NOT NULL,
        ever_signed_off boolean NOT NULL,
        ${COUNTED.map(([c, type]) => `${q(c)} ${type} NOT NULL DEFAULT 0`).join(',\n        ')},
        PRIMARY KEY (fiscal_year, department, department_name, ever_signed_off)
      )`);
    await db.query(`
      CREATE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${countsUpsert(NEW)};
        ELSIF TG_OP = 'DELETE' THEN ${countsUpsert(OLD)};
        ELSE ${countsUpsert(`${OLD} UNION ALL ${NEW}`)};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER report_counts_on_insert AFTER INSERT ON report_summary
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_counts_follow()`);
    await db.query(`CREATE TRIGGER report_counts_on_update AFTER UPDATE ON report_summary
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_counts_follow()`);
    await db.query(`CREATE TRIGGER report_counts_on_delete AFTER DELETE ON report_summary
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_counts_follow()`);
    await db.query(`CREATE FUNCTION report_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE report_counts; RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER report_counts_on_truncate AFTER TRUNCATE ON report_summary
      FOR EACH STATEMENT EXECUTE FUNCTION report_counts_clear()`);
    await db.query(COUNT_EVERY_SUMMARY);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete', 'truncate']) await db.query(`DROP TRIGGER report_counts_on_${op} ON report_summary`);
    await db.query(`DROP FUNCTION report_counts_follow()`);
    await db.query(`DROP FUNCTION report_counts_clear()`);
    await db.query(`DROP TABLE report_counts`);
  }
}
