import type { Pool } from 'pg';
import { canonicalJson } from '@jixiao/event-store';
import { toReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { RULES_VERSION } from '@jixiao/scoring';
import { createHash } from 'node:crypto';
import { CompanionStream } from './companion-stream';
import { scoresStreamOf, TransitionJob } from './transition-jobs';

const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Appends ScoresRecomputed only when the computed scores differ from the last recorded ones. */
export async function recomputeScores(pool: Pool, job: TransitionJob): Promise<'recorded' | 'unchanged'> {
  const report = await new ReportStreams(pool).load(job.reportId, job.version);
  const view = toReportView(report);
  const scores = {
    execution: { rate: view.execution.rate, score: view.execution.computedScore },
    indicators: view.indicators.map((i) => ({ indicatorId: i.id, computedScore: i.computedScore, status: i.status })),
    total: view.total.computed,
    grade: view.grade,
    flags: view.flags,
  };
  const stream = new CompanionStream(pool, scoresStreamOf(job.reportId));
  const recorded = await stream.read();
  const last = recorded.at(-1)?.data as { scoresHash?: string } | undefined;
  const scoresHash = sha256(scores);
  if (last?.scoresHash === scoresHash) return 'unchanged';
  await stream.append(recorded, {
    type: 'ScoresRecomputed',
    data: {
      reportId: job.reportId, reportVersion: job.version, rulesVersion: RULES_VERSION,
      inputHash: sha256(report.document), scoresHash, ...scores,
    },
  }, `job:${job.position}`);
  return 'recorded';
}
