import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { Config } from './config';
import { AdminModule } from './admin/admin.module';
import { DocumentsController } from './documents/documents.controller';
import { HealthController } from './health/health.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { PublicReportsController } from './public/public-reports.controller';
import { ReportsModule } from './reports/reports.module';
import { StatsModule } from './stats/stats.module';
import { AuditModule } from './audit/audit.module';
import { OrganisationModule } from './organisation/organisation.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ReviewingModule } from './reviewing/reviewing.module';

@Module({})
export class AppModule {
  static forConfig(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forConfig(config), AuthModule, ReportsModule, AdminModule, StatsModule, AuditModule, OrganisationModule,
        CampaignsModule, ReviewingModule,
      ],
      controllers: [HealthController, PublicReportsController, DocumentsController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
