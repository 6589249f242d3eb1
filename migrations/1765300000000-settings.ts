import { MigrationInterface, QueryRunner } from 'typeorm';

/** Values the system chooses once and keeps: the JWT secret generated at first start outside production (SPEC §13). */
export class Settings1765300000000 implements MigrationInterface {
  name = 'Settings1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE settings (
        name       text PRIMARY KEY,
        value      text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE settings');
  }
}
