import type { ProblemItem } from '../api/client';
import type { Flag, Report } from '../api/types';
import { placeOf as placeInForm } from '../flag-labels';

export type Cell = 'name' | 'target' | 'actual' | 'weight' | 'score' | 'computed' | 'review' | 'deviation' | 'grade';

export interface CellNote {
  severity: Flag['severity'];
  code?: string;
  message: string;
  isBlocking: boolean;
  /** Where in the form, for a note shown apart from its cell (`第3行 实际完成值`). */
  place?: string;
}

/** Which table of a report a path belongs to: 附件1 (rules) or the form (a project form, or 附件3). */
export type Section = 'form' | 'rules';

export function sectionOf(report: Report, path: string): Section {
  if (report.kind !== 'department-report') return 'form';
  return path.startsWith('selfEvaluationForm.') ? 'form' : 'rules';
}

/** Notes keyed by `${rowKey}:${cell}`; row keys are indicator ids, `execution`, `total` and `level:<name>`. */
export type Notes = Map<string, CellNote[]>;

const FIELD_CELLS: Record<string, Cell> = {
  score: 'score', actual: 'actual', measured: 'actual', target: 'target', criterion: 'target', weight: 'weight',
  deviation: 'deviation', executionRate: 'actual', executed: 'actual', annualBudget: 'target',
};

const LEVEL_PREFIXES: Record<string, string> = { output: '产出', effect: '效益', satisfaction: '满意度' };

export function placeOf(report: Report, path: string, levels: string[]): [string, Cell] | null {
  const bare = path.replace(/^selfEvaluationForm\./, '');
  for (const indicator of report.indicators) {
    const rowPath = indicator.path.replace(/^selfEvaluationForm\./, '');
    if (bare === rowPath) return [indicator.id, 'name'];
    if (bare.startsWith(`${rowPath}.`)) return [indicator.id, FIELD_CELLS[bare.slice(rowPath.length + 1)] ?? 'name'];
  }
  if (bare.startsWith('funds.total')) return ['execution', FIELD_CELLS[bare.split('.')[2] ?? ''] ?? 'name'];
  if (bare === 'weights' || bare === 'ruleIndicators.weights') return ['total', 'weight'];
  if (bare === 'total.score' || bare === 'ruleTotal.score') return ['total', 'score'];
  if (bare === 'selfAssessedGrade' || bare === 'grade') return ['total', 'grade'];
  const level = /^levels\.(\w+)/.exec(bare)?.[1];
  const printed = level && levels.find((name) => name.startsWith(LEVEL_PREFIXES[level] ?? level));
  if (printed) return [`level:${printed}`, 'weight'];
  // A level the form lacks has no subtotal row: its note sits with the 分值合计 it leaves short of 100.
  if (level) return ['total', 'weight'];
  return null;
}

/** Places every flag and every refused-submission problem at its cell; what has no cell is returned apart. */
export function notesOf(report: Report, problems: ProblemItem[], levels: string[], section: Section = 'form'): { notes: Notes; unplaced: CellNote[] } {
  const notes: Notes = new Map();
  const unplaced: CellNote[] = [];
  const blocking = new Set(problems.map((p) => `${p.path}|${p.code ?? ''}`));
  const add = (path: string, note: CellNote) => {
    if (sectionOf(report, path) !== section) return;
    const place = placeOf(report, path, levels);
    if (!place) return unplaced.push({ ...note, place: placeInForm(path) });
    const key = place.join(':');
    notes.set(key, [...(notes.get(key) ?? []), note]);
  };
  for (const flag of report.flags) {
    add(flag.path, { severity: flag.severity, code: flag.code, message: flag.message, isBlocking: blocking.delete(`${flag.path}|${flag.code}`) });
  }
  for (const problem of problems) {
    if (blocking.has(`${problem.path}|${problem.code ?? ''}`)) add(problem.path, { severity: 'error', code: problem.code, message: problem.message, isBlocking: true });
  }
  return { notes, unplaced };
}
