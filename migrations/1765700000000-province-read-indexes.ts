import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §14 at province scale (50,000 reports a year): one index per sortable column of the list, in the order the
 * list sorts it (ties by id), so a deep page is an ordered index scan that stops at the page's end instead of a sort
 * of every visible report. A NOT NULL column's descending sort is the same index read backwards; the total's blanks
 * sort last both ways, hence two. (Statistics read report_counts, 1765700000001: an index-only aggregate over a
 * covering index was tried first and still took 115 ms of server time at 50,000.)
 */
const SORT_INDEXES: [name: string, columns: string][] = [
  ['report_summary_title_order', '(title, id)'],
  ['report_summary_total_order', '(total_computed, id)'],
  ['report_summary_total_desc_order', '(total_computed DESC NULLS LAST, id)'],
  ['report_summary_year_order', '(fiscal_year, id)'],
];

export class ProvinceReadIndexes1765700000000 implements MigrationInterface {
  name = 'ProvinceReadIndexes1765700000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, columns] of SORT_INDEXES) await db.query(`CREATE INDEX ${name} ON report_summary ${columns}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of SORT_INDEXES) await db.query(`DROP INDEX IF EXISTS ${name}`);
  }
}
