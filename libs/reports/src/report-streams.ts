import type { Pool } from 'pg';
import {
  Actor,
  decide,
  evolve,
  initialReport,
  mayRead,
  Refusal,
  Report,
  ReportCommand,
  reportStreamOf,
  upcastReportEvent,
  withSchemaVersion,
} from '@jixiao/domain';
import {
  AppendRequirement,
  EventMetadata,
  PostgresEventStore,
  Queryable,
  RecordedEvent,
  StaleVersion,
} from '@jixiao/event-store';
import type { InlineProjection } from './inline-projection';
import { ReportCache } from './report-cache';
import { ReportNotFound } from './report-not-found';

export interface ExecuteOptions<View> {
  /** From If-Match; undefined when the client did not send one. */
  expectedVersion?: number;
  correlationId: string;
  causationId?: string | null;
  at?: string;
  /** More work that must commit with the events (an idempotency record of the reply). */
  alsoInTransaction?: (tx: Queryable, view: View) => Promise<void>;
  /** What the append requires besides the stream's version (the API's account check); RequirementNotMet when it fails. */
  requires?: AppendRequirement;
}

export interface Executed<View> {
  view: View;
  events: RecordedEvent[];
}

const RETRIES_WITHOUT_IF_MATCH = 100;

/** Load → decide → append, with the inline projection in the append's transaction. */
export class ReportStreams<View> {
  private readonly store: PostgresEventStore;
  private readonly cache = new ReportCache();

  constructor(
    pool: Pool,
    private readonly projection: InlineProjection<View>,
  ) {
    this.store = new PostgresEventStore(pool);
  }

  async load(reportId: string, upToVersion = Number.MAX_SAFE_INTEGER): Promise<Report> {
    const cached = this.cache.get(reportId);
    const from = cached && cached.version <= upToVersion ? cached : null;
    const events = (await this.store.readStream(reportStreamOf(reportId), from?.version ?? 0)).filter(
      (e) => e.version <= upToVersion,
    );
    const folded = events.map(upcastReportEvent).reduce(evolve, from ?? initialReport());
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
  async execute(reportId: string, command: ReportCommand, options: ExecuteOptions<View>): Promise<Executed<View>> {
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
        throw new StaleVersion(
          error.streamId,
          options.expectedVersion ?? error.expectedVersion,
          (await this.load(reportId)).version,
        );
      }
    }
  }

  /**
   * First on the cached state, without reading the stream: the append's version check catches a cache that is behind.
   * Anything but a clean append (a refusal, a stale version, nothing to do) is decided again on the stream as stored,
   * so no answer ever rests on a state this process merely remembered.
   */
  private async executeOnce(reportId: string, command: ReportCommand, options: ExecuteOptions<View>): Promise<Executed<View>> {
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

  private async decideAndAppend(
    reportId: string,
    command: ReportCommand,
    options: ExecuteOptions<View>,
    loaded: Report,
  ): Promise<Executed<View>> {
    const report = command.type === 'DraftReport' ? loaded : visibleTo(command.actor, reportId, loaded);
    if (options.expectedVersion !== undefined && options.expectedVersion !== report.version) {
      throw new StaleVersion(reportStreamOf(reportId), options.expectedVersion, report.version);
    }
    const events = decide(command, report);
    const at = options.at ?? new Date().toISOString();
    const next = events.reduce(evolve, report);
    const view = this.projection.viewOf(next);
    if (!events.length) return { view, events: [] };
    const recorded = await this.store.append(reportStreamOf(reportId), events.map(withSchemaVersion), {
      expectedVersion: report.version,
      expectedHash: report.headHash,
      metadata: metadataOf(command.actor, at, options),
      alongside: this.projection.writesOf(view, at) ?? undefined,
      inTransaction: options.alsoInTransaction && ((tx) => options.alsoInTransaction!(tx, view)),
      requires: options.requires,
    });
    this.cache.remember(reportId, { ...next, headHash: recorded[recorded.length - 1].hash });
    return { view, events: recorded };
  }
}

/** What a decision or a stale version refuses; a failure of the database or the network is never retried here. */
function isRefusal(error: unknown): boolean {
  return error instanceof Refusal || error instanceof StaleVersion || error instanceof ReportNotFound;
}

function visibleTo(actor: Actor, reportId: string, report: Report): Report {
  if (!report.exists || !mayRead(actor, report)) throw new ReportNotFound(reportId);
  return report;
}

function metadataOf(actor: Actor, at: string, options: { correlationId: string; causationId?: string | null }): EventMetadata {
  return {
    actor: {
      username: actor.username,
      role: actor.role,
      department: actor.department,
      ...(actor.region ? { region: actor.region } : {}),
    },
    at,
    correlationId: options.correlationId,
    causationId: options.causationId ?? null,
  };
}
