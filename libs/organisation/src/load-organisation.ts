import type { PoolClient } from 'pg';
import { emptyOrganisation, ORGANISATION_STREAM, type Organisation, type Role } from '@jixiao/domain';
import type { StreamHead } from '@jixiao/event-store';

const HEAD = `SELECT version, hash FROM events WHERE stream_id = $1 ORDER BY version DESC LIMIT 1`;

/** The organisation tables and the stream head they project, read in one snapshot (REPEATABLE READ). */
export async function loadOrganisation(client: PoolClient): Promise<{ organisation: Organisation; head: StreamHead }> {
  const head = (await client.query(HEAD, [ORGANISATION_STREAM])).rows[0];
  const organisation = emptyOrganisation();
  for (const row of (await client.query('SELECT code, name, parent_code FROM regions')).rows) {
    organisation.regions.set(row.code, { code: row.code, name: row.name, parentCode: row.parent_code });
  }
  for (const row of (await client.query('SELECT code, name, region_code FROM departments')).rows) {
    organisation.departments.set(row.code, { code: row.code, name: row.name, regionCode: row.region_code });
  }
  for (const row of (await client.query('SELECT code, name, department_code FROM units')).rows) {
    organisation.units.set(row.code, { code: row.code, name: row.name, departmentCode: row.department_code });
  }
  const users = await client.query('SELECT username, display_name, role, department, region_code, email, active FROM users');
  for (const row of users.rows) {
    organisation.accounts.set(row.username, {
      username: row.username, displayName: row.display_name, role: row.role as Role, department: row.department,
      region: row.region_code, email: row.email, active: row.active,
    });
  }
  return { organisation, head: head ? { version: head.version, hash: head.hash } : { version: 0, hash: null } };
}
