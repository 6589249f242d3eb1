import Decimal from 'decimal.js';
import { allowedCommands, Actor, formOf, isDepartmentReport, Report, EXECUTION_ID } from '@jixiao/domain';
import { executionWeight, isBlank, memoizeText, normalizeCell, RULES_VERSION, scoreDocument, sumDecimals } from '@jixiao/scoring';
import type { Flag, IndicatorResult, ProjectFormResult, ScoreResult } from '@jixiao/scoring';

export interface IndicatorView {
  id: string;
  section: 'form' | 'rules';
  path: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  selfScore: string | null;
  computedScore: string | null;
  reviewScore: string | null;
  status: string;
  deviation: string;
  criterion?: string;
  /** 附件1 only: the printed 指标解释 (how the measured value was worked out). */
  explanation?: string;
}

export interface ReportView {
  id: string;
  kind: Report['kind'];
  state: Report['state'];
  version: number;
  revision: number;
  fiscalYear: string;
  department: string;
  departmentName: string;
  title: string;
  funds: unknown;
  goals: unknown;
  execution: { rate: string | null; weight: string; score: string | null; computedScore: string | null; reviewScore: string | null };
  indicators: IndicatorView[];
  total: { self: string; computed: string; review: string; printed: string | null };
  grade: string;
  flags: Flag[];
  comments: Report['comments'];
  submittedBy: string | null;
  signedVersion: number | null;
  approvedVersion: number | null;
  publishedRevision: number | null;
  everSignedOff: boolean;
  /** 附件3's own total; `self` and `review` (the reviewer's adjusted total) sum its rows as the main total does. */
  selfEvaluationForm?: {
    execution: ProjectFormResult['execution'];
    total: ProjectFormResult['total'] & { self: string; review: string };
    grade: string;
  };
  /** The printed cells the rows above do not already carry: a form's heading, a department report's narrative. */
  printed: Record<string, unknown>;
}

const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

/**
 * The scores as the worker records them in ScoresRecomputed (with the rules version, the report version and the
 * hash of the document it scored): the one shape, built here from a view, so a rebuild can read them back.
 */
export interface RecordedScores {
  execution: { rate: string | null; score: string | null };
  indicators: { indicatorId: string; computedScore: string | null; status: string }[];
  total: string;
  grade: string;
  flags: Flag[];
}

export function recordedScoresOf(view: ReportView): RecordedScores {
  return {
    execution: { rate: view.execution.rate, score: view.execution.computedScore },
    indicators: view.indicators.map((i) => ({ indicatorId: i.id, computedScore: i.computedScore, status: i.status })),
    total: view.total.computed,
    grade: view.grade,
    flags: view.flags,
  };
}

export interface ScoresRecomputedData extends RecordedScores {
  reportVersion: number;
  rulesVersion: string;
  inputHash: string;
}

/**
 * A project form's score result rebuilt from what the worker recorded, for a document known to be the one it
 * scored (the caller's proof: no event changed the document since `reportVersion`, so its hash is `inputHash`), under
 * these rules. Only what the view reads is filled in; department reports (附件3's own result is not recorded) and
 * anything that does not fit are scored again: null.
 */
export function recordedResultOf(report: Report, recorded: ScoresRecomputedData | null | undefined): ProjectFormResult | null {
  if (!recorded || recorded.rulesVersion !== RULES_VERSION || isDepartmentReport(report.document)) return null;
  const form = formOf(report.document);
  if (recorded.indicators?.length !== form.indicators.length || !recorded.execution || recorded.total === undefined) return null;
  return {
    kind: 'project-form',
    execution: {
      rate: recorded.execution.rate, score: recorded.execution.score,
      weight: executionWeight(form.funds.total.weight).toString(), printedRate: null, printedScore: null,
    },
    indicators: form.indicators.map((row, i) => ({
      name: row.name, level1: row.level1, level2: row.level2, level1Key: null, level2Key: null, weight: row.weight, selfScore: null,
      computedScore: recorded.indicators[i].computedScore, status: recorded.indicators[i].status as IndicatorResult['status'],
    })),
    levelTotals: {},
    total: { computed: recorded.total, printed: isBlank(form.total.score) ? null : normalizeCell(form.total.score), weight: '' },
    grade: recorded.grade as ProjectFormResult['grade'],
    flags: recorded.flags,
  };
}

