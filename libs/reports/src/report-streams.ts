import type { Pool, PoolClient } from 'pg';
import {
  Actor, decide, evolve, IllegalTransition, initialReport, InvalidInput, mayRead, Report, ReportCommand, ReportEvent,
  RoleNotPermitted, SubmissionBlocked,
} from '@jixiao/domain';
import { EventMetadata, PostgresEventStore, RecordedEvent, StaleVersion } from '@jixiao/event-store';
import { projectionAlongside, ReportView, toReportView } from '@jixiao/read-models';
import { upcast, withSchemaVersion } from './upcasters';
import { ReportCache } from './report-cache';
import { ReportNotFound } from './report-not-found';

export const streamIdOf = (reportId: string) => `report-${reportId}`;
/** The worker's companion streams: its facts about a report, kept out of the report's own stream and version. */
export const scoresStreamOf = (reportId: string) => `report-${reportId}-scores`;
export const documentsStreamOf = (reportId: string) => `report-${reportId}-documents`;

export interface ExecuteOptions {
  /** From If-Match; undefined when the client did not send one. */
  expectedVersion?: number;
  correlationId: string;
  causationId?: string | null;
  at?: string;
  alsoInTransaction?: (client: PoolClient, view: ReportView) => Promise<void>;
}

export interface Executed {
  view: ReportView;
  events: RecordedEvent[];
}

const RETRIES_WITHOUT_IF_MATCH = 100;

/** Load → decide → append with the inline projection, in one transaction. */
export class ReportStreams {
  private readonly store: PostgresEventStore;
  private readonly cache = new ReportCache();

  constructor(private readonly pool: Pool) {
    this.store = new PostgresEventStore(pool);
  }

  async load(reportId: string, upToVersion = Number.MAX_SAFE_INTEGER): Promise<Report> {
    const cached = this.cache.get(reportId);
    const from = cached && cached.version <= upToVersion ? cached : null;
    const events = (await this.store.readStream(streamIdOf(reportId), from?.version ?? 0)).filter((e) => e.version <= upToVersion);
    const folded = events.map(upcast).reduce(evolve, from ?? initialReport());
    const report = { ...folded, headHash: events.at(-1)?.hash ?? from?.headHash ?? null };
    if (upToVersion === Number.MAX_SAFE_INTEGER) this.cache.remember(reportId, report);
    return report;
  }

  async loadVisible(reportId: string, actor: Actor): Promise<Report> {
    return visibleTo(actor, reportId, await this.load(reportId));
  }

  /**
   * A command without If-Match claims no version: it is decided again on the latest one as often as another writer
   * got there first. A stale version is always reported with the version the stream is at.
   */
  async execute(reportId: string, command: ReportCommand, options: ExecuteOptions): Promise<Executed> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.executeOnce(reportId, command, options);
      } catch (error) {
        if (!(error instanceof StaleVersion)) throw error;
        if (options.expectedVersion === undefined && attempt < RETRIES_WITHOUT_IF_MATCH) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempt, 10)));
          continue;
        }
        if (error.actualVersion !== null) throw error;
        throw new StaleVersion(error.streamId, options.expectedVersion ?? error.expectedVersion, (await this.load(reportId)).version);
      }
    }
  }

  /**
   * First on the cached state, without reading the stream: the append's version check catches a cache that is behind.
   * Anything but a clean append (a refusal, a stale version, nothing to do) is decided again on the stream as stored,
   * so no answer ever rests on a state this process merely remembered.
   */
  private async executeOnce(reportId: string, command: ReportCommand, options: ExecuteOptions): Promise<Executed> {
    const cached = command.type === 'DraftReport' ? undefined : this.cache.get(reportId);
    if (cached) {
      const executed = await this.decideAndAppend(reportId, command, options, cached).catch((error: unknown) => {
        if (isRefusal(error)) return null;
        throw error;
      });
      if (executed?.events.length) return executed;
    }
    return this.decideAndAppend(reportId, command, options, await this.load(reportId));
  }

  private async decideAndAppend(reportId: string, command: ReportCommand, options: ExecuteOptions, loaded: Report): Promise<Executed> {
    const report = command.type === 'DraftReport' ? loaded : visibleTo(command.actor, reportId, loaded);
    if (options.expectedVersion !== undefined && options.expectedVersion !== report.version) {
      throw new StaleVersion(streamIdOf(reportId), options.expectedVersion, report.version);
    }
    const events = decide(command, report);
    const at = options.at ?? new Date().toISOString();
    const next = events.reduce(evolve, report);
    if (!events.length) return { view: toReportView(next), events: [] };
    const view = toReportView(next);
    const { alsoInTransaction } = options;
    const recorded = await this.store.append(streamIdOf(reportId), events.map(withSchemaVersion), {
      expectedVersion: report.version,
      expectedHash: report.headHash,
      metadata: metadataOf(command.actor, at, options),
      alongside: projectionAlongside(view, at),
      alsoInTransaction: alsoInTransaction && ((client) => alsoInTransaction(client, view)),
    });
    this.cache.remember(reportId, { ...next, headHash: recorded[recorded.length - 1].hash });
    return { view, events: recorded };
  }
}

/** What a decision or a stale version refuses; a failure of the database or the network is never retried here. */
function isRefusal(error: unknown): boolean {
  return error instanceof StaleVersion || error instanceof ReportNotFound || error instanceof InvalidInput
    || error instanceof RoleNotPermitted || error instanceof IllegalTransition || error instanceof SubmissionBlocked;
}

function visibleTo(actor: Actor, reportId: string, report: Report): Report {
  if (!report.exists || !mayRead(actor, report)) throw new ReportNotFound(reportId);
  return report;
}

function metadataOf(actor: Actor, at: string, options: ExecuteOptions): EventMetadata {
  return {
    actor: { username: actor.username, role: actor.role, department: actor.department },
    at,
    correlationId: options.correlationId,
    causationId: options.causationId ?? null,
  };
}

export type { ReportEvent };
