import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '../auth/auth.module';
import { Idempotency } from '../http/idempotency';
import {
  AcceptSumHandler, AddReviewCommentHandler, AdjustScoreHandler, ApproveReportHandler, ChangeSelfScoreHandler,
  DraftReportHandler, EditReportDetailsHandler, OpenRevisionHandler, PublishReportHandler, RemoveIndicatorHandler,
  ReturnReportHandler, SendBackReportHandler, SetIndicatorHandler, SignOffReportHandler, SubmitSelfEvaluationHandler,
  WithdrawSubmissionHandler,
} from './commands';
import { GetReportHandler } from './queries/get-report';
import { GetReportHistoryHandler } from './queries/get-report-history';
import { ListReportsHandler } from './queries/list-reports';
import { ReportImports } from './report-imports';
import { ReportsController } from './reports.controller';
import { BulkImportController } from './bulk-import.controller';

const COMMAND_HANDLERS = [
  DraftReportHandler, EditReportDetailsHandler, SetIndicatorHandler, RemoveIndicatorHandler, ChangeSelfScoreHandler,
  AcceptSumHandler, SubmitSelfEvaluationHandler, WithdrawSubmissionHandler, SendBackReportHandler, SignOffReportHandler,
  AddReviewCommentHandler, AdjustScoreHandler, ReturnReportHandler, ApproveReportHandler, PublishReportHandler,
  OpenRevisionHandler,
];

@Module({
  imports: [CqrsModule, AuthModule],
  controllers: [BulkImportController, ReportsController],
  providers: [...COMMAND_HANDLERS, GetReportHandler, GetReportHistoryHandler, ListReportsHandler, ReportImports, Idempotency],
  exports: [ReportImports],
})
export class ReportsModule {}