/** The report as the read models show it; `precomputed`, when given, is the document's score result already at hand. */
export function toReportView(report: Report, precomputed?: ScoreResult | null): ReportView {
  const result = precomputed ?? scoreDocument(report.document);
  const form = formOf(report.document);
  const formResult: ProjectFormResult = result.kind === 'department-report' ? result.selfEvaluationForm : result;
  const formPrefix = isDepartmentReport(report.document) ? 'selfEvaluationForm.' : '';
  const formRows = form.indicators.map((row, i) =>
    indicatorView(report, report.indicatorIds[i], 'form', `${formPrefix}indicators[${i}]`, row, formResult.indicators[i]));
  const ruleRows = isDepartmentReport(report.document)
    ? report.document.ruleIndicators.map((row, i) =>
        ({ ...indicatorView(report, report.ruleIds[i], 'rules', `ruleIndicators[${i}]`, { ...row, target: row.criterion ?? '', actual: row.measured ?? '', deviation: '' }, result.indicators[i]), criterion: row.criterion, explanation: row.explanation ?? '' }))
    : [];
  const execution = {
    rate: formResult.execution.rate,
    weight: formResult.execution.weight,
    score: blankToNull(form.funds.total.score),
    computedScore: formResult.execution.score,
    reviewScore: report.reviewScores[EXECUTION_ID] ?? null,
  };
  const formScored = [...formRows, { selfScore: execution.score, reviewScore: execution.reviewScore }];
  const scored = result.kind === 'department-report' ? ruleRows : formScored;
  return {
    id: report.id, kind: report.kind, state: report.state, version: report.version, revision: report.revision,
    fiscalYear: report.fiscalYear, department: report.department, departmentName: report.departmentName, title: report.title,
    funds: form.funds, goals: (form as { goals?: unknown }).goals ?? null, execution,
    indicators: [...ruleRows, ...formRows],
    total: { ...scoredTotals(scored), computed: result.total.computed, printed: result.total.printed },
    grade: result.grade, flags: result.flags, comments: report.comments, submittedBy: report.submittedBy,
    signedVersion: report.signedVersion, approvedVersion: report.approvedVersion,
    publishedRevision: report.publishedRevision, everSignedOff: report.everSignedOff,
    ...(result.kind === 'department-report'
      ? { selfEvaluationForm: { execution: formResult.execution, total: { ...formResult.total, ...scoredTotals(formScored) }, grade: formResult.grade } }
      : {}),
    printed: printedCellsOf(report.document),
  };
}

// The indicator rows, funds, goals and totals are in the view already; the rest of what was printed is kept here.
const PRINTED_KEYS = [
  'source', 'projectName', 'competentDepartment', 'implementingUnit',
  'department', 'sections', 'ruleTotal', 'selfAssessedGrade', 'baseData',
] as const;

function printedCellsOf(document: Report['document']): Record<string, unknown> {
  const cells = document as unknown as Record<string, unknown>;
  return Object.fromEntries(PRINTED_KEYS.filter((key) => cells[key] !== undefined).map((key) => [key, cells[key]]));
}

function indicatorView(
  report: Report, id: string, section: IndicatorView['section'], path: string,
  row: { level1: string; level2: string; name: string; target: string; actual: string; weight: string; score: string; deviation: string },
  computed: IndicatorResult | undefined,
): IndicatorView {
  return {
    id, section, path, level1: row.level1, level2: row.level2, name: row.name, target: row.target, actual: row.actual,
    weight: row.weight, selfScore: blankToNull(row.score), computedScore: computed?.computedScore ?? null,
    reviewScore: report.reviewScores[id] ?? null, status: computed?.status ?? 'unresolved', deviation: row.deviation,
  };
}

function scoredTotals(rows: { selfScore: string | null; reviewScore: string | null }[]) {
  return { self: sum(rows.map((r) => r.selfScore)), review: sum(rows.map((r) => r.reviewScore ?? r.selfScore)) };
}

function sum(values: (string | null)[]): string {
  return sumDecimals(values.map((value) => (value === null ? null : plainDecimal(value)))).toFixed(2);
}

/** A score as the view's totals count it: plain digits, with or without decimals; anything else counts as nothing. */
const plainDecimal = memoizeText((text: string) => (/^\d+(\.\d+)?$/.test(text) ? new Decimal(text) : null));

export function withAllowedCommands(view: ReportView, actor: Actor | null) {
  return { ...view, allowedCommands: actor ? allowedCommands(view.state, actor, view.department) : [] };
}

export type { ScoreResult };
