import type { Account, Organisation } from './organisation';
import { regionOfAccount, ROLE_LABELS_IN_FILES } from './organisation';
import { AccountRow, Manager, Mode, outOfReach, SheetPlan } from './plan';
import { changesOf } from './plan-regions';
import { checkEmail, checkName, checkRoleScope, checkUsername, FieldProblem, LABELS, normaliseEmail, roleOf } from './rules';

const ROLE_CHOICES = Object.values(ROLE_LABELS_IN_FILES).join('、');
/** A change of any of these makes the account's older tokens answer 401 (SPEC §16). */
export const REVOKING_FIELDS: readonly (keyof Account)[] = ['role', 'department', 'region', 'active'];

/** Accounts: new ones created (they choose their password at first sign-in), existing ones changed in upsert mode. */
export function planAccounts(organisation: Organisation, rows: AccountRow[], manager: Manager, mode: Mode, reach: Set<string> | null): SheetPlan {
  const plan = new SheetPlan('用户');
  const accounts: { row: number; account: Account }[] = [];
  for (const row of rows) {
    const role = roleOf(row.role);
    const email = normaliseEmail(row.email);
    const problems = [
      checkUsername(row.username),
      checkName(row.displayName, 'displayName', LABELS.displayName, 50),
      role ? null : { field: 'role', label: LABELS.role, message: `「${row.role}」无效：应为 ${ROLE_CHOICES} 之一` },
      checkEmail(email),
      mode === 'create' && organisation.accounts.has(row.username) ? { field: 'username', label: LABELS.username, message: `「${row.username}」已存在` } : null,
    ];
    if (plan.failAll(row.row, problems)) continue;
    const existing = organisation.accounts.get(row.username);
    const account: Account = {
      username: row.username, displayName: row.displayName.trim(), role: role!, department: row.department, region: row.region,
      email, active: existing?.active ?? true,
    };
    if (!plan.failAll(row.row, scopeProblems(organisation, account, existing, manager, reach))) accounts.push({ row: row.row, account });
  }
  const unique = plan.firstOfEach(accounts.map((a) => ({ ...a, username: a.account.username })), (a) => a.username, 'username', LABELS.username);
  if (plan.problems.length) return plan;
  for (const { row, account } of unique) {
    const existing = organisation.accounts.get(account.username);
    const within = regionOfAccount(organisation, account);
    if (!existing) {
      plan.events.push({ type: 'AccountCreated', data: { ...account, mustChangePassword: true, within } });
      plan.done(row, account.username, 'created');
      continue;
    }
    const changes = changesOf(existing, account);
    if (changes) plan.events.push({ type: 'AccountChanged', data: { username: account.username, changes, revokesTokens: revokes(changes), within } });
    plan.done(row, account.username, changes ? 'updated' : 'unchanged');
  }
  return plan;
}

export const revokes = (changes: object) => REVOKING_FIELDS.some((field) => field in changes);

/** Role ↔ scope, codes that exist, and the manager's reach before and after the change. */
export function scopeProblems(
  organisation: Organisation, account: Account, existing: Account | undefined, manager: Manager, reach: Set<string> | null,
): FieldProblem[] {
  const shape = checkRoleScope(account.role, account.department, account.region);
  if (shape.length) return shape;
  if (account.department && !organisation.departments.has(account.department)) {
    const hint = organisation.units.has(account.department) ? '（这是下属单位，请填写其主管部门编码）' : '';
    return [{ field: 'department', label: LABELS.department, message: `「${account.department}」不存在${hint}` }];
  }
  if (account.region && !organisation.regions.has(account.region)) {
    return [{ field: 'region', label: LABELS.region, message: `「${account.region}」不存在` }];
  }
  if (!reach) return [];
  if (existing) {
    const current = regionOfAccount(organisation, existing);
    if (!current || !reach.has(current)) return [outOfReach(manager, 'username', LABELS.username, existing.username)];
  }
  const region = regionOfAccount(organisation, account);
  if (region && reach.has(region)) return [];
  return account.department
    ? [outOfReach(manager, 'department', LABELS.department, account.department)]
    : [outOfReach(manager, 'region', LABELS.region, account.region)];
}
