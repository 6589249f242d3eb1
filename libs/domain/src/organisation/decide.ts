import { Refusal } from '../report/errors';
import type { AccountChanged, OrganisationEvent, PasswordChanged, PasswordReset } from './events';
import { copyOrganisation, evolveOrganisation } from './evolve';
import type { Account, Organisation } from './organisation';
import { regionOfAccount } from './organisation';
import { Manager, Mode, OrganisationInput, Plan, reachOf } from './plan';
import { planAccounts, revokes, scopeProblems } from './plan-accounts';
import { changesOf } from './plan-regions';
import { planRegions } from './plan-regions';
import { planUnits } from './plan-units';
import { checkEmail, checkName, checkPassword, FieldProblem, LABELS, normaliseEmail } from './rules';

/**
 * One decision over the three sheets (or a single row of one): regions first, then departments and units against the
 * regions as they will be, then accounts against both. Any problem anywhere: no events at all.
 */
export function planOrganisation(organisation: Organisation, input: OrganisationInput, manager: Manager, mode: Mode): Plan {
  const working = copyOrganisation(organisation);
  const regions = planRegions(working, input.regions, manager, mode);
  regions.events.forEach((event) => evolveOrganisation(working, event));
  const units = planUnits(working, input.units, manager, mode, reachOf(working, manager));
  units.events.forEach((event) => evolveOrganisation(working, event));
  const users = planAccounts(working, input.users, manager, mode, reachOf(working, manager));
  const sheets = [regions, units, users];
  const problems = sheets.flatMap((sheet) => sheet.problems);
  return {
    events: problems.length ? [] : sheets.flatMap((sheet) => sheet.events),
    results: problems.length ? [] : sheets.flatMap((sheet) => sheet.results),
    problems,
  };
}

export class AccountNotFound extends Refusal {
  constructor(readonly username: string) {
    super(`账号 ${username} 不存在`);
  }
}

export class OrganisationRefused extends Refusal {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.label}：${p.message}`).join('；'));
  }
}

/** An account the manager may manage; others do not exist for them. */
export function managedAccount(organisation: Organisation, manager: Manager, username: string): Account {
  const account = organisation.accounts.get(username);
  const reach = reachOf(organisation, manager);
  const region = account && regionOfAccount(organisation, account);
  if (!account || (reach && (!region || !reach.has(region)))) throw new AccountNotFound(username);
  return account;
}

export interface AccountPatch {
  displayName?: string;
  role?: Account['role'];
  department?: string | null;
  region?: string | null;
  email?: string | null;
  active?: boolean;
}

/** PATCH /api/admin/users/:username: null when nothing changes. */
export function changeAccount(organisation: Organisation, manager: Manager, username: string, patch: AccountPatch): AccountChanged | null {
  const existing = managedAccount(organisation, manager, username);
  const given = <K extends keyof AccountPatch & keyof Account>(key: K) => (patch[key] === undefined ? existing[key] : patch[key]) as Account[K];
  const next: Account = {
    username, role: given('role'), department: given('department'), region: given('region'), active: given('active'),
    displayName: given('displayName').trim(), email: normaliseEmail(given('email')),
  };
  const problems = [
    checkName(next.displayName, 'displayName', LABELS.displayName, 50), checkEmail(next.email),
    ...scopeProblems(organisation, next, existing, manager, reachOf(organisation, manager)),
    ...selfProblems(manager, existing, next),
  ].filter((p): p is FieldProblem => p !== null);
  if (problems.length) throw new OrganisationRefused(problems);
  const changes = changesOf(existing, next);
  if (!changes) return null;
  const within = regionOfAccount(organisation, next);
  return { type: 'AccountChanged', data: { username, changes, revokesTokens: revokes(changes), within } };
}

/** An admin cannot lock themselves out: no deactivating, demoting or narrowing their own account. */
function selfProblems(manager: Manager, before: Account, after: Account): FieldProblem[] {
  if (manager.username !== before.username) return [];
  if (!after.active) return [{ field: 'active', label: LABELS.active, message: '不能停用自己的账号' }];
  if (after.role !== before.role) return [{ field: 'role', label: LABELS.role, message: '不能修改自己的角色' }];
  if (after.region !== before.region) return [{ field: 'region', label: LABELS.region, message: '不能修改自己的区划' }];
  return [];
}

export function resetPassword(organisation: Organisation, manager: Manager, username: string): PasswordReset {
  const account = managedAccount(organisation, manager, username);
  return { type: 'PasswordReset', data: { username, within: regionOfAccount(organisation, account) } };
}

/** POST /api/auth/password: the current password is checked by the caller (it needs the stored hash). */
export function changePassword(organisation: Organisation, username: string, next: string, current: string): PasswordChanged {
  const account = organisation.accounts.get(username);
  if (!account) throw new AccountNotFound(username);
  const problem = checkPassword(next, username);
  if (problem) throw new OrganisationRefused([problem]);
  if (next === current) throw new OrganisationRefused([{ field: 'next', label: LABELS.next, message: '不能与当前密码相同' }]);
  return { type: 'PasswordChanged', data: { username, within: regionOfAccount(organisation, account) } };
}

export type { OrganisationEvent };
