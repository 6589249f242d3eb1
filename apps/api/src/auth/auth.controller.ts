import { Body, Controller, HttpCode, HttpException, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Pool } from 'pg';
import { z } from 'zod';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
import { loadAccount } from './accounts';
import type { TokenPayload } from './jwt.guard';
import { verifyAtFullCost } from './passwords';
import { AllowedBeforePasswordChange, Public } from './public.decorator';
import { lockedFor, recordSignIn } from './sign-ins';
import { Tokens, userOf } from './tokens';

export const LoginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly tokens: Tokens,
  ) {}

  /**
   * SPEC §16: throttled per username and per address; an unknown or inactive username is checked against a dummy
   * hash, so it is refused exactly as a wrong password is, in as long.
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiBody({ schema: { example: { username: 'hn-preparer', password: 'jixiao-demo' } } })
  async login(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { username, password } = parseBody(LoginBody, body);
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const { rows } = await this.pool.query('SELECT password_hash, active FROM users WHERE username = $1', [username]);
    const user = rows[0];
    const wait = await lockedFor(this.pool, username, address);
    if (wait > 0) {
      await recordSignIn(this.pool, username, address, 'locked', !!user);
      res.setHeader('Retry-After', String(wait));
      throw new HttpException({ title: '登录尝试过多', message: `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, code: 'SIGN_IN_THROTTLED' }, 429);
    }
    const matches = await verifyAtFullCost(password, user?.password_hash);
    if (!user || !user.active || !matches) {
      await recordSignIn(this.pool, username, address, 'failure', !!user);
      throw new UnauthorizedException('用户名或密码错误');
    }
    await recordSignIn(this.pool, username, address, 'success', true);
    const account = (await loadAccount(this.pool, username))!;
    return { accessToken: await this.tokens.issue(account), user: userOf(account) };
  }

  /** SPEC §16: ends the token it is called with; the account's other tokens go on. */
  @Post('logout')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  async logout(@Req() req: Request & { token: TokenPayload }) {
    const { jti, exp } = req.token;
    if (!jti) return;
    await this.pool.query(
      `WITH gone AS (DELETE FROM revoked_tokens WHERE expires_at < now())
       INSERT INTO revoked_tokens (jti, expires_at) VALUES ($1, to_timestamp($2)) ON CONFLICT (jti) DO NOTHING`,
      [jti, exp ?? Math.floor(Date.now() / 1000) + 12 * 3600],
    );
  }
}
