import {
  applyDecorators, CallHandler, ExecutionContext, ForbiddenException, HttpException, Inject, Injectable, NestInterceptor, SetMetadata,
  UnauthorizedException, UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import { defer, lastValueFrom, Observable } from 'rxjs';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { AppendRequirement, RequirementNotMet } from '@jixiao/event-store';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { Account, loadAccount } from './accounts';
import type { TokenPayload } from './jwt.guard';

export const ACCOUNT_CHECKED_BY_COMMAND = 'accountCheckedByCommand';

/**
 * A route whose command checks the account in its append's own statement (SPEC §14: one statement per command): the
 * guard may take the account as this process last read it for the token. The route passes accountRequirementOf(request)
 * to its append and calls confirmedByAppend(request) when events were appended; ConfirmAccount does the rest. Requests
 * with an Idempotency-Key are checked by the guard as usual (a repeat answers without appending).
 */
export const AccountCheckedByCommand = () =>
  applyDecorators(SetMetadata(ACCOUNT_CHECKED_BY_COMMAND, true), UseInterceptors(ConfirmAccount));

/** The account unchanged since it was read: the same users row version, the token not ended, the same organisation. */
const ACCOUNT_UNCHANGED = {
  name: 'account-unchanged',
  sql: `EXISTS (SELECT 1 FROM users WHERE username = input->>'username' AND xmin::text = input->>'row')
    AND NOT EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = input->>'jti')
    AND (SELECT version::text FROM organisation_version WHERE only_row) = input->>'organisation'`,
};

/** Tokens whose admitted account this process remembers: a bound, not a cache policy (the oldest go first). */
const CAPACITY = 10_000;

interface CheckedRequest extends Request {
  actor: Actor;
  account: Account;
  token: TokenPayload;
  /** The token as sent, which the guard remembers the admitted account by. */
  bearerToken: string;
  /** Set when the guard took a remembered account: the command's append must confirm it. */
  accountUnconfirmed?: AppendRequirement;
  /** Set when an append that required it went through. */
  accountConfirmed?: boolean;
}

/** What the request's append must require: the remembered account unchanged; undefined when the guard read it now. */
export const accountRequirementOf = (request: Request) => (request as CheckedRequest).accountUnconfirmed;

/** The request's append went through: it confirmed the account, if it had to. */
export function confirmedByAppend(request: Request): void {
  (request as CheckedRequest).accountConfirmed = true;
}

/** What the guard refuses an account for (SPEC §16), or null: the same rules whether it was read now or remembered. */
export function refusalOf(account: Account | null, payload: TokenPayload, allowedBeforePasswordChange: boolean): HttpException | null {
  if (!account || !account.active || account.tokenVersion !== (payload.ver ?? 0) || account.revoked) {
    return new UnauthorizedException(account?.revoked ? '已退出登录，请重新登录' : '登录已失效：账号已停用或其角色、单位已变更，请重新登录');
  }
  if (account.mustChangePassword && !allowedBeforePasswordChange) {
    return new ForbiddenException({ message: '请先修改密码：新账号或重置密码后的首次登录须设置自己的密码', code: 'PASSWORD_CHANGE_REQUIRED' });
  }
  return null;
}

@Injectable()
export class AccountChecks {
  private readonly admitted = new Map<string, Account>();

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The account behind a token, read now; remembered for the token when it would be admitted everywhere. */
  async read(token: string, payload: TokenPayload): Promise<Account | null> {
    const account = await loadAccount(this.pool, payload.username, payload.jti);
    this.admitted.delete(token);
    if (account && refusalOf(account, payload, false) === null) {
      this.admitted.set(token, account);
      if (this.admitted.size > CAPACITY) this.admitted.delete(this.admitted.keys().next().value as string);
    }
    return account;
  }

  /** The account last read for this token, if it was admitted then; a route that takes it must confirm it. */
  remembered(token: string): Account | undefined {
    return this.admitted.get(token);
  }

  /** What a command's append requires of a remembered account. */
  unchanged(account: Account, payload: TokenPayload): AppendRequirement {
    return { ...ACCOUNT_UNCHANGED, input: { username: account.actor.username, row: account.rowVersion, jti: payload.jti ?? '', organisation: account.organisationVersion } };
  }

  /**
   * Runs a route's handler (again, for each call of `handle`). With a remembered account its answer stands only when its
   * append confirmed the account; otherwise (nothing appended, a refusal, bad input, the account changed) the account
   * is read again under the guard's rules, and the handler runs once more, for the account as it is now, if that
   * differs: a remembered account never decides an answer on its own.
   */
  async runChecked<T>(request: Request, handle: () => Promise<T>): Promise<T> {
    const checked = request as CheckedRequest;
    const remembered = checked.account;
    if (!checked.accountUnconfirmed) return handle();
    let answer: T | undefined;
    let failed = false;
    let failure: unknown;
    try {
      answer = await handle();
      if (checked.accountConfirmed) return answer;
    } catch (error) {
      [failed, failure] = [true, error];
    }
    const now = await this.read(checked.bearerToken, checked.token);
    const refusal = refusalOf(now, checked.token, false);
    if (refusal) throw refusal;
    checked.actor = now!.actor;
    checked.account = now!;
    checked.accountUnconfirmed = undefined;
    const same = now!.rowVersion === remembered.rowVersion && now!.organisationVersion === remembered.organisationVersion;
    if (!same || failure instanceof RequirementNotMet) return handle();
    if (failed) throw failure;
    return answer as T;
  }
}

/** See AccountCheckedByCommand. */
@Injectable()
export class ConfirmAccount implements NestInterceptor {
  constructor(private readonly accounts: AccountChecks) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return defer(() => this.accounts.runChecked(request, () => lastValueFrom(next.handle())));
  }
}
