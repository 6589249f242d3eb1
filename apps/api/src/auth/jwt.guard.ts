import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Pool } from 'pg';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { loadAccount } from './accounts';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC } from './public.decorator';
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
    @Inject(PG_POOL) private readonly pool: Pool,
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
    const account = await loadAccount(this.pool, payload.username, payload.jti);
    if (!account || !account.active || account.tokenVersion !== (payload.ver ?? 0) || account.revoked) {
      if (isPublic) return true;
      throw new UnauthorizedException(account?.revoked ? '已退出登录，请重新登录' : '登录已失效：账号已停用或其角色、单位已变更，请重新登录');
    }
    const allowed = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, [context.getHandler(), context.getClass()]);
    if (account.mustChangePassword && !allowed && !isPublic) {
      throw new ForbiddenException({ message: '请先修改密码：新账号或重置密码后的首次登录须设置自己的密码', code: 'PASSWORD_CHANGE_REQUIRED' });
    }
    request.actor = account.actor;
    request.account = account;
    request.token = payload;
    return true;
  }
}
