import type { Queryable } from '@jixiao/event-store';

/**
 * Tables rebuilt beside the live ones: `create` makes an empty copy of each (columns, defaults, checks, storage; no
 * indexes) in a scratch schema that the caller puts first on its search_path; `swapIn` indexes the filled copies in one
 * pass per index — far cheaper than maintaining every index row by row, and than filling a live table whose free space
 * autovacuum has scattered over its pages — and puts them in the live ones' places, with the same constraints, index
 * names, triggers, foreign keys (theirs and those pointing at them), owner, grants and statistics. Until the
 * transaction commits, readers of the live tables go on reading them; the swap holds them exclusively only for its
 * last statements.
 */
export class ShadowTables {
  constructor(
    private readonly scratch: string,
    private readonly tables: readonly string[],
  ) {}

  async create(db: Queryable): Promise<void> {
    for (const table of this.tables) {
      await db.query(
        `CREATE TABLE ${this.copyOf(table)} (LIKE ${liveOf(table)}
          INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION INCLUDING COMMENTS)`,
      );
    }
  }

  async swapIn(db: Queryable): Promise<void> {
    for (const table of this.tables) await this.index(db, table);
    const kept = [];
    for (const table of this.tables) kept.push(await declarationOf(db, table));
    const foreignKeys = await foreignKeysOf(db, this.tables);
    // Keys from tables outside the swap would hold the live tables in place: dropped here, added back below.
    const outsideKeys = foreignKeys.filter((k) => !this.tables.includes(k.table));
    await lockForSwap(db, [...this.tables, ...outsideKeys.map((k) => k.table)].map(liveOf));
    for (const key of outsideKeys) {
      await db.query(`ALTER TABLE public.${quoted(key.table)} DROP CONSTRAINT ${quoted(key.name)}`);
    }
    await db.query(`DROP TABLE ${this.tables.map(liveOf).join(', ')}`);
    for (const table of this.tables) await db.query(`ALTER TABLE ${this.copyOf(table)} SET SCHEMA public`);
    for (const [i, table] of this.tables.entries()) {
      const { owner, me, grants, triggers } = kept[i];
      if (owner !== me) await db.query(`ALTER TABLE ${liveOf(table)} OWNER TO ${quoted(owner)}`);
      for (const grant of grants) await db.query(`GRANT ${grant.privilege} ON ${liveOf(table)} TO ${grant.grantee}`);
      for (const trigger of triggers) await db.query(trigger);
    }
    for (const key of foreignKeys) {
      await db.query(`ALTER TABLE public.${quoted(key.table)} ADD CONSTRAINT ${quoted(key.name)} ${key.definition}`);
    }
    // The dropped tables took their statistics with them: the planner gets the new ones' before anyone queries them.
    await db.query(`ANALYZE ${this.tables.map(liveOf).join(', ')}`);
  }

  private copyOf(table: string): string {
    return `${this.scratch}.${table}`;
  }

  /** The live table's unique, primary-key and exclusion constraints and its other indexes, built on the copy. */
  private async index(db: Queryable, table: string): Promise<void> {
    const { rows: constraints } = await db.query(
      `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x')`,
      [liveOf(table)],
    );
    for (const c of constraints)
      await db.query(`ALTER TABLE ${this.copyOf(table)} ADD CONSTRAINT ${quoted(c.conname)} ${c.definition}`);
    const { rows: indexes } = await db.query(
      `SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
       WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [liveOf(table)],
    );
    for (const index of indexes) {
      await db.query(String(index.definition).replace(` ON ${liveOf(table)} `, ` ON ${this.copyOf(table)} `));
    }
  }
}

const liveOf = (table: string) => `public.${table}`;

/** How long the swap waits for readers at a time, and how often it asks again before the rebuild gives up. */
const SWAP_LOCK_WAIT_MS = 500;
const SWAP_LOCK_ATTEMPTS = 240;

/**
 * Takes every table the swap drops or alters exclusively, before its first statement. A reader that holds one of them
 * and then asks for another (a transaction, or one statement over two) waits for the swap while the swap waits for it:
 * PostgreSQL would end that deadlock by cancelling the rebuild, minutes of work. Instead the swap waits at most
 * SWAP_LOCK_WAIT_MS, gives the tables back (to the savepoint: the rebuilt copies stay) and asks again a moment later.
 */
async function lockForSwap(db: Queryable, tables: string[]): Promise<void> {
  const names = [...new Set(tables)].join(', ');
  const {
    rows: [{ lock_timeout: before }],
  } = await db.query(`SELECT current_setting('lock_timeout') AS lock_timeout`);
  for (let attempt = 1; ; attempt++) {
    await db.query('SAVEPOINT swap_lock');
    try {
      await db.query(`SELECT set_config('lock_timeout', $1, true)`, [`${SWAP_LOCK_WAIT_MS}ms`]);
      await db.query(`LOCK TABLE ${names} IN ACCESS EXCLUSIVE MODE`);
      await db.query(`SELECT set_config('lock_timeout', $1, true)`, [before]);
      await db.query('RELEASE SAVEPOINT swap_lock');
      return;
    } catch (error) {
      if (!isLockWait(error)) throw error;
      await db.query('ROLLBACK TO SAVEPOINT swap_lock');
      if (attempt === SWAP_LOCK_ATTEMPTS) {
        throw new Error(
          `重建读模型：${SWAP_LOCK_ATTEMPTS} 次等待读取结束仍未能替换表 ${names}（有长时间运行的读取事务），请稍后重试`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

/** lock_not_available (the wait ran out) or deadlock_detected (PostgreSQL chose this side). */
const isLockWait = (error: unknown) => ['55P03', '40P01'].includes((error as { code?: string }).code ?? '');

async function declarationOf(db: Queryable, table: string) {
  const {
    rows: [{ owner, me }],
  } = await db.query(`SELECT pg_get_userbyid(relowner) AS owner, current_user AS me FROM pg_class WHERE oid = $1::regclass`, [
    liveOf(table),
  ]);
  const { rows: grants } = await db.query(
    `SELECT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type AS privilege
     FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
    [liveOf(table)],
  );
  // Printed while the scratch copies come first on the search_path, so each names its table as public.<table>.
  const { rows: triggers } = await db.query(
    `SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal ORDER BY tgname`,
    [liveOf(table)],
  );
  return {
    owner: owner as string,
    me: me as string,
    grants: grants as { grantee: string; privilege: string }[],
    triggers: triggers.map((t) => String(t.definition)),
  };
}

/** Every foreign key from or to one of the tables, with the name of the table that holds it. */
async function foreignKeysOf(db: Queryable, tables: readonly string[]) {
  const { rows } = await db.query(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.contype = 'f' AND (k.conrelid = ANY($1::regclass[]) OR k.confrelid = ANY($1::regclass[]))
     ORDER BY c.relname, k.conname`,
    [tables.map(liveOf)],
  );
  return rows as { table: string; name: string; definition: string }[];
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
