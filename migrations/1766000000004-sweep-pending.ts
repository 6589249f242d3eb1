import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transitions the worker's sweep found without documents and enqueued again, checked again by each sweep until
 * their documents are recorded. The sweep's cursor (checkpoint `job-sweep`) then moves past them: one transition whose
 * documents keep failing no longer makes every sweep read the log from it on (apps/worker/src/job-sweep.ts).
 */
export class SweepPending1766000000004 implements MigrationInterface {
  name = 'SweepPending1766000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sweep_pending (
        stream_id text NOT NULL,
        version   integer NOT NULL,
        PRIMARY KEY (stream_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sweep_pending');
  }
}
