import type { Queryable } from '@jixiao/event-store';
import { copyOrganisation, evolveOrganisation, type Organisation, type OrganisationEvent } from '@jixiao/domain';

/** Password hashes never enter an event: the command hands them to the projection beside the events. */
export type PasswordHashes = ReadonlyMap<string, string>;

/** Writes each event's effect on the organisation tables, in the append's transaction. */
export async function projectOrganisation(
  client: Queryable, before: Organisation, events: OrganisationEvent[], hashes: PasswordHashes,
): Promise<void> {
  const organisation = copyOrganisation(before);
  for (const event of events) {
    evolveOrganisation(organisation, event);
    const [sql, values] = statementOf(organisation, event, hashes);
    if (sql) await client.query(sql, values);
  }
}

const UPSERT_REGION = `INSERT INTO regions (code, name, parent_code) VALUES ($1, $2, $3)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code`;
const UPSERT_DEPARTMENT = `INSERT INTO departments (code, name, region_code) VALUES ($1, $2, $3)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code`;
const UPSERT_UNIT = `INSERT INTO units (code, name, department_code) VALUES ($1, $2, $3)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, department_code = EXCLUDED.department_code`;
const INSERT_ACCOUNT = `INSERT INTO users
  (username, password_hash, role, department, region_code, display_name, email, active, must_change_password)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
const UPDATE_ACCOUNT = `UPDATE users SET role = $2, department = $3, region_code = $4, display_name = $5, email = $6,
  active = $7, token_version = token_version + $8 WHERE username = $1`;
const SET_PASSWORD = `UPDATE users SET password_hash = $2, must_change_password = $3, token_version = token_version + 1
  WHERE username = $1`;

function statementOf(organisation: Organisation, event: OrganisationEvent, hashes: PasswordHashes): [string | null, unknown[]] {
  switch (event.type) {
    case 'RegionAdded':
    case 'RegionChanged': {
      const region = organisation.regions.get(event.data.code)!;
      return [UPSERT_REGION, [region.code, region.name, region.parentCode]];
    }
    case 'DepartmentAdded':
    case 'DepartmentChanged': {
      const department = organisation.departments.get(event.data.code)!;
      return [UPSERT_DEPARTMENT, [department.code, department.name, department.regionCode]];
    }
    case 'UnitAdded':
    case 'UnitChanged': {
      const unit = organisation.units.get(event.data.code)!;
      return [UPSERT_UNIT, [unit.code, unit.name, unit.departmentCode]];
    }
    case 'AccountCreated': {
      const a = event.data;
      return [INSERT_ACCOUNT, [a.username, hashOf(hashes, a.username), a.role, a.department, a.region, a.displayName, a.email, a.active, a.mustChangePassword]];
    }
    case 'AccountChanged': {
      const a = organisation.accounts.get(event.data.username)!;
      return [UPDATE_ACCOUNT, [a.username, a.role, a.department, a.region, a.displayName, a.email, a.active, event.data.revokesTokens ? 1 : 0]];
    }
    case 'PasswordReset':
      return [SET_PASSWORD, [event.data.username, hashOf(hashes, event.data.username), true]];
    case 'PasswordChanged':
      return [SET_PASSWORD, [event.data.username, hashOf(hashes, event.data.username), false]];
  }
}

function hashOf(hashes: PasswordHashes, username: string): string {
  const hash = hashes.get(username);
  if (!hash) throw new Error(`no password hash for ${username}`);
  return hash;
}
