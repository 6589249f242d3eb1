import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { z } from 'zod';
import { ORGANISATION_STREAM, reachOf, regionOfAccount, type Actor } from '@jixiao/domain';
import { OrganisationStore } from '@jixiao/organisation';
import { CurrentActor } from '../auth/current-actor';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { parseBody } from '../http/parse-body';
import { managerOf } from './manager';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const instant = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), '应为日期（YYYY-MM-DD）或 ISO 时间');
export const AuditQuery = z.strictObject({ username: z.string().max(64).optional(), from: instant.optional(), to: instant.optional() });
export const SignInQuery = z.strictObject({
  username: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure', 'locked']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** `to` as a day includes that whole day. */
const endOf = (value: string) => (DAY.test(value) ? new Date(Date.parse(value) + 86400000).toISOString() : new Date(value).toISOString());

/** SPEC §16: every organisation and account change with its actor; every sign-in, failure and lockout. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class RecordsController {
  constructor(
    private readonly store: OrganisationStore,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get('audit')
  async audit(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const manager = managerOf(actor);
    const { username, from, to } = parseBody(AuditQuery, query);
    const reach = reachOf(await this.store.read(), manager);
    const params: unknown[] = [ORGANISATION_STREAM];
    const where = ['stream_id = $1'];
    const add = (sql: (n: string) => string, value: unknown) => { params.push(value); where.push(sql(`$${params.length}`)); };
    if (username) add((n) => `(data->>'username' = ${n} OR metadata->'actor'->>'username' = ${n})`, username);
    if (from) add((n) => `recorded_at >= ${n}`, new Date(from).toISOString());
    if (to) add((n) => `recorded_at < ${n}`, endOf(to));
    if (reach) add((n) => `data->>'within' = ANY(${n})`, [...reach]);
    const { rows } = await this.pool.query(
      `SELECT position, type, data, metadata, recorded_at FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT 5000`, params,
    );
    return rows.map((row) => {
      const { within: _, ...data } = row.data;
      return { position: String(row.position), type: row.type, at: row.metadata.at ?? row.recorded_at, actor: row.metadata.actor, data };
    });
  }

  @Get('sign-ins')
  async signIns(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const manager = managerOf(actor);
    const { username, outcome, page, pageSize } = parseBody(SignInQuery, query);
    const organisation = await this.store.read();
    const reach = reachOf(organisation, manager);
    const params: unknown[] = [];
    const where = ['TRUE'];
    const add = (sql: (n: string) => string, value: unknown) => { params.push(value); where.push(sql(`$${params.length}`)); };
    if (username) add((n) => `username = ${n}`, username);
    if (outcome) add((n) => `outcome = ${n}`, outcome);
    if (reach) {
      const within = [...organisation.accounts.values()].filter((a) => reach.has(regionOfAccount(organisation, a) ?? '')).map((a) => a.username);
      add((n) => `username = ANY(${n})`, within);
    }
    const total = Number((await this.pool.query(`SELECT count(*) AS n FROM sign_ins WHERE ${where.join(' AND ')}`, params)).rows[0].n);
    const { rows } = await this.pool.query(
      `SELECT id, at, username, address, outcome, known FROM sign_ins WHERE ${where.join(' AND ')}
       ORDER BY at DESC, id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params,
    );
    return { items: rows.map((row) => ({ ...row, id: String(row.id), at: new Date(row.at).toISOString() })), total };
  }
}
