import type { Pool } from 'pg';
import type { Actor, Role } from '@jixiao/domain';

export interface Account {
  actor: Actor;
  displayName: string;
  active: boolean;
  mustChangePassword: boolean;
  tokenVersion: number;
  /** Whether the token this account was loaded for has been ended (logout). */
  revoked: boolean;
  /** The users row's version (xmin) and the organisation's when read: what a command's append checks (account-checks.ts). */
  rowVersion: string;
  organisationVersion: string;
}

// The account and, for a region-bound one, its region with every sub-region and their departments (SPEC §1, §16).
// Named, so each connection parses and plans it once: planned afresh, this recursive query cost PostgreSQL about ten
// times its execution, on every request (docs/SCALING.md, Commands). `WHERE o.only_row` tells the planner that table
// has one row: estimated at 2,200, the generic plan looked dearer than a fresh one, and it was planned afresh anyway. Its columns are listed, not `account.*`: a
// prepared statement whose result columns change under it (a migration adding one to users) fails instead of replanning.
// $3, $4: the organisation version this process resolved regions at, and those regions. While the account's region is
// one of them and the version has not moved, the departments are not resolved again: a province reviewer's 2,000.
const ACCOUNT_STATEMENT = 'jixiao-load-account';
const ACCOUNT_SQL = `
  WITH RECURSIVE account AS (
    SELECT username, role, department, region_code, email, display_name, active, must_change_password, token_version,
      xmin::text AS row_version
    FROM users WHERE username = $1
  ), tree AS (
    SELECT code FROM regions WHERE code = (SELECT region_code FROM account)
    UNION
    SELECT r.code FROM regions r JOIN tree t ON r.parent_code = t.code
  ), resolved AS (
    SELECT account.*, o.version::text AS organisation_version,
      account.region_code IS NULL OR (o.version = $3::bigint AND account.region_code = ANY($4::text[])) AS scope_known
    FROM account, organisation_version o WHERE o.only_row
  )
  SELECT username, role, department, region_code, email, display_name, active, must_change_password, token_version,
    row_version, organisation_version, scope_known,
    CASE WHEN NOT scope_known THEN ARRAY(SELECT code FROM tree ORDER BY code) END AS scope_regions,
    CASE WHEN NOT scope_known
      THEN ARRAY(SELECT d.code FROM departments d WHERE d.region_code IN (SELECT code FROM tree) ORDER BY d.code)
    END AS scope,
    EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = $2) AS revoked
  FROM resolved`;

interface Scope {
  /** The region and its sub-regions. */
  regions: readonly string[];
  departments: readonly string[];
}

/** Per database: each region's scope as resolved at one organisation version. */
interface ScopeCache {
  version: string;
  byRegion: Map<string, Scope>;
}

const scopes = new WeakMap<Pool, ScopeCache>();

/** Read at every request, so a role, scope or activity change takes effect at the account's next request. */
export async function loadAccount(pool: Pool, username: string, jti = ''): Promise<Account | null> {
  const cache = scopes.get(pool) ?? { version: '0', byRegion: new Map<string, Scope>() };
  const values = [username, jti, cache.version, [...cache.byRegion.keys()]];
  const { rows } = await pool.query({ name: ACCOUNT_STATEMENT, text: ACCOUNT_SQL, values });
  const row = rows[0];
  if (!row) return null;
  const scope = row.region_code === null ? null : row.scope_known ? cache.byRegion.get(row.region_code)! : remember(pool, row);
  return {
    actor: {
      username: row.username, role: row.role as Role, department: row.department, region: row.region_code,
      scope: scope?.departments ?? null, scopeRegions: scope?.regions ?? null, email: row.email,
    },
    displayName: row.display_name,
    active: row.active,
    mustChangePassword: row.must_change_password,
    tokenVersion: row.token_version,
    revoked: row.revoked,
    rowVersion: row.row_version,
    organisationVersion: row.organisation_version,
  };
}

/** A scope just resolved, kept for its organisation version (a newer version starts the cache afresh). */
function remember(pool: Pool, row: { region_code: string; organisation_version: string; scope: string[]; scope_regions: string[] }): Scope {
  const scope = { regions: row.scope_regions, departments: row.scope };
  let cache = scopes.get(pool);
  if (!cache || cache.version !== row.organisation_version) {
    cache = { version: row.organisation_version, byRegion: new Map() };
    scopes.set(pool, cache);
  }
  cache.byRegion.set(row.region_code, scope);
  return scope;
}
