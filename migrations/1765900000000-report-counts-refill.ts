import { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNT_EVERY_SUMMARY } from './1765700000001-report-counts';

/**
 * `report_counts_refill()`: counts report_summary afresh. The triggers add each statement's difference, which holds
 * only while report_summary and report_counts change together; a restore loads both (and its COPY of report_summary
 * fires the triggers again), so the projections rebuild ends with this, in its transaction.
 */
export class ReportCountsRefill1765900000000 implements MigrationInterface {
  name = 'ReportCountsRefill1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION report_counts_refill() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM report_counts;
        ${COUNT_EVERY_SUMMARY};
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION report_counts_refill()`);
  }
}
