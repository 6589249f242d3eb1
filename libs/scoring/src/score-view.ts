import { readDecimal } from './cells';
import type { DepartmentReportResult } from './department-report';
import type { Flag } from './flags';
import type { IndicatorResult } from './indicator-score';
import type { ProjectFormResult } from './project-form';
import type { ScoreResult } from './score-document';

type LevelTotals = Record<string, { weight: string; computed: string }>;

export interface IndicatorView {
  name: string; level1: string; level2: string; weight: string; selfScore: string | null; computedScore: string | null; status: string;
}

export interface ProjectFormView {
  kind: 'project-form';
  execution: { rate: string | null; score: string | null; weight: string };
  indicators: IndicatorView[];
  levelTotals: LevelTotals;
  total: { computed: string; printed: string | null };
  grade: string;
  flags: Flag[];
}

export interface DepartmentReportView {
  kind: 'department-report';
  indicators: IndicatorView[];
  levelTotals: LevelTotals;
  total: { computed: string; printed: string | null };
  grade: string;
  flags: Flag[];
  selfEvaluationForm: ProjectFormView;
}

/**
 * The result as SPEC §11 prints it, one number format throughout: every score, weight and total with two
 * decimals, rates as percents with two decimals. A printed cell that is no number stays as printed.
 */
export function scoreView(result: ScoreResult): ProjectFormView | DepartmentReportView {
  return result.kind === 'project-form' ? formView(result) : departmentView(result);
}

function formView(result: ProjectFormResult): ProjectFormView {
  const { rate, score, weight } = result.execution;
  return {
    kind: 'project-form',
    execution: { rate, score, weight: asScore(weight)! },
    indicators: result.indicators.map(indicatorView),
    levelTotals: levelTotalsView(result.levelTotals),
    total: { computed: result.total.computed, printed: asScore(result.total.printed) },
    grade: result.grade,
    flags: result.flags,
  };
}

function departmentView(result: DepartmentReportResult): DepartmentReportView {
  return {
    kind: 'department-report',
    indicators: result.indicators.map(indicatorView),
    levelTotals: levelTotalsView(result.levelTotals),
    total: { computed: result.total.computed, printed: asScore(result.total.printed) },
    grade: result.grade,
    flags: result.flags,
    selfEvaluationForm: formView(result.selfEvaluationForm),
  };
}

const indicatorView = (i: IndicatorResult): IndicatorView => ({
  name: i.name, level1: i.level1, level2: i.level2, weight: asScore(i.weight)!, selfScore: asScore(i.selfScore),
  computedScore: i.computedScore, status: i.status,
});

const levelTotalsView = (totals: LevelTotals): LevelTotals =>
  Object.fromEntries(Object.entries(totals).map(([key, t]) => [key, { weight: asScore(t.weight)!, computed: t.computed }]));

function asScore(text: string | null): string | null {
  if (text === null) return null;
  const value = readDecimal(text);
  return value === null ? text : value.toFixed(2);
}
