import { labelOf } from '../grid';

// Printed labels, matched on labelOf(text): NFKC (full-width brackets become ASCII), no spaces, no trailing colon.

export const HEADING_LABELS = {
  projectName: /^项目名称.{0,4}$/,
  competentDepartment: /^主管部门.{0,6}$|^(市直|县直)?(预算)?部门名称$/,
  implementingUnit: /^实施单位.{0,6}$/,
};

export const FUNDS_BLOCK = /^项目资金/;
export const FUNDS_COLUMNS: [key: string, pattern: RegExp][] = [
  ['initialBudget', /^年初预算数/], ['annualBudget', /^全年预算数/], ['executed', /^全年执行数/],
  ['weight', /^分值/], ['executionRate', /^执行率/], ['score', /^得分/],
];
export const FUNDS_ROWS: [key: string, pattern: RegExp][] = [
  ['total', /年度资金总额|资金总额/], ['currentYear', /(本年|当年)?财政拨款/], ['carryOver', /上年(结余)?结转|结转(结余)?资金/], ['other', /其他资金/],
];

export const GOALS = { block: /^年度总体目标/, planned: /^预期目标/, achieved: /^实际完成情况/ };

export const INDICATOR_COLUMNS: [key: string, pattern: RegExp][] = [
  ['serial', /^序号$/], ['level1', /^一级指标/], ['level2', /^二级指标/], ['name', /^三级指标|^指标名称$/],
  ['comparator', /^指标性质$/], ['unit', /^(度量|计量)单位$/], ['target', /^(年度|全年)?(指标|目标)值/],
  ['actual', /^(全年)?实际完成值|^(全年)?实际值|^完成值/], ['weight', /^分值|^权重/], ['score', /^得分$|^自评得分$/],
  ['deviation', /^偏差原因/], ['computed', /^系统计算|^审核调整|^审核得分|^计算得分/],
];

export const RULE_COLUMNS: [key: string, pattern: RegExp][] = [
  ['level1', /^一级指标/], ['level2', /^二级指标/], ['name', /^三级指标|^指标名称$/], ['weight', /^分值|^权重/],
  ['criterion', /^评分标准|^评分办法|^评价标准/], ['explanation', /^(计算说明|指标解释|指标说明)(\(.*\))?$/],
  ['measured', /实际测算值|^实际值|^测算值/], ['score', /^自评得分|^得分$/], ['computed', /^系统计算|^审核|^计算得分/],
];

export const TOTAL_ROW = /^(总分|合计|总计)$/;
export const FOOTER = /^(填表人|联系电话|填报日期|单位负责人|财务负责人|审核人|填报人)/;
export const HEADING_LINE = /^附件\s*\d|填报单位|^单位[:：]|^金额单位|自评表|绩效自评|年度\)?$|^\(?\d{4}年/;

export const YEAR = /((?:19|20)\d{2})\s*年/;

export const isLabelText = (text: string) => {
  const label = labelOf(text);
  return Object.values(HEADING_LABELS).some((p) => p.test(label)) || GOALS.block.test(label) || FUNDS_BLOCK.test(label);
};

export const isIndicatorHeader = (labels: string[]) =>
  labels.some((l) => /^一级指标/.test(l)) && labels.some((l) => /^实际完成值|^年度指标值|^指标值$|^实际值$/.test(l)) &&
  !labels.some((l) => /^评分标准|^评分办法|^评价标准/.test(l));

export const isRuleHeader = (labels: string[]) =>
  labels.some((l) => /^一级指标/.test(l)) && labels.some((l) => /^评分标准|^评分办法|^评价标准/.test(l));
