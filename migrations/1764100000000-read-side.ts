import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadSide1764100000000 implements MigrationInterface {
  name = 'ReadSide1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension: the database owner may create it without being a superuser.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX report_summary_title_trgm ON report_summary USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX report_summary_department_name_trgm ON report_summary USING gin (department_name gin_trgm_ops)`);
    await db.query(`CREATE INDEX report_summary_department_updated ON report_summary (department, updated_at DESC, id)`);
    await db.query(`CREATE INDEX report_summary_year_grade ON report_summary (fiscal_year, grade)`);
    await db.query(`CREATE INDEX report_summary_signed_updated ON report_summary (updated_at DESC, id) WHERE ever_signed_off`);
    await db.query(`CREATE INDEX report_summary_published_updated ON report_summary (updated_at DESC, id) WHERE published_revision IS NOT NULL`);
    await db.query(`CREATE INDEX report_summary_with_errors ON report_summary (fiscal_year) WHERE error_flags > 0`);
    await db.query(`
      CREATE TABLE score_changes (
        position         bigint      NOT NULL,
        seq              integer     NOT NULL,
        report_id        uuid        NOT NULL,
        revision         integer     NOT NULL,
        fiscal_year      text        NOT NULL,
        department       text        NOT NULL,
        indicator_id     text        NOT NULL,
        indicator_name   text        NOT NULL,
        from_score       text,
        to_score         text,
        actor_username   text        NOT NULL,
        actor_role       text        NOT NULL,
        actor_department text,
        at               timestamptz NOT NULL,
        reason           text        NOT NULL,
        source           text        NOT NULL CHECK (source IN ('self', 'reviewer', 'system')),
        PRIMARY KEY (position, seq)
      )`);
    await db.query(`CREATE INDEX score_changes_report ON score_changes (report_id, position)`);
    await db.query(`CREATE INDEX score_changes_year_department ON score_changes (fiscal_year, department, position DESC)`);
    await db.query(`CREATE INDEX score_changes_actor ON score_changes (actor_username, position DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE score_changes`);
    for (const index of ['title_trgm', 'department_name_trgm', 'department_updated', 'year_grade', 'signed_updated', 'published_updated', 'with_errors']) {
      await db.query(`DROP INDEX report_summary_${index}`);
    }
  }
}
