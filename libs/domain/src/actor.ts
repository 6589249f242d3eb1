export type Role = 'preparer' | 'head' | 'reviewer' | 'auditor' | 'admin';

export interface Actor {
  username: string;
  role: Role;
  /** The department of a preparer or head. */
  department: string | null;
  /** The region (财政局) a reviewer or auditor works for, or an admin is limited to. */
  region?: string | null;
  /** Department codes of that region and its sub-regions, resolved at each request; absent or null: no region limit. */
  scope?: readonly string[] | null;
  /** That region and its sub-regions, resolved with `scope`. */
  scopeRegions?: readonly string[] | null;
  email?: string | null;
}

/** SPEC §1, §16: a region-bound account reaches the departments of its region and sub-regions only. */
export function inScope(actor: Actor, department: string): boolean {
  return actor.scope == null || actor.scope.includes(department);
}
