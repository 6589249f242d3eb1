import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Idempotency } from '../http/idempotency';
import { ExecuteReportCommandHandler } from './execute-report-command';
import { GetReportHandler } from './queries/get-report';
import { GetReportHistoryHandler } from './queries/get-report-history';
import { ListReportsHandler } from './queries/list-reports';
import { ReportImports } from './report-imports';
import { ReportsController } from './reports.controller';
import { BulkImportController } from './bulk-import.controller';

@Module({
  imports: [CqrsModule],
  controllers: [BulkImportController, ReportsController],
  providers: [ExecuteReportCommandHandler, GetReportHandler, GetReportHistoryHandler, ListReportsHandler, ReportImports, Idempotency],
  exports: [ReportImports],
})
export class ReportsModule {}
