import type { Pool } from 'pg';
import { hashEvent } from './hash-chain';
import { EventMetadata, NewEvent, RecordedEvent } from './recorded-event';
import { StaleVersion } from './stale-version';
import { EVENT_COLUMNS, Queryable, toRecordedEvent } from './event-rows';
import { appendConflicts, appendDuration } from '@jixiao/observability';

export interface StreamHead {
  version: number;
  hash: string | null;
}

export interface AppendOptions {
  expectedVersion: number;
  /** Hash of the event at expectedVersion; read with the stream, so no extra round trip. */
  expectedHash: string | null;
  metadata: EventMetadata;
  /**
   * The unit of work that commits with the events: inline projections, idempotency records. It runs on the append's
   * transaction after the events are written, and only then; if it throws, nothing of the append stays. Without it
   * an append is one statement, with no BEGIN/COMMIT.
   */
  inTransaction?: (tx: Queryable, recorded: RecordedEvent[]) => Promise<void>;
  /**
   * Writes that commit with the events in the append's own statement: one round trip, no BEGIN/COMMIT (the inline
   * projection). They run only when the events were inserted; a refused append writes none of them.
   */
  alongside?: Alongside;
  /**
   * A fact besides the stream's version that the append requires, checked in its own statement: the events are
   * inserted only while it holds, and RequirementNotMet is thrown when it does not.
   */
  requires?: AppendRequirement;
}

export interface AppendRequirement {
  /** Names it within the composed statement's name: the same name must always come with the same SQL. */
  name: string;
  /** A boolean SQL expression reading its one input as `input` (jsonb); no placeholders of its own. */
  sql: string;
  input: unknown;
}

/** The append's requirement did not hold: nothing was appended. */
export class RequirementNotMet extends Error {
  constructor(readonly requirement: string) {
    super(`追加事件的前提不成立：${requirement}`);
  }
}

/**
 * A typed unit of work for the append's statement. Each write is a data-modifying statement that becomes a CTE named
 * `as`; it takes no placeholders of its own but reads its one input from `alongside_input` (one row, column `input`,
 * jsonb), which holds a row only when the events were inserted, and may read earlier writes by their names. The
 * store adds the input as its own last parameter: no SQL text of the caller is rewritten or renumbered.
 */
export interface Alongside {
  /** Names the composed statement, prepared once per connection: the same name must always come with the same writes. */
  name: string;
  input: unknown;
  /** The input already written as JSON text, when the caller has it (it is not serialised again); else `input`'s. */
  inputJson?: string;
  writes: readonly AlongsideWrite[];
}

export interface AlongsideWrite {
  as: string;
  sql: string;
}

// `required`: an extra condition of the insert, the requirement's (AppendRequirement), empty without one.
const appendManySql = (required: string) => `
  INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
  SELECT $1, e.version, e.type, e.schema_version, e.data, $3::jsonb, e.prev_hash, e.hash
  FROM jsonb_to_recordset($2::jsonb)
    AS e(version int, type text, schema_version int, data jsonb, prev_hash text, hash text)
  WHERE COALESCE((SELECT max(version) FROM events WHERE stream_id = $1), 0) = $4${required}
  RETURNING position, version, recorded_at, transaction_id::text AS transaction_id`;

const appendOneSql = (required: string) => `
  INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
  SELECT $1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8
  WHERE COALESCE((SELECT max(version) FROM events WHERE stream_id = $1), 0) = $2 - 1${required}
  RETURNING position, version, recorded_at, transaction_id::text AS transaction_id`;

const APPEND_SQL = appendManySql('');
const APPEND_ONE_SQL = appendOneSql('');

export class PostgresEventStore {
  constructor(private readonly pool: Pool) {}

