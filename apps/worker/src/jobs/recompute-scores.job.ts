import { scoresStreamOf } from '@jixiao/domain';
import type { Pool } from 'pg';
import { canonicalJson } from '@jixiao/event-store';
import { recordedScoresOf, toReportView, reportStreams } from '@jixiao/read-models';

import { RULES_VERSION } from '@jixiao/scoring';
import { createHash } from 'node:crypto';
import { CompanionStream } from './companion-stream';
import type { TransitionJob } from './transition-jobs';

const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * Appends ScoresRecomputed only when the computed scores differ from the last recorded ones. A job for an older
 * version than one already recorded (jobs of one report run side by side) is superseded and records nothing.
 */
export async function recomputeScores(pool: Pool, job: TransitionJob): Promise<'recorded' | 'unchanged'> {
  const report = await reportStreams(pool).load(job.reportId, job.version);
  const view = toReportView(report);
  const scores = recordedScoresOf(view);
  const scoresHash = sha256(scores);
  const event = {
    type: 'ScoresRecomputed',
    data: {
      reportId: job.reportId, reportVersion: job.version, rulesVersion: RULES_VERSION,
      inputHash: sha256(report.document), scoresHash, ...scores,
    },
  };
  const recorded = await new CompanionStream(pool, scoresStreamOf(job.reportId)).appendUnless((events) => {
    const last = events.at(-1)?.data as { scoresHash?: string } | undefined;
    const superseded = events.some((e) => (e.data as { reportVersion: number }).reportVersion >= job.version);
    return superseded || last?.scoresHash === scoresHash ? null : event;
  }, `job:${job.position}`);
  return recorded ? 'recorded' : 'unchanged';
}
