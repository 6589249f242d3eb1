import { MigrationInterface, QueryRunner } from 'typeorm';

/** SPEC §16: ended tokens (logout) until they would have expired anyway; every sign-in, failure and lockout. */
export class SignIns1765100000000 implements MigrationInterface {
  name = 'SignIns1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE revoked_tokens (
        jti        text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX revoked_tokens_expiry ON revoked_tokens (expires_at)`);
    await db.query(`
      CREATE TABLE sign_ins (
        id       bigserial PRIMARY KEY,
        at       timestamptz NOT NULL DEFAULT now(),
        username text NOT NULL,
        address  text NOT NULL,
        outcome  text NOT NULL CHECK (outcome IN ('success', 'failure', 'locked')),
        known    boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX sign_ins_username ON sign_ins (username, at)`);
    await db.query(`CREATE INDEX sign_ins_address ON sign_ins (address, at)`);
    await db.query(`CREATE INDEX sign_ins_at ON sign_ins (at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_ins`);
    await db.query(`DROP TABLE revoked_tokens`);
  }
}
