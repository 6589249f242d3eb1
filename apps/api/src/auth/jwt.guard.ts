import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ACCOUNT_CHECKED_BY_COMMAND, AccountChecks, refusalOf } from './account-checks';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC, REPEATS_WITH_ENDED_TOKEN } from './public.decorator';
import { VerifiedTokens } from './verified-tokens';

export interface TokenPayload {
  sub: string;
  username: string;
  /** The account's token_version when the token was issued. */
  ver?: number;
  /** The token's id: logout records it as ended. */
  jti?: string;
  exp?: number;
}

@Injectable()
export class JwtGuard implements CanActivate {
  private readonly tokens: VerifiedTokens;

  constructor(
    jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly accounts: AccountChecks,
  ) {
    this.tokens = new VerifiedTokens((token) => jwt.verifyAsync<TokenPayload>(token));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) {
      if (isPublic) return true;
      throw new UnauthorizedException('需要登录：请在 Authorization 头中携带 Bearer 令牌');
    }
    let payload: Readonly<TokenPayload>;
    try {
      payload = await this.tokens.payloadOf(token);
    } catch {
      if (isPublic) return true;
      throw new UnauthorizedException('登录令牌无效或已过期');
    }
    const handlers = [context.getHandler(), context.getClass()];
    // A report command's append checks the account itself (AccountChecks.runChecked): one statement per command.
    const deferred = this.reflector.getAllAndOverride<boolean>(ACCOUNT_CHECKED_BY_COMMAND, handlers) && !request.headers['idempotency-key'];
    const remembered = deferred ? this.accounts.remembered(token) : undefined;
    const account = remembered ?? (await this.accounts.read(token, payload));
    const allowed = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, handlers);
    const refusal = refusalOf(account, payload, allowed || isPublic);
    if (refusal instanceof UnauthorizedException && isPublic) return true;
    const endedByItsRoute = refusal instanceof UnauthorizedException && account?.active && !account.revoked
      && (payload.ver ?? 0) < account.tokenVersion && request.headers['idempotency-key'] !== undefined
      && this.reflector.getAllAndOverride<boolean>(REPEATS_WITH_ENDED_TOKEN, handlers);
    if (endedByItsRoute) request.endedTokenRefusal = refusal;
    else if (refusal) throw refusal;
    request.actor = account!.actor;
    request.account = account;
    request.token = payload;
    request.bearerToken = token;
    if (remembered) request.accountUnconfirmed = this.accounts.unchanged(remembered, payload);
    return true;
  }
}
