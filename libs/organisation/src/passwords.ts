import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash (OWASP's minimum is 2^17 with r=8 p=1 at 64 MiB; we trade
// some of that for a login under 100 ms on the 2-core machine).
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

// A generated one-time password carries ≈ 92 random bits: no guessing attack needs slowing down, and a bulk import of
// a thousand accounts must not spend a minute hashing. A chosen password always gets the full cost.
const ONE_TIME = { ...PARAMS, N: 2 ** 10 };

export async function hashPassword(password: string, kind: 'chosen' | 'one-time' = 'chosen'): Promise<string> {
  const params = kind === 'chosen' ? PARAMS : ONE_TIME;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * A stored hash of no account's password, with the same parameters: an unknown username is checked against it, so
 * it takes as long to refuse as a wrong password (SPEC §16).
 */
export const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$3tV8nbqh0kTqUaNn1qxzJyQyLfgsoFvZ1ZbIJdG8ouE=';

// No 0/O, 1/l/I: a one-time password is read off a screen and typed.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: 16 characters, ≈ 92 bits. */
export function generatePassword(): string {
  const bytes = randomBytes(32);
  let password = '';
  for (const byte of bytes) {
    if (byte < 224) password += ALPHABET[byte % ALPHABET.length];
    if (password.length === 16) break;
  }
  return password.length === 16 ? password : generatePassword();
}

/**
 * Sign-in's check: against a one-time password's cheaper hash it also does a full-cost check of the dummy hash, so
 * no answer comes sooner than a chosen password's (or an unknown username's) would.
 */
export async function verifyAtFullCost(password: string, stored: string | undefined): Promise<boolean> {
  if (!stored) return verifyPassword(password, DUMMY_HASH).then(() => false);
  const matches = await verifyPassword(password, stored);
  if (Number(stored.split('$')[1]) < PARAMS.N) await verifyPassword(password, DUMMY_HASH);
  return matches;
}
