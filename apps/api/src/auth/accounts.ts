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
}

// The account and, for a region-bound one, the departments of its region and every sub-region (SPEC §1, §16).
// Named, so each connection parses and plans it once: planned afresh, this recursive query cost PostgreSQL about ten
// times its execution, on every request (docs/SCALING.md, Commands). Its columns are listed, not `account.*`: a
// prepared statement whose result columns change under it (a migration adding one to users) fails instead of replanning.
const ACCOUNT_STATEMENT = 'jixiao-load-account';
const ACCOUNT_SQL = `
  WITH RECURSIVE account AS (
    SELECT username, role, department, region_code, email, display_name, active, must_change_password, token_version
    FROM users WHERE username = $1
  ), tree AS (
    SELECT code FROM regions WHERE code = (SELECT region_code FROM account)
    UNION
    SELECT r.code FROM regions r JOIN tree t ON r.parent_code = t.code
  )
  SELECT account.username, account.role, account.department, account.region_code, account.email, account.display_name,
    account.active, account.must_change_password, account.token_version,
    CASE WHEN account.region_code IS NULL THEN NULL
         ELSE ARRAY(SELECT d.code FROM departments d WHERE d.region_code IN (SELECT code FROM tree) ORDER BY d.code)
    END AS scope,
    EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = $2) AS revoked
  FROM account`;

/** Read at every request, so a role, scope or activity change takes effect at the account's next request. */
export async function loadAccount(pool: Pool, username: string, jti = ''): Promise<Account | null> {
  const { rows } = await pool.query({ name: ACCOUNT_STATEMENT, text: ACCOUNT_SQL, values: [username, jti] });
  const row = rows[0];
  if (!row) return null;
  return {
    actor: {
      username: row.username, role: row.role as Role, department: row.department, region: row.region_code,
      scope: row.scope, email: row.email,
    },
    displayName: row.display_name,
    active: row.active,
    mustChangePassword: row.must_change_password,
    tokenVersion: row.token_version,
    revoked: row.revoked,
  };
}
