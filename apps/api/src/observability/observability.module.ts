import {
  Controller, DynamicModule, ForbiddenException, Get, Inject, Injectable, Module, OnModuleDestroy, OnModuleInit, Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Actor } from '@jixiao/domain';
import {
  collectLogLag, collectQueue, commandDuration, commandsTotal, loggerOptions, METRICS_CONTENT_TYPE, metricsText, prettyTransport,
} from '@jixiao/observability';
import { CurrentActor } from '../auth/current-actor';
import { toProblem } from '../http/problem-details.filter';
import { PG_POOL, REPORT_JOBS } from '../infrastructure/infrastructure.module';
import { requestLogOptions } from './http-observer';
import { requestFacts } from './request-context';

/** Prometheus text for admins (a Bearer token of role admin); METRICS_PORT serves it without a token. */
@ApiTags('metrics')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  @Get()
  async metrics(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (actor?.role !== 'admin') throw new ForbiddenException('只有系统管理员可以读取运行指标');
    res.setHeader('Content-Type', METRICS_CONTENT_TYPE);
    return metricsText();
  }
}

/** The problem code a refused command answers with (its `code`, else its type's slug), or `internal`. */
export function outcomeOf(error: unknown): string {
  const problem = toProblem(error);
  if (!problem) return 'internal';
  return (problem.code as string | undefined) ?? problem.type.replace(/^\/problems\//, '');
}

/**
 * Counts and times every command the bus executes (jixiao_commands_total, jixiao_command_duration_seconds) and names
 * it, with its report, in the request's log line. Wraps the bus instance: the handlers stay as they are.
 */
@Injectable()
export class CommandObserver implements OnModuleInit {
  constructor(private readonly bus: CommandBus) {}

  onModuleInit(): void {
    const execute = this.bus.execute.bind(this.bus);
    this.bus.execute = (async (command: object, ...rest: unknown[]) => {
      const named = command as { command?: { type?: string }; reportId?: string; context?: { reportId?: string } };
      // `ChangeSelfScoreCommand` is the Nest wrapper of the domain's `ChangeSelfScore`: metrics and logs use the domain's name.
      const type = named.command?.type ?? command.constructor.name.replace(/Command$/, '');
      const facts = requestFacts.getStore();
      if (facts) {
        facts.command = type;
        const reportId = named.reportId ?? named.context?.reportId;
        if (typeof reportId === 'string') facts.reportId = reportId;
      }
      const started = process.hrtime.bigint();
      let outcome = 'ok';
      try {
        return await (execute as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
      } catch (error) {
        outcome = outcomeOf(error);
        throw error;
      } finally {
        commandsTotal.inc({ command: type, outcome });
        commandDuration.observe({ command: type }, Number(process.hrtime.bigint() - started) / 1e9);
      }
    }) as CommandBus['execute'];
  }
}

/** Reads the queue counts and the log lag for the gauges when scraped; stops when the app closes. */
@Injectable()
export class GaugeCollectors implements OnModuleInit, OnModuleDestroy {
  private readonly stops: (() => void)[] = [];

  constructor(@Inject(PG_POOL) private readonly pool: Pool, @Inject(REPORT_JOBS) private readonly queue: Queue) {}

  onModuleInit(): void {
    this.stops.push(collectQueue(this.queue), collectLogLag(this.pool));
  }

  onModuleDestroy(): void {
    this.stops.forEach((stop) => stop());
  }
}

export interface LoggingSetup {
  /** Where log lines go (tests pass a stream); by default stdout, pretty on a terminal. */
  destination?: DestinationStream;
  /** No request lines at all (tests that do not look at logs). */
  silent?: boolean;
}

@Module({})
export class ObservabilityModule {
  /** Wraps the application module with request logging (nestjs-pino), metrics and the command observer. */
  static around(app: DynamicModule, logging: LoggingSetup = {}): DynamicModule {
    const options = { ...loggerOptions('api', logging.silent ? 'silent' : undefined), ...requestLogOptions() };
    const transport = logging.destination || logging.silent ? undefined : prettyTransport();
    const pinoHttp = logging.destination ? [options, logging.destination] : { ...options, ...(transport ? { transport } : {}) };
    return {
      module: ObservabilityModule,
      imports: [app, CqrsModule, LoggerModule.forRoot({ pinoHttp: pinoHttp as never })],
      controllers: [MetricsController],
      providers: [CommandObserver, GaugeCollectors],
    };
  }
}
