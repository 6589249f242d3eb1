import fc from 'fast-check';
import { changeAccount, OrganisationRefused, planOrganisation } from './decide';
import { evolveOrganisation } from './evolve';
import { emptyOrganisation, type Organisation } from './organisation';
import type { AccountRow, Manager, OrganisationInput, RegionRow, UnitRow } from './plan';
import { checkPassword } from './rules';

const root: Manager = { username: 'admin', region: null };
const huainanAdmin: Manager = { username: 'hn-admin', region: '340400' };
const none: OrganisationInput = { regions: [], units: [], users: [] };
const region = (row: number, code: string, parentCode: string | null, name = `${code}财政局`): RegionRow => ({ row, code, name, parentCode });
const department = (row: number, code: string, regionCode: string | null, parentCode: string | null = null): UnitRow =>
  ({ row, code, name: `${code}单位`, regionCode, parentCode });
const user = (row: number, username: string, role: string, scope: { department?: string; region?: string } = {}, email: string | null = null): AccountRow =>
  ({ row, username, displayName: `${username}姓名`, role, department: scope.department ?? null, region: scope.region ?? null, email });

function demo(): Organisation {
  const organisation = emptyOrganisation();
  const plan = planOrganisation(organisation, {
    regions: [region(2, 'demo', null), region(3, '340400', 'demo'), region(4, '431200', 'demo')],
    units: [department(2, '009', '340400'), department(3, 'hhbj', '431200')],
    users: [user(2, 'hn-preparer', '填表人', { department: '009' }), user(3, 'admin', '管理员')],
  }, root, 'upsert');
  expect(plan.problems).toEqual([]);
  plan.events.forEach((event) => evolveOrganisation(organisation, event));
  return organisation;
}

const problemsOf = (input: Partial<OrganisationInput>, manager = root, mode: 'create' | 'upsert' = 'upsert') => {
  const plan = planOrganisation(demo(), { ...none, ...input }, manager, mode);
  if (plan.problems.length) expect(plan.events).toEqual([]);
  return plan.problems.map(({ sheet, row, label }) => `${sheet}:${row}:${label}`);
};

describe('planOrganisation (SPEC §16)', () => {
  it('adds regions parents first, whatever the order of the rows', () => {
    const plan = planOrganisation(demo(), { ...none, regions: [region(2, '340421', '340422'), region(3, '340422', '340400')] }, root, 'create');
    expect(plan.events.map((e) => e.type === 'RegionAdded' && e.data.code)).toEqual(['340422', '340421']);
    expect(plan.results.map((r) => [r.row, r.outcome])).toEqual([[3, 'created'], [2, 'created']]);
  });

  it('refuses an unknown parent, a cycle, a duplicate code and an existing code in create mode', () => {
    expect(problemsOf({ regions: [region(2, 'x1', 'nowhere')] })).toEqual(['区划:2:上级区划编码']);
    expect(problemsOf({ regions: [region(2, 'a1', 'b1'), region(3, 'b1', 'a1')] })).toEqual(['区划:2:上级区划编码', '区划:3:上级区划编码']);
    expect(problemsOf({ regions: [region(2, 'demo', '340400')] })).toEqual(['区划:2:上级区划编码']);
    expect(problemsOf({ regions: [region(2, 'c1', 'demo'), region(3, 'c1', 'demo')] })).toEqual(['区划:3:区划编码']);
    expect(problemsOf({ regions: [region(2, '340400', 'demo')] }, root, 'create')).toEqual(['区划:2:区划编码']);
  });

  it('refuses a role that does not match its scope, an unknown role and unknown codes', () => {
    expect(problemsOf({ users: [user(2, 'rev1', '财政审核人', { department: '009', region: 'demo' })] })).toEqual(['用户:2:所属单位编码']);
    expect(problemsOf({ users: [user(2, 'prep1', '填表人')] })).toEqual(['用户:2:所属单位编码']);
    expect(problemsOf({ users: [user(2, 'prep1', '科长', { department: '009' })] })).toEqual(['用户:2:角色']);
    expect(problemsOf({ users: [user(2, 'prep1', '填表人', { department: '404' })] })).toEqual(['用户:2:所属单位编码']);
    expect(problemsOf({ users: [user(2, 'x', '审计', { region: 'demo' })] })).toEqual(['用户:2:用户名']);
  });

  it('one bad row anywhere: no events at all, every problem listed', () => {
    const problems = problemsOf({
      regions: [region(2, '340421', '340400')],
      units: [department(2, '010', '340421'), department(3, '010001', null, '010')],
      users: [user(2, 'new-preparer', '填表人', { department: '010' }), user(3, 'bad reviewer', '财政审核人', { region: '340421' })],
    });
    expect(problems).toEqual(['用户:3:用户名']);
  });

  it('updates an existing account in upsert mode and says whether its tokens end', () => {
    const plan = planOrganisation(demo(), { ...none, users: [user(2, 'hn-preparer', '单位负责人', { department: '009' })] }, root, 'upsert');
    expect(plan.events).toEqual([expect.objectContaining({ type: 'AccountChanged', data: expect.objectContaining({ revokesTokens: true }) })]);
    expect(plan.results[0].outcome).toBe('updated');
  });

  it('a region admin manages only that region and its sub-regions', () => {
    expect(problemsOf({ units: [department(2, '020', '340400')] }, huainanAdmin)).toEqual([]);
    expect(problemsOf({ units: [department(2, '020', '431200')] }, huainanAdmin)).toEqual(['单位:2:所属区划编码']);
    expect(problemsOf({ regions: [region(2, 'top', null)] }, huainanAdmin)).toEqual(['区划:2:上级区划编码']);
    expect(problemsOf({ users: [user(2, 'hh-auditor', '审计', { region: '431200' })] }, huainanAdmin)).toEqual(['用户:2:所属区划编码']);
    expect(problemsOf({ users: [user(2, 'super', '管理员')] }, huainanAdmin)).toEqual(['用户:2:所属区划编码']);
  });

  it('property: any plan with a problem has no events', () => {
    const code = fc.oneof(fc.constantFrom('demo', '340400', '009', '', 'a b', 'x'.repeat(40)), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(fc.tuple(code, fc.option(code)), { maxLength: 5 }), (rows) => {
      const plan = planOrganisation(demo(), { ...none, regions: rows.map(([c, p], i) => region(i + 2, c, p)) }, root, 'upsert');
      return plan.problems.length === 0 || plan.events.length === 0;
    }));
  });
});

describe('changeAccount', () => {
  it('a role change without its scope names the field; an admin cannot deactivate themselves', () => {
    expect(() => changeAccount(demo(), root, 'hn-preparer', { role: 'reviewer' })).toThrow(OrganisationRefused);
    expect(() => changeAccount(demo(), root, 'admin', { active: false })).toThrow('不能停用自己的账号');
    const event = changeAccount(demo(), root, 'hn-preparer', { role: 'reviewer', department: null, region: '340400' });
    expect(event?.data.changes.role).toEqual({ from: 'preparer', to: 'reviewer' });
    expect(changeAccount(demo(), root, 'hn-preparer', { displayName: 'hn-preparer姓名' })).toBeNull();
  });
});

describe('checkPassword', () => {
  it.each([['short12345'.slice(0, 9)], ['hn-preparer'], ['1234567890'], ['Password123'], ['aaaaaaaaaaaa']])('refuses %p', (password) =>
    expect(checkPassword(password, 'hn-preparer')).not.toBeNull());
  it('accepts a long uncommon password', () => expect(checkPassword('淮南绩效-2024-春', 'hn-preparer')).toBeNull());
});
