import type { Pool } from 'pg';
import { ORGANISATION_STREAM, type Actor, type Organisation, type OrganisationEvent } from '@jixiao/domain';
import { PostgresEventStore, StaleVersion, type Queryable, type RecordedEvent } from '@jixiao/event-store';
import { loadOrganisation } from './load-organisation';
import { projectOrganisation, type PasswordHashes } from './project-organisation';

export interface Decision<Result> {
  events: OrganisationEvent[];
  /** Hashes of the passwords the events set (new accounts, resets, changes). */
  hashes?: PasswordHashes;
  result: Result;
}

export interface ChangeOptions<Result = unknown> {
  correlationId: string;
  /** Runs in the append's transaction with the decision's result (the API records its reply to an Idempotency-Key). */
  alsoInTransaction?: (tx: Queryable, result: Result) => Promise<void>;
}

const ATTEMPTS = 5;

/**
 * Every organisation and account change (SPEC §16): decided on the tables as of the stream's head, appended to the
 * organisation stream, and projected into regions, departments, units and users in the append's transaction.
 * Another writer in between makes the append stale: the change is decided again on the newer state.
 */
export class OrganisationStore {
  private readonly events: PostgresEventStore;

  constructor(private readonly pool: Pool) {
    this.events = new PostgresEventStore(pool);
  }

  async read(): Promise<Organisation> {
    return (await this.snapshot()).organisation;
  }

  async change<Result>(
    actor: Actor, options: ChangeOptions<Result>, decide: (organisation: Organisation) => Decision<Result> | Promise<Decision<Result>>,
  ): Promise<Result & { recorded: RecordedEvent[] }> {
    for (let attempt = 1; ; attempt++) {
      const { organisation, head } = await this.snapshot();
      const decision = await decide(organisation);
      if (!decision.events.length) return { ...decision.result, recorded: [] };
      try {
        const recorded = await this.events.append(ORGANISATION_STREAM, decision.events, {
          expectedVersion: head.version,
          expectedHash: head.hash,
          metadata: {
            actor: { username: actor.username, role: actor.role, department: actor.department, ...(actor.region ? { region: actor.region } : {}) },
            at: new Date().toISOString(),
            correlationId: options.correlationId,
            causationId: null,
          },
          inTransaction: async (tx) => {
            await projectOrganisation(tx, organisation, decision.events, decision.hashes ?? new Map());
            await options.alsoInTransaction?.(tx, decision.result);
          },
        });
        return { ...decision.result, recorded };
      } catch (error) {
        if (!(error instanceof StaleVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async snapshot() {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const loaded = await loadOrganisation(client);
      await client.query('COMMIT');
      return loaded;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
