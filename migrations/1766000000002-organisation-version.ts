import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A number that moves with every change to `regions` or `departments`, whoever makes it (the organisation's
 * projection, a restore, a bench): the guard's account lookup compares it with the one an API process resolved a
 * region's departments at, and resolves them again only when it moved. A province reviewer's 2,000 departments were
 * worked out and sent to the API on every request.
 */
export class OrganisationVersion1766000000002 implements MigrationInterface {
  name = 'OrganisationVersion1766000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_version (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        version  bigint  NOT NULL
      )`);
    await db.query(`INSERT INTO organisation_version (version) VALUES (1)`);
    await db.query(`
      CREATE FUNCTION organisation_version_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE organisation_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of ['regions', 'departments']) {
      await db.query(`CREATE TRIGGER ${table}_move_organisation_version
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION organisation_version_moves()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['regions', 'departments']) await db.query(`DROP TRIGGER ${table}_move_organisation_version ON ${table}`);
    await db.query(`DROP FUNCTION organisation_version_moves()`);
    await db.query(`DROP TABLE organisation_version`);
  }
}
