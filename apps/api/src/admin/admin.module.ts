import { Inject, MiddlewareConsumer, Module, NestModule, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import { loadAccount } from '../auth/accounts';
import { AuthModule } from '../auth/auth.module';
import type { TokenPayload } from '../auth/jwt.guard';
import { PG_POOL, REPORT_JOBS } from '../infrastructure/infrastructure.module';

export const QUEUES_PATH = '/api/admin/queues';
const COOKIE = 'jixiao_admin';

const bearerOf = (req: Request) => {
  const header = req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7) : null;
};

const cookieOf = (req: Request) => {
  const pair = (req.header('cookie') ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith(`${COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(COOKIE.length + 1)) : null;
};

/** bull-board for admins; a browser may pass the token as ?token= since it cannot set a header on navigation. */
@Module({ imports: [AuthModule] })
export class AdminModule implements NestModule {
  constructor(
    @Inject(REPORT_JOBS) private readonly queue: Queue,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly jwt: JwtService,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const board = new ExpressAdapter();
    board.setBasePath(QUEUES_PATH);
    createBullBoard({ queues: [new BullMQAdapter(this.queue)], serverAdapter: board });
    consumer.apply(this.adminOnly(), board.getRouter()).forRoutes('admin/queues');
  }

  private adminOnly() {
    return async (req: Request, res: Response, next: NextFunction) => {
      const fromQuery = typeof req.query.token === 'string' ? req.query.token : null;
      const token = bearerOf(req) ?? fromQuery ?? cookieOf(req);
      try {
        if (!token) throw new UnauthorizedException('需要管理员登录');
        const payload = await this.jwt.verifyAsync<TokenPayload>(token);
        // The token names the account only: its role and standing are read now, as the API's guard does.
        const account = await loadAccount(this.pool, payload.username, payload.jti);
        if (!account || !account.active || account.revoked || account.tokenVersion !== (payload.ver ?? 0)) {
          throw new UnauthorizedException('登录已失效，请重新登录');
        }
        if (account.actor.role !== 'admin' || account.mustChangePassword) throw new ForbiddenException('只有系统管理员可以查看任务队列');
        // The board's page then calls its own API without the query string: the cookie carries the token there.
        if (fromQuery) res.cookie(COOKIE, fromQuery, { path: QUEUES_PATH, httpOnly: true, sameSite: 'strict', secure: req.secure });
        next();
      } catch (error) {
        next(error instanceof UnauthorizedException || error instanceof ForbiddenException ? error : new UnauthorizedException('登录令牌无效或已过期'));
      }
    };
  }
}
