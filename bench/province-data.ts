// SPEC §20's province, generated: regions × departments × projects, one fiscal year, each report a realistic life
// (drafting with many score edits, send-backs, returns, reviewer adjustments, publication, revisions). Decided in
// memory by the domain itself and inserted with valid hash chains; the database gives positions and transaction ids.
import { createHash, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Actor, documentsStreamOf, initialReport, Report, ReportCommand, reportStreamOf, scoresStreamOf } from '@jixiao/domain';
import { canonicalJson, EventMetadata, hashEvent } from '@jixiao/event-store';
import { recordedScoresOf, toReportView } from '@jixiao/read-models';
import { RULES_VERSION } from '@jixiao/scoring';
import { projectFormFixtures } from '@jixiao/testing';
import { decideRows, MemoryStream, pick, rng, scoreChange } from '../test/support/report-generator';

export interface ProvincePlan {
  regions: number;
  departmentsPerRegion: number;
  projectsPerDepartment: number;
  fiscalYear: string;
}

/** SPEC §20 at `scale`: the number of departments shrinks, each keeps its 25 projects. */
export function provincePlan(scale: number): ProvincePlan {
  return { regions: 20, departmentsPerRegion: Math.max(1, Math.round(100 * scale)), projectsPerDepartment: 25, fiscalYear: '2025' };
}

export const departmentCode = (region: number, department: number) => `p${String(region).padStart(2, '0')}${String(department).padStart(3, '0')}`;

const FORMS = projectFormFixtures();
const REVIEWERS = ['reviewer', 'reviewer-2', 'reviewer-3'];

const REVIEW_COMMENTS = ['请补充佐证材料', '偏差原因说明不充分', '实际完成值与决算不一致', '请核实指标值口径', '满意度调查样本量偏小'];

/**
 * The next command of a report's life, or null where it stops. By the year's end most are published; a drafting
 * phase has ≈ 7 score edits, a third of the reports reviewed are returned once or more, reviewers comment and
 * adjust, a quarter of the published open a revision; some stay drafts or wait for a signature or a review.
 */
function nextCommand(random: () => number, report: Report, department: string): ReportCommand | null {
  const preparer: Actor = { username: `${department}-preparer`, role: 'preparer', department };
  const head: Actor = { username: `${department}-head`, role: 'head', department };
  const reviewer: Actor = { username: pick(random, REVIEWERS), role: 'reviewer', department: null };
  const roll = random();
  switch (report.state) {
    case 'draft':
      if (roll < 0.004) return null;
      return roll < 0.88 ? scoreChange(random, report, preparer, 'ChangeSelfScore') : { type: 'SubmitSelfEvaluation', actor: preparer, data: {} };
    case 'self_scored':
      if (roll < 0.03) return null;
      if (roll < 0.1) return { type: 'WithdrawSubmission', actor: preparer, data: {} };
      return roll < 0.8 ? { type: 'SignOffReport', actor: head, data: {} } : { type: 'SendBackReport', actor: head, data: { comment: '请补充偏差说明' } };
    case 'signed_off':
      if (roll < 0.015) return null;
      if (roll < 0.3) {
        const indicatorId = random() < 0.7 ? pick(random, report.indicatorIds) : null;
        return { type: 'AddReviewComment', actor: reviewer, data: { commentId: randomUUID(), indicatorId, body: pick(random, REVIEW_COMMENTS) } };
      }
      if (roll < 0.6) return scoreChange(random, report, reviewer, 'AdjustScore');
      if (roll < 0.7) {
        return { type: 'ReturnReport', actor: reviewer, data: { comments: [{ commentId: randomUUID(), indicatorId: null, body: pick(random, REVIEW_COMMENTS) }] } };
      }
      return { type: 'ApproveReport', actor: reviewer, data: {} };
    case 'reviewed':
      return roll < 0.03 ? null : { type: 'PublishReport', actor: reviewer, data: {} };
    case 'published':
      return roll < 0.25 ? { type: 'OpenRevision', actor: head, data: { reason: '更正执行数' } } : null;
  }
}

// What the worker does after every transition (apps/worker): ScoresRecomputed in the report's scores stream unless
// the scores did not change (recompute-scores.job.ts), and DocumentsRendered in its documents stream, naming the
// XLSX, DOCX and PDF of that version (render-documents.job.ts; their bytes are not generated).
const TRANSITIONS = new Set([
  'ReportDrafted', 'SelfEvaluationSubmitted', 'SubmissionWithdrawn', 'ReportSentBack', 'ReportSignedOff',
  'ReportReturned', 'ReportApproved', 'ReportPublished', 'RevisionOpened',
]);
const WORKER_ACTOR = { username: 'jixiao-worker', role: 'system', department: null };
const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
const DOCUMENT_BYTES = { docx: 14_000, pdf: 120_000, xlsx: 11_000 };

/** One of the worker's streams of a report, hash-chained as the event store writes it. */
class WorkerStream {
  private version = 0;
  private head: string | null = null;

