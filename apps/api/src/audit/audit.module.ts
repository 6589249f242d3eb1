import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ListScoreChangesHandler } from './list-score-changes';
import { ScoreChangesController } from './score-changes.controller';

@Module({
  imports: [CqrsModule],
  controllers: [ScoreChangesController],
  providers: [ListScoreChangesHandler],
})
export class AuditModule {}
