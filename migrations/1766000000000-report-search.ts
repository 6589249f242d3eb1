import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list's search terms (title, department name) move out of report_summary into `report_search`, with their three
 * GIN indexes. Every command rewrites its report's summary row, and as `updated_at` is indexed that update is never
 * HOT: each of report_summary's indexes took a new entry, the GIN ones included, whose keys (trigrams, and the
 * character pairs `report_bigrams` computes in SQL) were worked out again for an unchanged title: ≈ 0.2 ms of
 * PostgreSQL's time per command. A report's search row is written when its title or department name changes, which
 * is almost never.
 */
const SEARCH_INDEXES: [summaryIndex: string, searchIndex: string, definition: string][] = [
  ['report_summary_title_trgm', 'report_search_title_trgm', 'USING gin (title gin_trgm_ops)'],
  ['report_summary_department_name_trgm', 'report_search_department_name_trgm', 'USING gin (department_name gin_trgm_ops)'],
  ['report_summary_bigrams', 'report_search_bigrams', 'USING gin ((report_bigrams(title) || report_bigrams(department_name)))'],
];

export class ReportSearch1766000000000 implements MigrationInterface {
  name = 'ReportSearch1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_search (
        id              uuid PRIMARY KEY REFERENCES report_summary (id),
        title           text NOT NULL,
        department_name text NOT NULL
      )`);
    await db.query(`INSERT INTO report_search (id, title, department_name) SELECT id, title, department_name FROM report_summary`);
    for (const [summaryIndex, searchIndex, definition] of SEARCH_INDEXES) {
      await db.query(`CREATE INDEX ${searchIndex} ON report_search ${definition}`);
      await db.query(`DROP INDEX ${summaryIndex}`);
    }
    // The list's department filter takes a code or an exact name (department = $1 OR department_name = $1): the name's
    // trigram index served the equality; a btree keeps the filter a bitmap OR of two index scans.
    await db.query(`CREATE INDEX report_summary_department_name ON report_summary (department_name)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_summary_department_name`);
    for (const [summaryIndex, , definition] of SEARCH_INDEXES) await db.query(`CREATE INDEX ${summaryIndex} ON report_summary ${definition}`);
    await db.query(`DROP TABLE report_search`);
  }
}
