import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1764000000003 implements MigrationInterface {
  name = 'Documents1764000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_documents (
        report_id    uuid        NOT NULL,
        version      integer     NOT NULL,
        format       text        NOT NULL CHECK (format IN ('xlsx', 'docx', 'pdf')),
        content_type text        NOT NULL,
        sha256       text        NOT NULL,
        bytes        integer     NOT NULL,
        content      bytea       NOT NULL,
        rendered_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, version, format)
      )`);
    await db.query(`INSERT INTO projection_checkpoints (name, position) VALUES ('job-feed', 0) ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_documents`);
  }
}
