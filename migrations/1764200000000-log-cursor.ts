import { MigrationInterface, QueryRunner } from 'typeorm';

/** Checkpoints become (transaction_id, position) cursors: see libs/event-store/src/committed-log.ts. */
export class LogCursor1764200000000 implements MigrationInterface {
  name = 'LogCursor1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projection_checkpoints ADD COLUMN transaction_id xid8 NOT NULL DEFAULT '0'`);
    // An existing position-only checkpoint resumes from the transaction that wrote its last event.
    await db.query(`
      UPDATE projection_checkpoints c SET transaction_id = e.transaction_id
      FROM events e WHERE e.position = c.position`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projection_checkpoints DROP COLUMN transaction_id`);
  }
}
