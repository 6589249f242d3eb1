import { VerifiedTokens } from './verified-tokens';
import type { TokenPayload } from './jwt.guard';

describe('VerifiedTokens', () => {
  const payload = (exp: number, extra: object = {}): TokenPayload => ({ sub: 'hn-preparer', username: 'hn-preparer', ver: 0, jti: 'j', exp, ...extra });

  it('checks a token once, and again only when its text differs', async () => {
    const verify = jest.fn(async (token: string) => payload(2000, { jti: token }));
    const tokens = new VerifiedTokens(verify, 10, () => 1000_000);
    expect((await tokens.payloadOf('a')).jti).toBe('a');
    expect((await tokens.payloadOf('a')).jti).toBe('a');
    expect((await tokens.payloadOf('b')).jti).toBe('b');
    expect(verify.mock.calls.map(([token]) => token)).toEqual(['a', 'b']);
  });

  it('refuses a remembered token from the second it expires, as jsonwebtoken does', async () => {
    let now = 1_999_000;
    const verify = jest.fn(async () => {
      if (Math.floor(now / 1000) >= 2000) throw new Error('jwt expired');
      return payload(2000);
    });
    const tokens = new VerifiedTokens(verify, 10, () => now);
    await tokens.payloadOf('a');
    now = 1_999_999;
    await expect(tokens.payloadOf('a')).resolves.toMatchObject({ exp: 2000 });
    now = 2_000_000;
    await expect(tokens.payloadOf('a')).rejects.toThrow('jwt expired');
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('never remembers a refusal, nor a token not yet valid', async () => {
    const verify = jest.fn(async (token: string) => {
      if (token === 'forged') throw new Error('invalid signature');
      return payload(5000, { nbf: 3000 });
    });
    const tokens = new VerifiedTokens(verify, 10, () => 1000_000);
    await expect(tokens.payloadOf('forged')).rejects.toThrow('invalid signature');
    await expect(tokens.payloadOf('forged')).rejects.toThrow('invalid signature');
    await tokens.payloadOf('early');
    await tokens.payloadOf('early');
    expect(verify).toHaveBeenCalledTimes(4);
  });

  it('holds at most its capacity, forgetting the oldest first', async () => {
    const verify = jest.fn(async (token: string) => payload(5000, { jti: token }));
    const tokens = new VerifiedTokens(verify, 2, () => 1000_000);
    for (const token of ['a', 'b', 'c', 'b', 'a']) await tokens.payloadOf(token);
    expect(verify.mock.calls.map(([token]) => token)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('hands out a payload no request can change for the next', async () => {
    const tokens = new VerifiedTokens(async () => payload(5000), 10, () => 1000_000);
    const first = await tokens.payloadOf('a');
    expect(Object.isFrozen(first)).toBe(true);
  });
});
