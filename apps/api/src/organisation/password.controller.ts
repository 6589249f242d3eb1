import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { z } from 'zod';
import { changePassword, InvalidInput, type Actor } from '@jixiao/domain';
import { hashPassword, OrganisationStore, verifyPassword } from '@jixiao/organisation';
import { loadAccount } from '../auth/accounts';
import { Tokens, userOf } from '../auth/tokens';
import { CurrentActor } from '../auth/current-actor';
import { AllowedBeforePasswordChange } from '../auth/public.decorator';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
import { asHttp } from './manager';

export const PasswordBody = z.strictObject({ current: z.string().min(1).max(200), next: z.string().max(200) });

/** SPEC §16: the account chooses its own password (required after creation or a reset); its older tokens end. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class PasswordController {
  constructor(
    private readonly store: OrganisationStore,
    private readonly tokens: Tokens,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Post('password')
  @HttpCode(200)
  @AllowedBeforePasswordChange()
  @ApiBody({ schema: { example: { current: '一次性密码', next: '至少10位且不常见的新密码' } } })
  async change(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: { correlationId: string }) {
    const { current, next } = parseBody(PasswordBody, body);
    const { rows } = await this.pool.query('SELECT password_hash FROM users WHERE username = $1', [actor.username]);
    if (!(await verifyPassword(current, rows[0].password_hash))) {
      throw new InvalidInput([{ path: 'current', message: '当前密码：不正确' }]);
    }
    const hashes = new Map([[actor.username, await hashPassword(next)]]);
    await asHttp(() => this.store.change(actor, { correlationId: req.correlationId }, (organisation) => (
      { events: [changePassword(organisation, actor.username, next, current)], hashes, result: {} }
    )));
    const account = (await loadAccount(this.pool, actor.username))!;
    return { accessToken: await this.tokens.issue(account), user: userOf(account) };
  }
}
