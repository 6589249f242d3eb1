// Generated reports for the read-side checks: the same plan either runs as real commands (load → decide → append
// with the inline projection) or is decided in memory and bulk-inserted with its hash chain (fast, for the bench).
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Actor, decide, evolve, formOf, initialReport, Report, ReportCommand, reportStreamOf, withSchemaVersion } from '@jixiao/domain';
import { EventMetadata, hashEvent } from '@jixiao/event-store';
import { reportStreams } from '@jixiao/read-models';
import { projectFormFixtures } from '@jixiao/testing';

export const DEPARTMENTS = [
  { code: '009', name: '淮南市人民政府办公室' },
  { code: 'hhbj', name: '湖南省怀化市人民政府驻北京联络处' },
  { code: 'd03', name: '淮南市财政局' },
  { code: 'd04', name: '淮南市教育局' },
];
export const YEARS = ['2023', '2024', '2025'];
const REVIEWERS = ['reviewer', 'reviewer-2'];

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** The next command of a report's life, or null when this report stops here. */
function nextCommand(random: () => number, report: Report, department: string): ReportCommand | null {
  const preparer: Actor = { username: `${department}-preparer`, role: 'preparer', department };
  const head: Actor = { username: `${department}-head`, role: 'head', department };
  const reviewer: Actor = { username: pick(random, REVIEWERS), role: 'reviewer', department: null };
  if (random() < 0.12) return null;
  switch (report.state) {
    case 'draft':
      return random() < 0.45 ? scoreChange(random, report, preparer, 'ChangeSelfScore') : { type: 'SubmitSelfEvaluation', actor: preparer, data: {} };
    case 'self_scored':
      return random() < 0.85 ? { type: 'SignOffReport', actor: head, data: {} } : { type: 'SendBackReport', actor: head, data: { comment: '请补充偏差说明' } };
    case 'signed_off':
      if (random() < 0.4) return scoreChange(random, report, reviewer, 'AdjustScore');
      if (random() < 0.15) return { type: 'ReturnReport', actor: reviewer, data: { comments: [{ commentId: randomUUID(), indicatorId: null, body: '请核实实际完成值' }] } };
      return { type: 'ApproveReport', actor: reviewer, data: {} };
    case 'reviewed':
      return { type: 'PublishReport', actor: reviewer, data: {} };
    case 'published':
      return random() < 0.3 ? { type: 'OpenRevision', actor: head, data: { reason: '更正执行数' } } : null;
  }
}

export function scoreChange(random: () => number, report: Report, actor: Actor, type: 'ChangeSelfScore' | 'AdjustScore'): ReportCommand {
  const indicators = formOf(report.document).indicators;
  const index = Math.floor(random() * indicators.length);
  const weight = Number(indicators[index]?.weight);
  const score = String(Math.floor(random() * ((Number.isFinite(weight) ? weight : 0) + 1)));
  return { type, actor, data: { indicatorId: report.indicatorIds[index], score, reason: type === 'AdjustScore' ? '审核调整：佐证材料不足' : '按实际完成值更正' } } as ReportCommand;
}

function draftCommand(random: () => number, index: number) {
  const department = pick(random, DEPARTMENTS);
  const { document } = pick(random, FORMS);
  const reportId = randomUUID();
  const copy = { ...structuredClone(document), fiscalYear: pick(random, YEARS), projectName: `${document.projectName}（${index}）` };
  const actor: Actor = { username: `${department.code}-preparer`, role: 'preparer', department: department.code };
  return { reportId, department: department.code, command: { type: 'DraftReport', actor, data: { reportId, document: copy, departmentName: department.name } } as ReportCommand };
}

const FORMS = projectFormFixtures();

/** Runs `reports` report lives as real commands, `concurrency` at a time. Returns the events appended. */
export async function generateByCommands(pool: Pool, reports: number, seed = 1, concurrency = 8): Promise<number> {
  const streams = reportStreams(pool);
  let next = 0;
  let events = 0;
  const clock = syntheticClock();
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    const random = rng(seed * 1000 + worker);
    for (let index = next++; index < reports; index = next++) {
      const draft = draftCommand(random, index);
      await streams.execute(draft.reportId, draft.command, { correlationId: `gen-${index}`, at: clock() });
      let report = await streams.load(draft.reportId);
      events += 1;
      for (let command = nextCommand(random, report, draft.department); command; command = nextCommand(random, report, draft.department)) {
        try {
          const executed = await streams.execute(draft.reportId, command, { correlationId: `gen-${index}`, at: clock() });
          events += executed.events.length;
          if (executed.events.length) report = await streams.load(draft.reportId);
        } catch {
          break; // a refused command (e.g. a submission with errors) ends this report's life where it stands
        }
      }
    }
  }));
  return events;
}

/** Decides `targetEvents` events in memory and inserts them with their hash chain, 1,000 rows per statement. */
export async function generateInBulk(pool: Pool, targetEvents: number, seed = 1): Promise<number> {
  const random = rng(seed);
  const clock = syntheticClock();
  let rows: unknown[] = [];
  let total = 0;
  for (let index = 0; total < targetEvents; index++) {
    const draft = draftCommand(random, index);
    const stream: MemoryStream = { streamId: reportStreamOf(draft.reportId), report: initialReport(), head: null };
    for (let command: ReportCommand | null = draft.command; command && total < targetEvents; command = nextCommand(random, stream.report, draft.department)) {
      const metadata: EventMetadata = { actor: command.actor, at: clock(), correlationId: `gen-${index}`, causationId: null };
      let decided;
      try { decided = decideRows(stream, command, metadata); } catch { break; }
      rows.push(...decided);
      total += decided.length;
      if (rows.length >= 1000) rows = await insertRows(pool, rows);
    }
  }
  await insertRows(pool, rows);
  return total;
}

/** A report stream decided in memory: its state and the hash of its last event. */
export interface MemoryStream {
  streamId: string;
  report: Report;
  head: string | null;
}

export interface EventRow {
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  prev_hash: string | null;
  hash: string;
}

/**
 * Decides `command` on `stream` as the event store would (throwing its refusal), and returns its events as rows of
 * the events table with their hash chain, the stream moved past them; `afterEach` sees the report after each event.
 */
export function decideRows(stream: MemoryStream, command: ReportCommand, metadata: EventMetadata, afterEach?: (row: EventRow, report: Report) => void): EventRow[] {
  const decided = decide(command, { ...stream.report, headHash: stream.head });
  return decided.map(withSchemaVersion).map((event) => {
    const version = stream.report.version + 1;
    const { streamId, head } = stream;
    const hash = hashEvent(head, { streamId, version, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata });
    const row: EventRow = { stream_id: streamId, version, type: event.type, schema_version: event.schemaVersion, data: event.data, metadata, prev_hash: head, hash };
    stream.report = evolve(stream.report, event);
    stream.head = hash;
    afterEach?.(row, stream.report);
    return row;
  });
}

async function insertRows(pool: Pool, rows: unknown[]): Promise<unknown[]> {
  if (!rows.length) return rows;
  await pool.query(
    `INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
     SELECT stream_id, version, type, schema_version, data, metadata, prev_hash, hash
     FROM jsonb_to_recordset($1::jsonb) AS e(stream_id text, version int, type text, schema_version int, data jsonb, metadata jsonb, prev_hash text, hash text)`,
    [JSON.stringify(rows)],
  );
  return [];
}

function syntheticClock(): () => string {
  let at = Date.parse('2025-01-06T01:00:00.000Z');
  return () => new Date((at += 61_000)).toISOString();
}
