import type { ImportDocument } from './document';
import { DepartmentReportResult, scoreDepartmentReport } from './department-report';
import { ProjectFormResult, scoreProjectForm } from './project-form';

export type ScoreResult = ProjectFormResult | DepartmentReportResult;

/** The engine's one entry: a document in, a result out, no I/O. */
export function scoreDocument(document: ImportDocument): ScoreResult {
  return document.format === 'jixiao.department-report.v1' ? scoreDepartmentReport(document) : scoreProjectForm(document);
}