  async readStream(streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND version > $2 ORDER BY version`,
      [streamId, afterVersion],
    );
    return rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: string[]): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1) ORDER BY position`,
      [streamIds],
    );
    return rows.map(toRecordedEvent);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<RecordedEvent[]> {
    // Metrics: append latency, and conflicts (the stream moved on since it was read).
    const started = process.hrtime.bigint();
    try {
      return await this.appendUnobserved(streamId, events, options);
    } catch (error) {
      if (error instanceof StaleVersion) appendConflicts.inc();
      throw error;
    } finally {
      appendDuration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  private async appendUnobserved(streamId: string, events: NewEvent[], options: AppendOptions): Promise<RecordedEvent[]> {
    const pending = chain(streamId, events, options);
    const work = options.inTransaction;
    if (!work) return this.appendAlone(streamId, pending, options);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const recorded = await insert(client, streamId, pending, options);
      await work(client, recorded);
      await client.query('COMMIT');
      return recorded;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw isUniqueViolation(error) ? new StaleVersion(streamId, options.expectedVersion) : error;
    } finally {
      client.release();
    }
  }

  /** One statement (with its alongside writes), so one round trip: PostgreSQL commits a lone statement atomically. */
  private async appendAlone(streamId: string, pending: PendingEvent[], options: AppendOptions): Promise<RecordedEvent[]> {
    try {
      return await insert(this.pool, streamId, pending, options);
    } catch (error) {
      throw isUniqueViolation(error) ? new StaleVersion(streamId, options.expectedVersion) : error;
    }
  }
}

interface PendingEvent {
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  prev_hash: string | null;
  hash: string;
}

function chain(streamId: string, events: NewEvent[], options: AppendOptions): PendingEvent[] {
  let prevHash = options.expectedHash;
  return events.map((event, index) => {
    const version = options.expectedVersion + index + 1;
    const schemaVersion = event.schemaVersion ?? 1;
    const hash = hashEvent(prevHash, {
      streamId, version, type: event.type, schemaVersion, data: event.data, metadata: options.metadata,
    });
    const pending = { version, type: event.type, schema_version: schemaVersion, data: event.data, prev_hash: prevHash, hash };
    prevHash = hash;
    return pending;
  });
}

async function insert(
  client: Queryable,
  streamId: string,
  pending: PendingEvent[],
  options: AppendOptions,
): Promise<RecordedEvent[]> {
  const { rows } = await client.query(withAlongside(appendStatement(streamId, pending, options), options.alongside));
  if (rows.length !== pending.length) {
    if (options.requires && !(await holds(client, options.requires))) throw new RequirementNotMet(options.requires.name);
    throw new StaleVersion(streamId, options.expectedVersion);
  }
  return rows.map((row, index) => ({
    position: String(row.position),
    streamId,
    version: row.version,
    type: pending[index].type,
    schemaVersion: pending[index].schema_version,
    data: pending[index].data,
    metadata: options.metadata,
    recordedAt: new Date(row.recorded_at).toISOString(),
    prevHash: pending[index].prev_hash,
    hash: pending[index].hash,
    transactionId: row.transaction_id,
  }));
}

interface Statement {
  name?: string;
  text: string;
  values: unknown[];
}

function appendStatement(streamId: string, pending: PendingEvent[], options: AppendOptions): Statement {
  const metadata = JSON.stringify(options.metadata);
  const { requires } = options;
  if (pending.length > 1) {
    const values = [streamId, JSON.stringify(pending), metadata, options.expectedVersion];
    if (!requires) return { text: APPEND_SQL, values };
    return { text: appendManySql(requiredCondition(requires, values.length + 1)), values: [...values, JSON.stringify(requires.input)] };
  }
  const [only] = pending;
  const values = [streamId, only.version, only.type, only.schema_version, JSON.stringify(only.data), metadata, only.prev_hash, only.hash];
  // The common case, one event, as a named prepared statement: parsed and planned once per connection.
  if (!requires) return { name: 'jixiao-append-one', text: APPEND_ONE_SQL, values };
  const name = `jixiao-append-one+${requires.name}`;
  const text = namedText(name, () => appendOneSql(requiredCondition(requires, values.length + 1)));
  return { name, text, values: [...values, JSON.stringify(requires.input)] };
}

/** The texts of the named statements built from parts, by name: a name always comes with the same text. */
const namedTexts = new Map<string, string>();

function namedText(name: string, build: () => string): string {
  let text = namedTexts.get(name);
  if (text === undefined) namedTexts.set(name, (text = build()));
  return text;
}

const requiredCondition = (requires: AppendRequirement, placeholder: number) =>
  `\n    AND (SELECT ${requires.sql} FROM (SELECT $${placeholder}::jsonb AS input) required)`;

/** Whether the requirement holds now: asked only when an append inserted nothing, to tell the two causes apart. */
async function holds(client: Queryable, requires: AppendRequirement): Promise<boolean> {
  const { rows } = await client.query(`SELECT ${requires.sql} AS holds FROM (SELECT $1::jsonb AS input) required`, [JSON.stringify(requires.input)]);
  return rows[0]?.holds === true;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const RESERVED = new Set(['appended', 'alongside_input']);

/**
 * The append as the first CTE, the writes after it, the events as the statement's result. The writes see the input
 * only when `appended` has rows; the append's own statement text and placeholders are the store's, unchanged.
 */
function withAlongside(append: Statement, alongside: Alongside | undefined): Statement {
  if (!alongside || !alongside.writes.length) return append;
  const name = append.name && `${append.name}+${alongside.name}`;
  const compose = () => {
    for (const write of alongside.writes) {
      if (!IDENTIFIER.test(write.as) || RESERVED.has(write.as)) throw new Error(`alongside write named ${write.as}`);
    }
    const input = `$${append.values.length + 1}::jsonb`;
    const ctes = alongside.writes.map((write) => `${write.as} AS (${write.sql})`).join(',\n');
    return `WITH appended AS (${append.text}),
      alongside_input AS (SELECT ${input} AS input WHERE EXISTS (SELECT 1 FROM appended)),
      ${ctes}
      SELECT * FROM appended ORDER BY version`;
  };
  const text = name ? namedText(name, compose) : compose();
  return { name, text, values: [...append.values, alongside.inputJson ?? JSON.stringify(alongside.input)] };
}

function isUniqueViolation(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'events_stream_version';
}
