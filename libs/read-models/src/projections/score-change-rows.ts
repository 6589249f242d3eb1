import { EXECUTION_ID, formOf, Report } from '@jixiao/domain';
import type { RecordedEvent } from '@jixiao/event-store';

export type ScoreSource = 'self' | 'reviewer' | 'system';

/** A score_changes row, keyed by column name. */
export interface ScoreChangeRow {
  position: string;
  seq: number;
  report_id: string;
  revision: number;
  fiscal_year: string;
  department: string;
  indicator_id: string;
  indicator_name: string;
  from_score: string | null;
  to_score: string | null;
  actor_username: string;
  actor_role: string;
  actor_department: string | null;
  at: string;
  reason: string;
  source: ScoreSource;
}

/** The computed scores a ScoresRecomputed event recorded, by indicator id. */
export type ComputedScores = Map<string, string | null>;

interface Recomputed {
  reportVersion?: number;
  rulesVersion?: string;
  execution?: { score: string | null };
  indicators?: { indicatorId: string; computedScore: string | null }[];
}

export function computedScoresOf(data: unknown): ComputedScores {
  const recomputed = (data ?? {}) as Recomputed;
  const scores: ComputedScores = new Map((recomputed.indicators ?? []).map((i) => [i.indicatorId, i.computedScore]));
  if (recomputed.execution) scores.set(EXECUTION_ID, recomputed.execution.score);
  return scores;
}

export function indicatorNameOf(report: Report, indicatorId: string): string {
  if (indicatorId === EXECUTION_ID) return '预算执行率';
  const formIndex = report.indicatorIds.indexOf(indicatorId);
  if (formIndex >= 0) return formOf(report.document).indicators[formIndex]?.name ?? indicatorId;
  const ruleIndex = report.ruleIds.indexOf(indicatorId);
  const rules = (report.document as { ruleIndicators?: { name: string }[] }).ruleIndicators ?? [];
  return rules[ruleIndex]?.name ?? indicatorId;
}

function rowOf(
  event: RecordedEvent,
  report: Report,
  seq: number,
  change: {
    indicatorId: string;
    from: string | null;
    to: string | null;
    reason: string;
    source: ScoreSource;
  },
): ScoreChangeRow {
  const actor = event.metadata.actor;
  return {
    position: event.position,
    seq,
    report_id: report.id,
    revision: report.revision,
    fiscal_year: report.fiscalYear,
    department: report.department,
    indicator_id: change.indicatorId,
    indicator_name: indicatorNameOf(report, change.indicatorId),
    from_score: change.from,
    to_score: change.to,
    actor_username: actor.username,
    actor_role: actor.role,
    actor_department: actor.department,
    at: event.metadata.at ?? event.recordedAt,
    reason: change.reason,
    source: change.source,
  };
}

/** A preparer's or reviewer's score change: one row, named as the indicator was named before the change. */
export function userChangeRows(
  event: RecordedEvent,
  before: Report,
  data: { indicatorId: string; from: string | null; to: string; reason: string },
): ScoreChangeRow[] {
  const source: ScoreSource = event.type === 'ScoreAdjusted' ? 'reviewer' : 'self';
  return [rowOf(event, before, 0, { ...data, source })];
}

/** The worker's recomputation: one row per computed score that differs from the last recorded computation. */
export function systemChangeRows(event: RecordedEvent, report: Report, previous: ComputedScores | undefined): ScoreChangeRow[] {
  if (!previous) return [];
  const data = event.data as Recomputed;
  const reason = `评分规则 ${data.rulesVersion ?? '?'} 按报告第 ${data.reportVersion ?? '?'} 版重新计算`;
  const rows: ScoreChangeRow[] = [];
  for (const [indicatorId, to] of computedScoresOf(data)) {
    const from = previous.get(indicatorId) ?? null;
    if (from === to || !previous.has(indicatorId)) continue;
    rows.push(rowOf(event, report, rows.length, { indicatorId, from, to, reason, source: 'system' }));
  }
  return rows;
}
