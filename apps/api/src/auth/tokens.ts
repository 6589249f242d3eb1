import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Account } from './accounts';
import type { TokenPayload } from './jwt.guard';

/** Issues a token for an account: its token_version (a later change ends it) and an id (logout ends it). */
@Injectable()
export class Tokens {
  constructor(private readonly jwt: JwtService) {}

  issue(account: Account): Promise<string> {
    const payload: TokenPayload = { sub: account.actor.username, username: account.actor.username, ver: account.tokenVersion, jti: randomUUID() };
    return this.jwt.signAsync(payload);
  }
}

export function userOf(account: Account) {
  const { actor } = account;
  return {
    username: actor.username, role: actor.role, department: actor.department, region: actor.region ?? null,
    email: actor.email ?? null, displayName: account.displayName, mustChangePassword: account.mustChangePassword,
  };
}
