import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportReadModels1764000000002 implements MigrationInterface {
  name = 'ReportReadModels1764000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_summary (
        id                uuid PRIMARY KEY,
        kind              text        NOT NULL,
        state             text        NOT NULL,
        version           integer     NOT NULL,
        revision          integer     NOT NULL,
        fiscal_year       text        NOT NULL,
        department        text        NOT NULL,
        department_name   text        NOT NULL,
        title             text        NOT NULL,
        total_self        numeric(12, 2),
        total_computed    numeric(12, 2),
        grade             text,
        error_flags       integer     NOT NULL DEFAULT 0,
        annual_budget     numeric(18, 4),
        executed          numeric(18, 4),
        ever_signed_off   boolean     NOT NULL DEFAULT false,
        published_revision integer,
        created_at        timestamptz NOT NULL,
        updated_at        timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_summary_year_department ON report_summary (fiscal_year, department)`);
    await db.query(`CREATE INDEX report_summary_state ON report_summary (state)`);
    await db.query(`CREATE INDEX report_summary_updated ON report_summary (updated_at DESC)`);
    await db.query(`
      CREATE TABLE report_view (
        id          uuid PRIMARY KEY REFERENCES report_summary (id),
        view        jsonb NOT NULL,
        public_view jsonb
      )`);
    await db.query(`
      CREATE TABLE projection_checkpoints (
        name     text PRIMARY KEY,
        position bigint NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE projection_checkpoints`);
    await db.query(`DROP TABLE report_view`);
    await db.query(`DROP TABLE report_summary`);
  }
}
