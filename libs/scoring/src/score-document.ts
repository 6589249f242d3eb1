import type { ImportDocument } from './document';
import { Flag, flag } from './flags';
import { DepartmentReportResult, scoreDepartmentReport } from './department-report';
import { ProjectFormResult, ScoredRows, scoreProjectForm } from './project-form';

export type ScoreResult = ProjectFormResult | DepartmentReportResult;

/** The engine's one entry: a document in, a result out, no I/O. `scoredRows`: see ScoredRows. */
export function scoreDocument(document: ImportDocument, scoredRows?: ScoredRows): ScoreResult {
  const result = document.format === 'jixiao.department-report.v1' ? scoreDepartmentReport(document, scoredRows) : scoreProjectForm(document, scoredRows);
  return document.origin ? withOrigin(result, document.origin) : result;
}

type Origin = NonNullable<ImportDocument['origin']>;

/**
 * SPEC §18: an imported file's flags name the cell they came from, and its notes (a missing part, a cell that
 * could not be placed) are flags too. Flags about a part the file did not hold give way to its PART_MISSING.
 */
function withOrigin<T extends ScoreResult>(result: T, origin: Origin): T {
  const missing = (origin.notes ?? []).filter((n) => n.code === 'PART_MISSING').map((n) => n.message);
  const absent = (path: string) =>
    (path.startsWith('selfEvaluationForm.') && missing.some((m) => m.includes('附件3'))) ||
    (/^rule(Indicators|Total)/.test(path) && missing.some((m) => m.includes('附件1')));
  const located = (flags: Flag[]) => flags.filter((f) => !absent(f.path)).map((f) => locate(f, origin.cells ?? {}));
  const notes = (origin.notes ?? []).map((n) => ({ ...flag(n.code, 'origin', n.message), at: n.place }));
  const withForm = 'selfEvaluationForm' in result ? { selfEvaluationForm: { ...result.selfEvaluationForm, flags: located(result.selfEvaluationForm.flags) } } : {};
  return { ...result, ...withForm, flags: [...located(result.flags), ...notes] };
}

/** The cell of the flag's path, or of its nearest parent; a row's flag names the row's first cell read. */
function locate(found: Flag, cells: Record<string, string>): Flag {
  for (let path = found.path; path; path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    if (cells[path]) return { ...found, at: cells[path] };
    if (path.endsWith(']')) {
      const first = Object.keys(cells).find((key) => key.startsWith(`${path}.`));
      if (first) return { ...found, at: cells[first] };
    }
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(path)) break;
  }
  return found;
}
