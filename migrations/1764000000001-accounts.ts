import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764000000001 implements MigrationInterface {
  name = 'Accounts1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE departments (
        code text PRIMARY KEY,
        name text NOT NULL,
        is_finance_bureau boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE users (
        username      text PRIMARY KEY,
        password_hash text NOT NULL,
        role          text NOT NULL CHECK (role IN ('preparer', 'head', 'reviewer', 'admin')),
        department    text REFERENCES departments (code),
        display_name  text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE idempotency_keys (
        username     text        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        status       integer,
        headers      jsonb,
        body         jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (username, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE departments`);
  }
}
