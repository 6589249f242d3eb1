import { Body, Controller, HttpCode, HttpException, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { z } from 'zod';
import { changePassword, InvalidInput, type Actor } from '@jixiao/domain';
import { hashPassword, OrganisationStore, verifyPassword } from '@jixiao/organisation';
import type { Account } from '../auth/accounts';
import { Tokens, userOf } from '../auth/tokens';
import { CurrentActor } from '../auth/current-actor';
import { AllowedBeforePasswordChange, RepeatsWithEndedToken } from '../auth/public.decorator';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { Idempotency, type Reply } from '../http/idempotency';
import { parseBody } from '../http/parse-body';
import type { ChangeRequest } from './answer-once';
import { asHttp } from './manager';
import { SealedReplies } from './sealed-replies';

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
    private readonly idempotency: Idempotency,
    private readonly seal: SealedReplies,
  ) {}

  /**
   * Answers with a token of the account's new token version, issued in the change's transaction, where the reply is
   * recorded (sealed: it holds the token) for an Idempotency-Key: a repeat returns that token and changes nothing. The
   * repeat may come with the token the change ended (the client lost the reply): that is answered from the record only.
   */
  @Post('password')
  @HttpCode(200)
  @AllowedBeforePasswordChange()
  @RepeatsWithEndedToken()
  @ApiBody({ schema: { example: { current: '一次性密码', next: '至少10位且不常见的新密码' } } })
  async change(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: ChangeRequest & { account: Account; endedTokenRefusal?: HttpException },
    @Res({ passthrough: true }) res: Response) {
    const { current, next } = parseBody(PasswordBody, body);
    return this.idempotency.run(req, res, async (record) => {
      if (req.endedTokenRefusal) throw req.endedTokenRefusal;
      const { rows } = await this.pool.query('SELECT password_hash FROM users WHERE username = $1', [actor.username]);
      if (!(await verifyPassword(current, rows[0].password_hash))) {
        throw new InvalidInput([{ path: 'current', message: '当前密码：不正确' }]);
      }
      const hashes = new Map([[actor.username, await hashPassword(next)]]);
      let reply: Reply | undefined;
      const alsoInTransaction = async (tx: Parameters<NonNullable<typeof record>>[0]) => {
        const changed = await tx.query('SELECT token_version FROM users WHERE username = $1', [actor.username]);
        const account: Account = { ...req.account, tokenVersion: changed.rows[0].token_version, mustChangePassword: false };
        reply = { status: 200, body: { accessToken: await this.tokens.issue(account), user: userOf(account) } };
        await record?.(tx, reply);
      };
      await asHttp(() => this.store.change(actor, { correlationId: req.correlationId, alsoInTransaction }, (organisation) => (
        { events: [changePassword(organisation, actor.username, next, current)], hashes, result: {} }
      )));
      return reply!;
    }, this.seal);
  }
}
