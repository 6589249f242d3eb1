import { DUMMY_HASH, generatePassword, hashPassword, verifyAtFullCost, verifyPassword } from './passwords';

const paramsOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('password hashes', () => {
  it('the dummy hash an unknown username is checked against costs what a chosen password costs, and matches nothing', async () => {
    expect(paramsOf(DUMMY_HASH)).toBe(paramsOf(await hashPassword('淮南-财政-管理员-2024')));
    expect(await verifyPassword('jixiao-demo', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });

  it('one-time passwords are 16 characters without look-alikes, and verify against their hash', async () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{16}$/);
    expect(await verifyPassword(password, await hashPassword(password, 'one-time'))).toBe(true);
    expect(new Set(Array.from({ length: 50 }, generatePassword)).size).toBe(50);
  });

  it('sign-in checks an unknown username and a one-time password at full cost too, and still answers right', async () => {
    expect(await verifyAtFullCost('anything-1234', undefined)).toBe(false);
    const oneTime = generatePassword();
    const stored = await hashPassword(oneTime, 'one-time');
    expect(await verifyAtFullCost(oneTime, stored)).toBe(true);
    expect(await verifyAtFullCost('wrong-password', stored)).toBe(false);
  });
});