  constructor(
    private readonly streamId: string,
    private readonly reportId: string,
  ) {}

  rowOf(type: string, data: Record<string, unknown>, at: string): Record<string, unknown> {
    const metadata = { actor: WORKER_ACTOR, at, correlationId: `province-${this.reportId}`, causationId: `province-${this.reportId}` };
    const version = ++this.version;
    const hash = hashEvent(this.head, { streamId: this.streamId, version, type, schemaVersion: 1, data, metadata });
    const row = { stream_id: this.streamId, version, type, schema_version: 1, data, metadata, prev_hash: this.head, hash };
    this.head = hash;
    return row;
  }
}

/** The worker's rows after a transition that left `report` at its version. */
class WorkerRows {
  private readonly scores: WorkerStream;
  private readonly documents: WorkerStream;
  private lastScoresHash: string | null = null;

  constructor(private readonly reportId: string) {
    this.scores = new WorkerStream(scoresStreamOf(reportId), reportId);
    this.documents = new WorkerStream(documentsStreamOf(reportId), reportId);
  }

  after(report: Report, at: string): Record<string, unknown>[] {
    const rows: Record<string, unknown>[] = [];
    const scores = recordedScoresOf(toReportView(report));
    const scoresHash = sha256(scores);
    if (scoresHash !== this.lastScoresHash) {
      this.lastScoresHash = scoresHash;
      const data = { reportId: this.reportId, reportVersion: report.version, rulesVersion: RULES_VERSION, inputHash: sha256(report.document), scoresHash, ...scores };
      rows.push(this.scores.rowOf('ScoresRecomputed', data, at));
    }
    const documents = Object.entries(DOCUMENT_BYTES).map(([format, bytes]) => ({ format, sha256: sha256([this.reportId, report.version, format]), bytes }));
    rows.push(this.documents.rowOf('DocumentsRendered', { reportId: this.reportId, reportVersion: report.version, documents }, at));
    return rows;
  }
}

export interface Generated {
  reports: number;
  events: number;
}

const BATCH_ROWS = 2000;

/**
 * Generates the province into `pool`'s database: rows go in 2,000 at a time, whole streams per statement, two
 * statements in flight while the next batch is decided.
 */
export async function generateProvince(pool: Pool, plan: ProvincePlan, seed = 20): Promise<Generated> {
  const random = rng(seed);
  let at = Date.parse(`${plan.fiscalYear}-03-01T01:00:00.000Z`);
  const clock = () => new Date((at += 7_000)).toISOString();
  let rows: unknown[] = [];
  const inFlight: Promise<unknown>[] = [];
  let events = 0;
  let reports = 0;
  const flush = async () => {
    if (!rows.length) return;
    const batch = JSON.stringify(rows);
    rows = [];
    inFlight.push(insertRows(pool, batch));
    if (inFlight.length >= 2) await inFlight.shift();
  };
  for (let region = 1; region <= plan.regions; region++) {
    for (let d = 1; d <= plan.departmentsPerRegion; d++) {
      const department = departmentCode(region, d);
      const departmentName = `第${region}市第${d}部门`;
      for (let p = 1; p <= plan.projectsPerDepartment; p++) {
        const { document } = pick(random, FORMS);
        const reportId = randomUUID();
        const copy = { ...structuredClone(document), fiscalYear: plan.fiscalYear, projectName: `${document.projectName}（${department}-${p}）` };
        const preparer: Actor = { username: `${department}-preparer`, role: 'preparer', department };
        let command: ReportCommand | null = { type: 'DraftReport', actor: preparer, data: { reportId, document: copy, departmentName } } as ReportCommand;
        const stream: MemoryStream = { streamId: reportStreamOf(reportId), report: initialReport(), head: null };
        const worker = new WorkerRows(reportId);
        for (let step = 0; command && step < 120; step++, command = nextCommand(random, stream.report, department)) {
          const metadata: EventMetadata = { actor: command.actor, at: clock(), correlationId: `province-${reportId}`, causationId: null };
          // A refused command (a score on a row that takes none) is skipped, as a user would correct it.
          try {
            decideRows(stream, command, metadata, (row, report) => {
              const after = TRANSITIONS.has(row.type) ? worker.after(report, metadata.at) : [];
              rows.push(row, ...after);
              events += 1 + after.length;
            });
          } catch {
            continue;
          }
        }
        reports++;
        if (rows.length >= BATCH_ROWS) await flush();
      }
    }
  }
  await flush();
  await Promise.all(inFlight);
  return { reports, events };
}

async function insertRows(pool: Pool, batch: string): Promise<void> {
  await pool.query(
    `INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
     SELECT stream_id, version, type, schema_version, data, metadata, prev_hash, hash
     FROM jsonb_to_recordset($1::jsonb) AS e(stream_id text, version int, type text, schema_version int, data jsonb, metadata jsonb, prev_hash text, hash text)
`,
    [batch],
  );
}
