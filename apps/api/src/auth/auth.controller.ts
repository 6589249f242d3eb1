import { Body, Controller, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { z } from 'zod';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
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
      'SELECT username, password_hash, role, department, display_name FROM users WHERE username = $1',
      [username],
    );
    const user = rows[0];
    if (!user || !(await verifyPassword(password, user.password_hash))) {
      throw new UnauthorizedException('用户名或密码错误');
    }
    const payload = { sub: user.username, username: user.username, role: user.role, department: user.department };
    return {
      accessToken: await this.jwt.signAsync(payload),
      user: { username: user.username, role: user.role, department: user.department, displayName: user.display_name },
    };
  }
}
