import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report views are ~6 KB of JSON each, so every write compresses them into TOAST; lz4 does that in a fraction of
 * pglz's time (the projections rebuild spent about a fifth of its database time there). A server built without
 * lz4 keeps pglz.
 */
export class ReportViewLz41764300000000 implements MigrationInterface {
  name = 'ReportViewLz41764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        ALTER TABLE report_view ALTER COLUMN view SET COMPRESSION lz4, ALTER COLUMN public_view SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE report_view ALTER COLUMN view SET COMPRESSION pglz, ALTER COLUMN public_view SET COMPRESSION pglz`);
  }
}
