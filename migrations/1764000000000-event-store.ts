import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventStore1764000000000 implements MigrationInterface {
  name = 'EventStore1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events (
        position       bigserial PRIMARY KEY,
        stream_id      text        NOT NULL,
        version        integer     NOT NULL CHECK (version > 0),
        type           text        NOT NULL,
        schema_version integer     NOT NULL DEFAULT 1,
        data           jsonb       NOT NULL,
        metadata       jsonb       NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
        prev_hash      text,
        hash           text        NOT NULL,
        CONSTRAINT events_stream_version UNIQUE (stream_id, version)
      )`);
    await db.query(`CREATE INDEX events_transaction_position ON events (transaction_id, position)`);
    await db.query(`
      CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_are_append_only()`);
    await db.query(`CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_are_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE events`);
    await db.query(`DROP FUNCTION events_are_append_only()`);
  }
}
