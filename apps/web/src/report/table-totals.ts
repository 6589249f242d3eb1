import type { Indicator, Report } from '../api/types';
import type { Section } from './cell-notes';
import { sum } from './levels';

export interface TableTotals {
  weight: string;
  self: string;
  computed: string;
  /** The total after the reviewer's adjustments; null until the reviewer has scored anything in this table. */
  review: string | null;
  printed: string | null;
  grade: string;
}

export const rowsOf = (report: Report, section: Section): Indicator[] => report.indicators.filter((i) => i.section === section);

/** Each table has its own total: 附件1's rule table and the form (a project form, or a department report's 附件3). */
export function totalsOf(report: Report, section: Section): TableTotals {
  const rows = rowsOf(report, section);
  const withExecution = section === 'form';
  const execution = report.execution;
  const reviewed = rows.some((r) => r.reviewScore !== null) || (withExecution && execution.reviewScore !== null);
  const selfScores = [...rows.map((r) => r.selfScore), withExecution ? execution.score : null];
  const reviewScores = [...rows.map((r) => r.reviewScore ?? r.selfScore), withExecution ? execution.reviewScore ?? execution.score : null];
  const weight = sum([...rows.map((r) => r.weight), withExecution ? execution.weight : null]);
  const annex3 = report.kind === 'department-report' && section === 'form' ? report.selfEvaluationForm : undefined;
  return {
    weight,
    self: annex3 ? sum(selfScores) : report.total.self,
    computed: annex3 ? annex3.total.computed : report.total.computed,
    review: reviewed ? (annex3 ? sum(reviewScores) : report.total.review) : null,
    printed: annex3 ? annex3.total.printed : report.total.printed,
    grade: annex3 ? annex3.grade : report.grade,
  };
}
