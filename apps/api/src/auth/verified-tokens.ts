import type { TokenPayload } from './jwt.guard';

const CAPACITY = 10_000;

/**
 * The tokens whose signature this process has already checked, by their exact text. A signature under the process's
 * one key is valid or not for good, so it is checked once per token; what changes with time is checked at every use,
 * as jsonwebtoken does (`exp`, `nbf`, in whole seconds). The account behind a token is still read at every request
 * (the guard's loadAccount): this spares only the HMAC and the decoding of the token.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Readonly<TokenPayload>>();

  constructor(
    private readonly verify: (token: string) => Promise<TokenPayload>,
    private readonly capacity = CAPACITY,
    private readonly now: () => number = Date.now,
  ) {}

  /** The token's payload; rejects as `verify` does for a bad signature, and for an expired or not yet valid token. */
  async payloadOf(token: string): Promise<Readonly<TokenPayload>> {
    const known = this.entries.get(token);
    if (known) {
      if (this.inForce(known)) return known;
      this.entries.delete(token);
    }
    const payload = Object.freeze(await this.verify(token));
    if (this.inForce(payload)) {
      this.entries.set(token, payload);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return payload;
  }

  /** jsonwebtoken's own rule: expired from the second `exp`, valid from the second `nbf`. */
  private inForce(payload: TokenPayload & { nbf?: number }): boolean {
    const seconds = Math.floor(this.now() / 1000);
    if (payload.exp !== undefined && (typeof payload.exp !== 'number' || seconds >= payload.exp)) return false;
    return payload.nbf === undefined || (typeof payload.nbf === 'number' && seconds >= payload.nbf);
  }
}
