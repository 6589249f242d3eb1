import type { ReportView } from '@jixiao/read-models';
import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { CampaignCommands } from '@jixiao/campaigns';
import { ReportStreams } from '@jixiao/reports';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { CampaignsController } from './campaigns.controller';
import { Clock } from './clock';
import { InboxController } from './inbox.controller';
import { Idempotency } from '../http/idempotency';

@Module({
  controllers: [CampaignsController, InboxController],
  providers: [
    Clock,
    Idempotency,
    { provide: CampaignCommands, useFactory: (pool: Pool, reports: ReportStreams<ReportView>) => new CampaignCommands(pool, reports), inject: [PG_POOL, ReportStreams<ReportView>] },
  ],
  exports: [Clock],
})
export class CampaignsModule {}
