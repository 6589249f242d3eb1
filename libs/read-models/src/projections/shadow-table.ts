import type { Queryable } from '@jixiao/event-store';

/**
 * A table rebuilt beside the live one: `create` makes an empty copy (columns, defaults, checks; no indexes) in
 * a scratch schema that the caller puts first on its search_path; `swapIn` indexes the filled copy in one
 * pass per index — far cheaper than maintaining every index row by row — and puts it in the live one's place,
 * with the same constraints, index names, owner and grants. Until the transaction commits, readers of the
 * live table go on reading it; the swap holds it exclusively only for its last statements.
 */
export class ShadowTable {
  constructor(
    private readonly scratch: string,
    private readonly table: string,
  ) {}

  private get live(): string {
    return `public.${this.table}`;
  }

  private get copy(): string {
    return `${this.scratch}.${this.table}`;
  }

  async create(db: Queryable): Promise<void> {
    await db.query(`CREATE TABLE ${this.copy} (LIKE ${this.live} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  }

  async swapIn(db: Queryable): Promise<void> {
    const { rows: constraints } = await db.query(
      `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x')`,
      [this.live],
    );
    for (const c of constraints) await db.query(`ALTER TABLE ${this.copy} ADD CONSTRAINT ${quoted(c.conname)} ${c.definition}`);
    const { rows: indexes } = await db.query(
      `SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
       WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [this.live],
    );
    for (const index of indexes) await db.query(String(index.definition).replace(` ON ${this.live} `, ` ON ${this.copy} `));
    const {
      rows: [owner],
    } = await db.query(`SELECT pg_get_userbyid(relowner) AS name, current_user AS me FROM pg_class WHERE oid = $1::regclass`, [
      this.live,
    ]);
    const { rows: grants } = await db.query(
      `SELECT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type
       FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
      [this.live],
    );
    await db.query(`DROP TABLE ${this.live}`);
    await db.query(`ALTER TABLE ${this.copy} SET SCHEMA public`);
    if (owner.name !== owner.me) await db.query(`ALTER TABLE ${this.live} OWNER TO ${quoted(owner.name)}`);
    for (const grant of grants) await db.query(`GRANT ${grant.privilege_type} ON ${this.live} TO ${grant.grantee}`);
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
