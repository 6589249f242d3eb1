import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { z } from 'zod';
import {
  changeAccount, planOrganisation, reachOf, regionOfAccount, resetPassword, type Actor, type Organisation, type OrganisationEvent,
} from '@jixiao/domain';
import { generatePassword, hashPassword, OrganisationStore, type ChangeOptions } from '@jixiao/organisation';
import { CurrentActor } from '../auth/current-actor';
import { Idempotency } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
import { answerOnce, type ChangeRequest } from './answer-once';
import { asHttp, managerOf, refuseIfAny } from './manager';
import { SealedReplies } from './sealed-replies';

const ROLE = z.enum(['preparer', 'head', 'reviewer', 'auditor', 'admin']);
const code = z.string().max(64).nullish().transform((value) => (value?.trim() ? value.trim() : null));
export const CreateBody = z.strictObject({
  username: z.string().max(64), displayName: z.string().max(200), role: ROLE,
  department: code, region: code, email: z.string().max(300).nullish(),
});
export const PatchBody = z.strictObject({
  displayName: z.string().max(200).optional(), role: ROLE.optional(), department: code.optional(), region: code.optional(),
  email: z.string().max(300).nullish(), active: z.boolean().optional(),
});
export const UserListQuery = z.strictObject({ q: z.string().max(100).optional(), role: ROLE.optional(), active: z.enum(['true', 'false']).optional() });

type Request = { correlationId: string };

/** SPEC §16 accounts: create (a one-time password, shown once), edit, deactivate, reset the password. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class UsersController {
  constructor(
    private readonly store: OrganisationStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly idempotency: Idempotency,
    private readonly seal: SealedReplies,
  ) {}

  @Get()
  async list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const manager = managerOf(actor);
    const { q, role, active } = parseBody(UserListQuery, query);
    const organisation = await this.store.read();
    const reach = reachOf(organisation, manager);
    const flags = await this.flags();
    return [...organisation.accounts.values()]
      .filter((a) => !reach || reach.has(regionOfAccount(organisation, a) ?? ''))
      .filter((a) => (!role || a.role === role) && (!active || String(a.active) === active))
      .filter((a) => !q || a.username.includes(q) || a.displayName.includes(q) || (a.email ?? '').includes(q.toLowerCase()))
      .sort((a, b) => a.username.localeCompare(b.username))
      .map((a) => ({ ...a, mustChangePassword: flags.get(a.username) ?? false }));
  }

  @Post()
  @ApiBody({ schema: { example: { username: 'hn-preparer2', displayName: '淮南市政府办填表人二', role: 'preparer', department: '009', email: 'zhang@example.cn' } } })
  async create(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: ChangeRequest, @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    const { username, displayName, role, department, region, email } = parseBody(CreateBody, body);
    const oneTimePassword = generatePassword();
    const hashes = new Map([[username, await hashPassword(oneTimePassword, 'one-time')]]);
    const row = { row: 1, username, displayName, role, department, region, email: email ?? null };
    type Created = { account: Extract<OrganisationEvent, { type: 'AccountCreated' }>['data'] | null };
    const change = (options: ChangeOptions<Created>) => this.store.change(actor, options, (organisation) => {
      const plan = planOrganisation(organisation, { regions: [], units: [], users: [row] }, manager, 'create');
      refuseIfAny(plan.problems);
      const created = plan.events[0];
      return { events: plan.events, hashes, result: { account: created.type === 'AccountCreated' ? created.data : null } };
    });
    return answerOnce(this.answering(), req, res, 201, change, ({ account }) => {
      const { within: _, ...user } = account!;
      return { user, oneTimePassword };
    });
  }

  @Patch(':username')
  @ApiBody({ schema: { example: { role: 'reviewer', department: null, region: '340400' } } })
  async change(@Param('username') username: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request) {
    const manager = managerOf(actor);
    const patch = parseBody(PatchBody, body);
    const { account } = await asHttp(() => this.store.change(actor, { correlationId: req.correlationId }, (organisation) => {
      const event = changeAccount(organisation, manager, username, patch);
      return { events: event ? [event] : [], result: { account: accountAfter(organisation, username, event?.data.changes) } };
    }));
    return { ...account, mustChangePassword: (await this.flags()).get(username) ?? false };
  }

  @Post(':username/reset-password')
  @HttpCode(200)
  async reset(@Param('username') username: string, @CurrentActor() actor: Actor, @Req() req: ChangeRequest, @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    const oneTimePassword = generatePassword();
    const hashes = new Map([[username, await hashPassword(oneTimePassword, 'one-time')]]);
    const change = (options: ChangeOptions) => asHttp(() => this.store.change(actor, options, (organisation) => (
      { events: [resetPassword(organisation, manager, username)], hashes, result: {} }
    )));
    return answerOnce(this.answering(), req, res, 200, change, () => ({ username, oneTimePassword }));
  }

  /** Replies that hold a one-time password are kept sealed for their Idempotency-Key. */
  private answering() {
    return { idempotency: this.idempotency, pool: this.pool, seal: this.seal };
  }

  private async flags(): Promise<Map<string, boolean>> {
    const { rows } = await this.pool.query('SELECT username, must_change_password FROM users');
    return new Map(rows.map((row) => [row.username, row.must_change_password]));
  }
}

function accountAfter(organisation: Organisation, username: string, changes: object | undefined) {
  const account = { ...organisation.accounts.get(username)! } as Record<string, unknown>;
  for (const [key, change] of Object.entries(changes ?? {})) account[key] = (change as { to: unknown }).to;
  return account;
}
