import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Actor, Role } from '@jixiao/domain';
import { IS_PUBLIC } from './public.decorator';

interface TokenPayload {
  sub: string;
  username: string;
  role: Role;
  department: string | null;
}

@Injectable()
export class JwtGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) {
      if (isPublic) return true;
      throw new UnauthorizedException('需要登录：请在 Authorization 头中携带 Bearer 令牌');
    }
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token);
      request.actor = { username: payload.username, role: payload.role, department: payload.department } satisfies Actor;
      return true;
    } catch {
      if (isPublic) return true;
      throw new UnauthorizedException('登录令牌无效或已过期');
    }
  }
}
