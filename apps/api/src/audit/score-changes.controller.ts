import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@jixiao/domain';
import { CurrentActor } from '../auth/current-actor';
import { parseBody } from '../http/parse-body';
import { ListScoreChanges, ScoreChangesQuery } from './list-score-changes';

/** Who changed which score, from what to what, and why: self scores, reviewer adjustments, recomputations. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('score-changes')
export class ScoreChangesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    return this.queries.execute(new ListScoreChanges(parseBody(ScoreChangesQuery, query), actor));
  }
}
