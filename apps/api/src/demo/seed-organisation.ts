import type { Pool } from 'pg';
import { planOrganisation, type Actor } from '@jixiao/domain';
import { hashPassword, OrganisationStore } from '@jixiao/organisation';

const SEED_ACTOR: Actor = { username: 'demo-seed', role: 'admin', department: null };

interface SeedRegion { code: string; name: string; parentCode: string | null }
interface SeedDepartment { code: string; name: string; regionCode: string }
type SeedAccount = Actor & { displayName: string };

/** The demo organisation through the same path as an admin's changes: events on the organisation stream. */
export async function seedOrganisation(
  pool: Pool, regions: SeedRegion[], departments: SeedDepartment[], accounts: SeedAccount[], password: string,
): Promise<void> {
  const input = {
    regions: regions.map((r, i) => ({ row: i + 2, ...r })),
    units: departments.map((d, i) => ({ row: i + 2, code: d.code, name: d.name, regionCode: d.regionCode, parentCode: null })),
    users: accounts.map((a, i) => ({
      row: i + 2, username: a.username, displayName: a.displayName, role: a.role, department: a.department,
      region: a.region ?? null, email: a.email ?? null,
    })),
  };
  const hash = await hashPassword(password);
  await new OrganisationStore(pool).change(SEED_ACTOR, { correlationId: 'demo-seed' }, (organisation) => {
    const plan = planOrganisation(organisation, input, { username: SEED_ACTOR.username, region: null }, 'upsert');
    if (plan.problems.length) throw new Error(`demo organisation refused: ${JSON.stringify(plan.problems)}`);
    // SPEC §12: demo accounts are not forced to change their password.
    const events = plan.events.map((e) => (e.type === 'AccountCreated' ? { ...e, data: { ...e.data, mustChangePassword: false } } : e));
    return { events, hashes: new Map(accounts.map((a) => [a.username, hash])), result: {} };
  });
}
