import { STATE_LABELS } from '@jixiao/domain';
export interface RenderResult {
  execution?: { rate: string | null; score: string | null; weight: string };
  indicators: { computedScore: string | null; status: string }[];
  total: { computed: string; printed: string | null };
  grade: string;
  flags: { code: string; severity: string; path: string; message: string }[];
  selfEvaluationForm?: RenderResult;
}

export interface RenderInput {
  reportId: string;
  version: number;
  revision: number;
  state: string;
  title: string;
  /** The import document as printed (SPEC §2): every cell a string. */
  document: any;
  result?: RenderResult | null;
  /** Form indicator index → the reviewer's adjusted score. */
  reviewScores?: Record<number, string>;
  /** A department report's 附件1 rule index → the reviewer's adjusted score. */
  ruleReviewScores?: Record<number, string>;
}

export const STATE_NAMES: Record<string, string> = STATE_LABELS;

export const isDepartmentReport = (document: any) => document?.format === 'jixiao.department-report.v1';

/** The project form, or a department report's 附件3, with the printed heading fields a form carries. */
export function formOf(input: RenderInput): { form: any; result: RenderResult | null; heading: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: string } } {
  const doc = input.document;
  if (isDepartmentReport(doc)) {
    return {
      form: doc.selfEvaluationForm,
      result: input.result?.selfEvaluationForm ?? null,
      heading: { projectName: doc.title, competentDepartment: doc.department, implementingUnit: doc.department, fiscalYear: doc.fiscalYear },
    };
  }
  return {
    form: doc,
    result: input.result ?? null,
    heading: { projectName: doc.projectName, competentDepartment: doc.competentDepartment, implementingUnit: doc.implementingUnit, fiscalYear: doc.fiscalYear },
  };
}

export const FUNDS_ROWS: [key: string, label: string][] = [
  ['total', '年度资金总额：'], ['currentYear', '其中：本年财政拨款'], ['carryOver', '上年结转资金'], ['other', '其他资金'],
];

export const INDICATOR_HEADINGS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
