import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetStatisticsHandler } from './get-statistics';
import { StatsController } from './stats.controller';

@Module({
  imports: [CqrsModule],
  controllers: [StatsController],
  providers: [GetStatisticsHandler],
})
export class StatsModule {}
