import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
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
  @ApiQuery({ name: 'fiscalYear', required: false, description: '年度，如 2024；不填为全部年度' })
  statistics(@Query() query: unknown, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetStatistics(parseBody(StatisticsQuery, query), actor));
  }
}
