import type { SelectQueryBuilder } from 'typeorm';
import type { Actor } from '@jixiao/domain';

/** SPEC §1 as data: which reports an actor may list (the same rule as the domain's `mayRead`). */
interface Visibility {
  publishedOnly: boolean;
  signedOffOnly: boolean;
  /** null: any department. */
  departments: readonly string[] | null;
  /**
   * The departments as the regions they belong to, when the actor's scope came with them: a province reviewer's
   * 2,000 department codes are then not sent with every query (and their selectivity not estimated one by one).
   */
  regions: readonly string[] | null;
}

function visibilityOf(actor: Actor | null): Visibility {
  if (!actor) return { publishedOnly: true, signedOffOnly: false, departments: null, regions: null };
  const scope = actor.scope ?? null;
  const regions = scope ? actor.scopeRegions ?? null : null;
  switch (actor.role) {
    case 'admin':
    case 'auditor':
      return { publishedOnly: false, signedOffOnly: false, departments: scope, regions };
    case 'reviewer':
      return { publishedOnly: false, signedOffOnly: true, departments: scope, regions };
    default:
      return { publishedOnly: false, signedOffOnly: false, departments: [actor.department ?? ''], regions: null };
  }
}

const IN_REGIONS = (regions: string) => `IN (SELECT d.code FROM departments d WHERE d.region_code = ANY(${regions}))`;

/** As a SQL condition on a report_summary alias; appends its parameters to `params` ($n placeholders). */
export function visibleTo(actor: Actor | null, alias: string, params: unknown[]): string {
  const rule = visibilityOf(actor);
  const conditions = ['TRUE'];
  if (rule.publishedOnly) conditions.push(`${alias}.published_revision IS NOT NULL`);
  if (rule.signedOffOnly) conditions.push(`${alias}.ever_signed_off`);
  if (rule.regions) {
    params.push(rule.regions);
    conditions.push(`${alias}.department ${IN_REGIONS(`$${params.length}`)}`);
  } else if (rule.departments) {
    params.push(rule.departments);
    conditions.push(`${alias}.department = ANY($${params.length})`);
  }
  return conditions.join(' AND ');
}

/** The same rule on a TypeORM query over ReportSummaryEntity. */
export function restrictTo<T extends object>(query: SelectQueryBuilder<T>, actor: Actor | null, alias = 'r'): void {
  const rule = visibilityOf(actor);
  if (rule.publishedOnly) query.andWhere(`${alias}.publishedRevision IS NOT NULL`);
  if (rule.signedOffOnly) query.andWhere(`${alias}.everSignedOff = true`);
  if (rule.regions) query.andWhere(`${alias}.department ${IN_REGIONS(':visibleRegions')}`, { visibleRegions: rule.regions });
  else if (rule.departments) query.andWhere(`${alias}.department = ANY(:visibleDepartments)`, { visibleDepartments: rule.departments });
}
