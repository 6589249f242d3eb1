import { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTED_COLUMNS, countsUpsert, REPORT_COUNTS_FOLLOW } from './1765700000001-report-counts';

/**
 * report_counts followed every update of report_summary with a statement trigger over its transition tables: each
 * command's summary upsert captured its old and new rows and ran the grouped upsert, ≈ 0.1 ms of PostgreSQL's time,
 * even for the score edits that change nothing counted (most commands). An update is now counted by a row trigger
 * that fires only when a counted column changed. Inserts stay a statement trigger (a rebuild inserts 500 summaries
 * per statement), which returns at once when the statement inserted nothing (an upsert that updated).
 */
const CHANGED = `(${COUNTED_COLUMNS.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${COUNTED_COLUMNS.map((c) => `NEW.${c}`).join(', ')})`;
const ROW = (record: 'OLD' | 'NEW', sign: number) =>
  `SELECT ${COUNTED_COLUMNS.map((c) => `${record}.${c}`).join(', ')}, ${sign} AS sign`;

export class ReportCountsPerRow1766000000001 implements MigrationInterface {
  name = 'ReportCountsPerRow1766000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER report_counts_on_update ON report_summary`);
    await db.query(`
      CREATE FUNCTION report_counts_follow_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${countsUpsert(`${ROW('OLD', -1)} UNION ALL ${ROW('NEW', 1)}`)};
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER report_counts_on_update AFTER UPDATE ON report_summary
      FOR EACH ROW WHEN (${CHANGED}) EXECUTE FUNCTION report_counts_follow_update()`);
    await db.query(`
      CREATE OR REPLACE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF EXISTS (SELECT FROM new_rows) THEN ${countsUpsert(REPORT_COUNTS_FOLLOW.inserted)}; END IF;
        ELSE ${countsUpsert(REPORT_COUNTS_FOLLOW.deleted)};
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER report_counts_on_update ON report_summary`);
    await db.query(`DROP FUNCTION report_counts_follow_update()`);
    await db.query(`
      CREATE OR REPLACE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${countsUpsert(REPORT_COUNTS_FOLLOW.inserted)};
        ELSIF TG_OP = 'DELETE' THEN ${countsUpsert(REPORT_COUNTS_FOLLOW.deleted)};
        ELSE ${countsUpsert(REPORT_COUNTS_FOLLOW.updated)};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER report_counts_on_update AFTER UPDATE ON report_summary
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_counts_follow()`);
  }
}
