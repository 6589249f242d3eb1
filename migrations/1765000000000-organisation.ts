import { MigrationInterface, QueryRunner } from 'typeorm';

/** SPEC §16: regions (财政局 and their area), departments in a region, units in a department; accounts with scope. */
export class Organisation1765000000000 implements MigrationInterface {
  name = 'Organisation1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE regions (
        code        text PRIMARY KEY,
        name        text NOT NULL,
        parent_code text REFERENCES regions (code)
      )`);
    await db.query(`CREATE INDEX regions_parent ON regions (parent_code)`);
    await db.query(`ALTER TABLE departments ADD COLUMN region_code text REFERENCES regions (code)`);
    await db.query(`ALTER TABLE departments ADD COLUMN parent_code text REFERENCES departments (code)`);
    await db.query(`CREATE INDEX departments_region ON departments (region_code)`);
    await db.query(`
      CREATE TABLE units (
        code            text PRIMARY KEY,
        name            text NOT NULL,
        department_code text NOT NULL REFERENCES departments (code)
      )`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_role_check
      CHECK (role IN ('preparer', 'head', 'reviewer', 'auditor', 'admin'))`);
    await db.query(`ALTER TABLE users ADD COLUMN region_code text REFERENCES regions (code)`);
    await db.query(`ALTER TABLE users ADD COLUMN email text`);
    await db.query(`ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await db.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    // Bumped by every role, scope or activity change and every password reset: older tokens stop working.
    await db.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX users_email ON users (lower(email)) WHERE email IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_email`);
    for (const column of ['token_version', 'must_change_password', 'active', 'email', 'region_code']) {
      await db.query(`ALTER TABLE users DROP COLUMN ${column}`);
    }
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('preparer', 'head', 'reviewer', 'admin'))`);
    await db.query(`DROP TABLE units`);
    await db.query(`ALTER TABLE departments DROP COLUMN parent_code`);
    await db.query(`ALTER TABLE departments DROP COLUMN region_code`);
    await db.query(`DROP TABLE regions`);
  }
}
