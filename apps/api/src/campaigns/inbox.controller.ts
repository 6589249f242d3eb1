import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import { CurrentActor } from '../auth/current-actor';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { ReadSource } from '../infrastructure/read-source';
import { Clock } from './clock';
import { readInbox } from './queries/inbox';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool, private readonly clock: Clock, private readonly reads: ReadSource) {}

  @Get('inbox')
  async inbox(@CurrentActor() actor: Actor) {
    const today = this.clock.today();
    // The inbox from the replica when there is one (SPEC §20); notifications, which the user marks read, from the primary.
    const { pool } = await this.reads.forActor(actor);
    const [inbox, unread] = await Promise.all([readInbox(pool, actor, today), this.unread(actor.username)]);
    return { today, ...inbox, unreadNotifications: unread };
  }

  @Get('notifications')
  async notifications(@CurrentActor() actor: Actor) {
    const { rows } = await this.pool.query(
      `SELECT id::text, task_id AS "taskId", kind, to_char(day, 'YYYY-MM-DD') AS day, title, body, link, created_at AS "createdAt",
         read_at AS "readAt"
       FROM notifications WHERE username = $1 ORDER BY (read_at IS NULL) DESC, id DESC LIMIT 200`, [actor.username]);
    return { items: rows, unread: await this.unread(actor.username) };
  }

  /** Every unread notice of the caller at once (全部标为已读); how many were marked. */
  @Post('notifications/read-all')
  @HttpCode(200)
  async readAll(@CurrentActor() actor: Actor) {
    const { rowCount } = await this.pool.query(
      `UPDATE notifications SET read_at = now() WHERE username = $1 AND read_at IS NULL`, [actor.username]);
    return { read: rowCount ?? 0, unread: await this.unread(actor.username) };
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  async read(@Param('id') id: string, @CurrentActor() actor: Actor) {
    if (!/^\d{1,18}$/.test(id)) throw new NotFoundException('通知不存在');
    const { rows } = await this.pool.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND username = $2 RETURNING id::text, read_at AS "readAt"`,
      [id, actor.username]);
    if (!rows[0]) throw new NotFoundException('通知不存在');
    return rows[0];
  }

  private async unread(username: string): Promise<number> {
    const { rows } = await this.pool.query(`SELECT count(*)::int AS n FROM notifications WHERE username = $1 AND read_at IS NULL`, [username]);
    return rows[0].n;
  }
}
