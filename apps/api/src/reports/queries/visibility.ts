import type { Actor } from '@jixiao/domain';

/**
 * SPEC §1 as a SQL condition on a report_summary alias: preparers and heads their own department, reviewers
 * every report signed off at least once, the public published revisions only. Appends its parameter to `params`.
 */
export function visibleTo(actor: Actor | null, alias: string, params: unknown[]): string {
  if (!actor) return `${alias}.published_revision IS NOT NULL`;
  if (actor.role === 'admin') return 'TRUE';
  if (actor.role === 'reviewer') return `${alias}.ever_signed_off`;
  params.push(actor.department);
  return `${alias}.department = $${params.length}`;
}
