import type { ClientBase } from 'pg';

/** The role the API and worker connect as in production when DATABASE_URL does not name another (SPEC §19). */
export const APP_ROLE = 'jixiao_app';

export interface AppRole {
  name: string;
  /** Set as its login password; null leaves the password as it is (none for a new role). */
  password: string | null;
}

/** The application's role from its DATABASE_URL, when that is not the migrating user; otherwise jixiao_app. */
export function appRoleOf(migrationUrl: string, appUrl: string = migrationUrl): AppRole {
  const app = new URL(appUrl);
  const appUser = decodeURIComponent(app.username);
  if (!appUser || appUser === decodeURIComponent(new URL(migrationUrl).username)) return { name: APP_ROLE, password: null };
  return { name: appUser, password: app.password ? decodeURIComponent(app.password) : null };
}

/**
 * Creates the application's role when the migrating user may (superuser or CREATEROLE), and grants it what the
 * API and worker need and no more: SELECT and INSERT on the events table — no UPDATE, DELETE, TRUNCATE, TRIGGER —
 * and full rights on every other table. Never the owner, so it cannot disable the append-only trigger either.
 * Run after every migration, so tables added later are granted too. Returns what it did, for the CLI to say.
 */
export async function ensureAppRole(db: ClientBase, role: AppRole): Promise<'granted' | 'skipped'> {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(role.name)) throw new Error(`应用角色名无效：${role.name}`);
  const { rows: [me] } = await db.query(
    'SELECT current_user AS name, rolsuper OR rolcreaterole AS may_create FROM pg_roles WHERE rolname = current_user',
  );
  if (me.name === role.name) return 'skipped';
  const { rows: [existing] } = await db.query('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [role.name]);
  if (existing?.rolsuper) return 'skipped';
  if (!existing && !me.may_create) return 'skipped';
  if (!existing) await createRole(db, role.name);
  if (role.password !== null && me.may_create) await run(db, 'ALTER ROLE %I LOGIN PASSWORD %L', role.name, role.password);
  await run(db, 'GRANT CONNECT ON DATABASE %I TO %I', await currentDatabase(db), role.name);
  await run(db, 'GRANT USAGE ON SCHEMA public TO %I', role.name);
  await run(db, 'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO %I', role.name);
  await run(db, 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', role.name);
  await run(db, 'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON events FROM %I', role.name);
  await run(db, 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM %I', role.name);
  return 'granted';
}

/** Why a role may not be the production application's (SPEC §19), or null when it may. */
export async function appRoleProblem(db: ClientBase): Promise<string | null> {
  const { rows: [me] } = await db.query(
    `SELECT current_user AS name, rolsuper, pg_has_role(current_user, (SELECT tableowner FROM pg_tables
       WHERE schemaname = 'public' AND tablename = 'events'), 'USAGE') AS owns_events
     FROM pg_roles WHERE rolname = current_user`,
  );
  if (me.rolsuper) return `数据库角色 ${me.name} 是超级用户`;
  if (me.owns_events) return `数据库角色 ${me.name} 是 events 表的所有者（或其成员）`;
  return null;
}

/** Another database's migration may create it at the same moment (a role is cluster-wide): then that one stands. */
async function createRole(db: ClientBase, name: string): Promise<void> {
  await run(db, `DO $do$ BEGIN CREATE ROLE %I LOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$`, name);
}

async function currentDatabase(db: ClientBase): Promise<string> {
  return (await db.query('SELECT current_database() AS name')).rows[0].name;
}

/** format() quotes identifiers (%I) and literals (%L) on the server: a role name or password is never spliced in. */
async function run(db: ClientBase, template: string, ...values: string[]): Promise<void> {
  const { rows } = await db.query(`SELECT format($1, ${values.map((_, i) => `$${i + 2}::text`).join(', ')}) AS sql`, [template, ...values]);
  await db.query(rows[0].sql);
}
