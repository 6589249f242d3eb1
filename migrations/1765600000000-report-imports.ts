import { MigrationInterface, QueryRunner } from 'typeorm';

/** SPEC §18: the same file imported twice into one department and year answers with the first report. */
export class ReportImports1765600000000 implements MigrationInterface {
  name = 'ReportImports1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_imports (
        department   text NOT NULL,
        fiscal_year  text NOT NULL,
        content_hash text NOT NULL,
        report_id    uuid NOT NULL,
        imported_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (department, fiscal_year, content_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE report_imports');
  }
}
