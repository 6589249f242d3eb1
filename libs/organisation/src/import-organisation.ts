import { planOrganisation, type Actor, type Manager, type RowProblem, type RowResult } from '@jixiao/domain';
import { generatePassword, hashPassword } from './passwords';
import { readOrganisationWorkbook } from './organisation-workbook';
import type { ChangeOptions, OrganisationStore } from './organisation-store';

export type ImportResult =
  | { ok: true; rows: (RowResult & { oneTimePassword?: string })[] }
  | { ok: false; problems: RowProblem[] };

/**
 * SPEC §16 bulk: the whole file is one decision and one append. Any bad row: nothing changes, every problem is listed.
 * New accounts get a one-time password, returned here once and never stored in the clear.
 */
export async function importOrganisation(
  store: OrganisationStore, actor: Actor, manager: Manager, file: Buffer, options: ChangeOptions<ImportResult>,
): Promise<ImportResult> {
  const read = await readOrganisationWorkbook(file);
  if (!read.ok) return read;
  const passwords = new Map<string, string>();
  const { recorded: _, ...result } = await store.change<ImportResult>(actor, options, async (organisation) => {
    const plan = planOrganisation(organisation, read.input, manager, 'upsert');
    if (plan.problems.length) return { events: [], result: { ok: false as const, problems: plan.problems } };
    const hashes = new Map<string, string>();
    for (const event of plan.events) {
      if (event.type !== 'AccountCreated') continue;
      const password = passwords.get(event.data.username) ?? generatePassword();
      passwords.set(event.data.username, password);
      hashes.set(event.data.username, await hashPassword(password, 'one-time'));
    }
    const rows = plan.results.map((row) => (
      row.sheet === '用户' && row.outcome === 'created' ? { ...row, oneTimePassword: passwords.get(row.key)! } : row
    ));
    return { events: plan.events, hashes, result: { ok: true as const, rows } };
  });
  return result as ImportResult;
}
