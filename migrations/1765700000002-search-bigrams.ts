import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A two-character search (热线, 淮南: common in Chinese titles) is what a trigram index cannot serve: at province scale
 * it read every report twice (the page and its count), ≈ 100 ms for a pattern that matches a few. The lower-cased
 * character pairs of the title and the department name, in one GIN index, find its candidates; the list keeps its
 * ILIKE, so the index only narrows (lower() here and ILIKE's case folding are the same function of the collation).
 */
export class SearchBigrams1765700000002 implements MigrationInterface {
  name = 'SearchBigrams1765700000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION report_bigrams(value text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(lower(value), i, 2)), '{}') FROM generate_series(1, char_length(value) - 1) i
      $$`);
    await db.query(`CREATE INDEX report_summary_bigrams ON report_summary
      USING gin ((report_bigrams(title) || report_bigrams(department_name)))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_summary_bigrams`);
    await db.query(`DROP FUNCTION report_bigrams(text)`);
  }
}
