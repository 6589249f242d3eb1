import type { DepartmentReportDocument, ImportDocument, ProjectFormDocument, ProjectIndicatorInput } from '@jixiao/scoring';
import { EXECUTION_ID } from './report-kind';

export interface Indexed {
  document: ImportDocument;
  indicatorIds: string[];
  ruleIds: string[];
}

export type CellAddress =
  | { collection: 'execution' }
  | { collection: 'form'; index: number }
  | { collection: 'rules'; index: number };

export function isDepartmentReport(document: ImportDocument): document is DepartmentReportDocument {
  return document.format === 'jixiao.department-report.v1';
}

/** The project form itself, or a department report's 附件3 self-evaluation form. */
export function formOf(document: ImportDocument): ProjectFormDocument {
  return (isDepartmentReport(document) ? document.selfEvaluationForm : document) as ProjectFormDocument;
}

function withForm(document: ImportDocument, form: ProjectFormDocument): ImportDocument {
  return isDepartmentReport(document)
    ? ({ ...document, selfEvaluationForm: form } as ImportDocument)
    : (form as ImportDocument);
}

export function locate(report: Indexed, indicatorId: string): CellAddress | null {
  if (indicatorId === EXECUTION_ID) return { collection: 'execution' };
  const formIndex = report.indicatorIds.indexOf(indicatorId);
  if (formIndex >= 0) return { collection: 'form', index: formIndex };
  const ruleIndex = report.ruleIds.indexOf(indicatorId);
  return ruleIndex >= 0 ? { collection: 'rules', index: ruleIndex } : null;
}

export function readCells(report: Indexed, address: CellAddress): { weight: string; score: string } {
  const form = formOf(report.document);
  if (address.collection === 'execution') return { weight: form.funds.total.weight, score: form.funds.total.score };
  if (address.collection === 'form') return form.indicators[address.index];
  const rules = (report.document as DepartmentReportDocument).ruleIndicators;
  return rules[address.index];
}

export function readScore(report: Indexed, indicatorId: string): string | null {
  const address = locate(report, indicatorId);
  if (!address) return null;
  const score = readCells(report, address).score;
  return score === '' ? null : score;
}

export function writeScore(report: Indexed, indicatorId: string, score: string): ImportDocument {
  const address = locate(report, indicatorId);
  if (!address) return report.document;
  const form = formOf(report.document);
  if (address.collection === 'execution') {
    return withForm(report.document, { ...form, funds: { ...form.funds, total: { ...form.funds.total, score } } });
  }
  if (address.collection === 'form') {
    const indicators = form.indicators.map((row, i) => (i === address.index ? { ...row, score } : row));
    return withForm(report.document, { ...form, indicators });
  }
  const department = report.document as DepartmentReportDocument;
  const ruleIndicators = department.ruleIndicators.map((row, i) => (i === address.index ? { ...row, score } : row));
  return { ...department, ruleIndicators } as ImportDocument;
}

export function setIndicator<R extends Indexed>(report: R, indicatorId: string, indicator: ProjectIndicatorInput): R {
  const form = formOf(report.document);
  const index = report.indicatorIds.indexOf(indicatorId);
  if (index < 0) {
    const document = withForm(report.document, { ...form, indicators: [...form.indicators, indicator] });
    return { ...report, document, indicatorIds: [...report.indicatorIds, indicatorId] };
  }
  const indicators = form.indicators.map((row, i) => (i === index ? indicator : row));
  return { ...report, document: withForm(report.document, { ...form, indicators }) };
}

export function removeIndicator<R extends Indexed>(report: R, indicatorId: string): R {
  const form = formOf(report.document);
  const index = report.indicatorIds.indexOf(indicatorId);
  if (index < 0) return report;
  const indicators = form.indicators.filter((_, i) => i !== index);
  return {
    ...report,
    document: withForm(report.document, { ...form, indicators }),
    indicatorIds: report.indicatorIds.filter((id) => id !== indicatorId),
  };
}

export function applyDetailsEdit(report: Indexed, edit: { title?: string; funds?: unknown; goals?: unknown; total?: unknown }): ImportDocument {
  const form = formOf(report.document);
  const edited = {
    ...form,
    ...(edit.funds === undefined ? {} : { funds: edit.funds }),
    ...(edit.goals === undefined ? {} : { goals: edit.goals }),
    ...(edit.total === undefined ? {} : { total: edit.total }),
  } as ProjectFormDocument;
  const document = withForm(report.document, edited);
  if (edit.title === undefined) return document;
  return isDepartmentReport(document)
    ? ({ ...document, title: edit.title } as ImportDocument)
    : ({ ...document, projectName: edit.title } as ImportDocument);
}

export interface PrintedTotal {
  weight?: string;
  score?: string;
  /** A level's printed subtotal, as in `产出指标(50分)`: each level-1 cell text as printed → the text it now reads. */
  levels?: Record<string, string>;
}

/** New printed 总分 cells per table: `form` is the project form or 附件3, `rules` a department report's 附件1. */
export interface PrintedTotals {
  form?: PrintedTotal;
  rules?: PrintedTotal;
}

export function writeTotals(document: ImportDocument, totals: PrintedTotals | undefined): ImportDocument {
  if (!totals) return document;
  let written = document;
  if (totals.form) {
    const { levels, ...total } = totals.form;
    const form = formOf(written);
    const indicators = levels ? form.indicators.map((row) => (levels[row.level1] ? { ...row, level1: levels[row.level1] } : row)) : form.indicators;
    written = withForm(written, { ...form, indicators, total: { ...form.total, ...total } });
  }
  if (totals.rules && isDepartmentReport(written)) {
    written = { ...written, ruleTotal: { ...written.ruleTotal, ...totals.rules } };
  }
  return written;
}
