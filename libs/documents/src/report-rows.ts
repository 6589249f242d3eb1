import Decimal from 'decimal.js';
import { flagLabel, placeOf, readDecimal } from '@jixiao/scoring';
import { baseDataTables } from './base-data';
import type { TableBlock } from './table-block';
import { FUNDS_ROWS, formOf, INDICATOR_HEADINGS, isDepartmentReport, RenderInput } from './render-input';

export type { TableBlock };

export interface ReportContent {
  title: string;
  subtitle: string;
  meta: [string, string][];
  sections: { heading: string; body: string }[];
  tables: TableBlock[];
}

/** What DOCX and PDF both show: the same words, laid out by each renderer. */
export function reportContent(input: RenderInput): ReportContent {
  const { form, result, heading } = formOf(input);
  const department = isDepartmentReport(input.document);
  const tables: TableBlock[] = [];
  if (department) tables.push(ruleTable(input), ...baseDataTables(input.document.baseData));
  tables.push(fundsTable(form, result), indicatorTable(form, result, input.reviewScores));
  if (input.result?.flags.length) tables.push(flagsTable(input.result.flags));
  return {
    title: department ? input.document.title : '项目支出绩效自评表',
    subtitle: `（${heading.fiscalYear}年度）`,
    meta: department
      ? [['部门', input.document.department], ['自评等级', input.document.selfAssessedGrade ?? ''], ['系统计算等级', input.result?.grade ?? '']]
      : [['项目名称', heading.projectName], ['主管部门', heading.competentDepartment], ['实施单位', heading.implementingUnit],
        ['预期目标', form.goals?.planned ?? ''], ['实际完成情况', form.goals?.achieved ?? ''], ['系统计算等级', result?.grade ?? '']],
    sections: department ? input.document.sections : [],
    tables,
  };
}

function ruleTable(input: RenderInput): TableBlock {
  const review = input.ruleReviewScores ?? {};
  const reviewed = Object.keys(review).length > 0;
  const rules = input.document.ruleIndicators as any[];
  const rows = rules.map((row, i) =>
    [row.level1, row.level2, row.name, row.weight, row.criterion, row.measured, row.score, input.result?.indicators[i]?.computedScore ?? '', review[i] ?? '']);
  const reviewTotal = reviewed ? sumOf(rules.map((row, i) => review[i] ?? row.score)) : '';
  rows.push(['合计', '', '', input.document.ruleTotal.weight, '', '', input.document.ruleTotal.score, input.result?.total.computed ?? '', reviewTotal]);
  return {
    kind: 'rules',
    title: '附件1：部门整体支出绩效评价指标评分表',
    headings: ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际测算值', '自评得分', '系统计算得分', '审核得分'],
    rows, widths: [0.8, 0.8, 1.4, 0.5, 2.9, 1, 0.8, 0.9, 0.8],
  };
}

/** The reviewer's total: each row's adjusted score, else its self score (blank cells are not zero, and add nothing). */
function sumOf(scores: (string | undefined)[]): string {
  const numbers = scores.map((score) => readDecimal(score ?? '')).filter((n): n is Decimal => n !== null);
  return numbers.reduce((total, n) => total.plus(n), new Decimal(0)).toFixed(2);
}

function fundsTable(form: any, result: any): TableBlock {
  const rows = FUNDS_ROWS.map(([key, label]) => {
    const funds = form.funds[key] ?? {};
    return key === 'total'
      ? [label, funds.initialBudget, funds.annualBudget, funds.executed, funds.weight, funds.executionRate, funds.score, result?.execution?.score ?? '']
      : [label, funds.initialBudget ?? '', funds.annualBudget ?? '', funds.executed ?? '', '-', '', '-', ''];
  });
  return {
    kind: 'form',
    title: `项目资金（${form.funds.unit ?? '万元'}）`,
    headings: ['', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分', '系统计算得分'],
    rows, widths: [1.6, 1, 1, 1, 0.6, 1, 0.7, 0.9],
  };
}

function indicatorTable(form: any, result: any, reviewScores: Record<number, string> | undefined): TableBlock {
  const rows = (form.indicators as any[]).map((row, i) =>
    [row.level1, row.level2, row.name, `${row.comparator ?? ''}${row.target}${row.unit ?? ''}`, row.actual, row.weight, row.score, row.deviation, result?.indicators[i]?.computedScore ?? '', reviewScores?.[i] ?? '']);
  rows.push(['总分', '', '', '', '', form.total.weight, form.total.score, '', result?.total.computed ?? '', '']);
  return {
    kind: 'form',
    title: '年度绩效指标完成情况',
    headings: [...INDICATOR_HEADINGS, '系统计算得分', '审核调整得分'],
    rows, widths: [1, 1, 1.8, 1.1, 1.1, 0.5, 0.5, 1.6, 0.7, 0.7],
  };
}

const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function flagsTable(flags: { code: string; severity: string; path: string; message: string }[]): TableBlock {
  return {
    kind: 'flags',
    title: '系统核查发现的问题',
    headings: ['严重程度', '问题', '位置', '说明'],
    rows: flags.map((f) => [SEVERITY_NAMES[f.severity] ?? f.severity, flagLabel(f.code), placeOf(f.path), f.message]),
    widths: [0.9, 1.8, 2, 5.3],
  };
}
