import { Body, Controller, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { z } from 'zod';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
import { loadAccount } from './accounts';
import type { TokenPayload } from './jwt.guard';
import { verifyPassword } from './passwords';
import { Public } from './public.decorator';

const LoginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiBody({ schema: { example: { username: 'hn-preparer', password: 'jixiao-demo' } } })
  async login(@Body() body: unknown) {
    const { username, password } = parseBody(LoginBody, body);
    const { rows } = await this.pool.query(
      'SELECT username, password_hash, active FROM users WHERE username = $1',
      [username],
    );
    const user = rows[0];
    if (!user || !user.active || !(await verifyPassword(password, user.password_hash))) {
      throw new UnauthorizedException('用户名或密码错误');
    }
    const account = (await loadAccount(this.pool, user.username))!;
    const payload: TokenPayload = { sub: user.username, username: user.username, ver: account.tokenVersion };
    const { actor } = account;
    return {
      accessToken: await this.jwt.signAsync(payload),
      user: {
        username: actor.username, role: actor.role, department: actor.department, region: actor.region ?? null,
        displayName: account.displayName, mustChangePassword: account.mustChangePassword,
      },
    };
  }
}
