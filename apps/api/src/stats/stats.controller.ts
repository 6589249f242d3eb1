import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@jixiao/domain';
import { CurrentActor } from '../auth/current-actor';
import { parseBody } from '../http/parse-body';
import { GetStatistics, StatisticsQuery } from './get-statistics';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  statistics(@Query() query: unknown, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetStatistics(parseBody(StatisticsQuery, query), actor));
  }
}
