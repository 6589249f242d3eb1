import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list sorts `updated_at DESC NULLS LAST, id` (NULLS LAST so that a sort by total puts blanks last); an index
 * ordered `DESC` alone is NULLS FIRST, which the planner cannot use for that order. Same columns, matching order.
 */
const INDEXES: [name: string, columns: string, where: string][] = [
  ['report_summary_updated', '(updated_at DESC NULLS LAST, id)', ''],
  ['report_summary_department_updated', '(department, updated_at DESC NULLS LAST, id)', ''],
  ['report_summary_signed_updated', '(updated_at DESC NULLS LAST, id)', 'WHERE ever_signed_off'],
  ['report_summary_published_updated', '(updated_at DESC NULLS LAST, id)', 'WHERE published_revision IS NOT NULL'],
];

export class ListSortIndexes1764400000000 implements MigrationInterface {
  name = 'ListSortIndexes1764400000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, columns, where] of INDEXES) {
      await db.query(`DROP INDEX IF EXISTS ${name}`);
      await db.query(`CREATE INDEX ${name} ON report_summary ${columns} ${where}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name, columns, where] of INDEXES) {
      await db.query(`DROP INDEX IF EXISTS ${name}`);
      await db.query(`CREATE INDEX ${name} ON report_summary ${columns.replace(/ NULLS LAST/g, '')} ${where}`);
    }
  }
}
