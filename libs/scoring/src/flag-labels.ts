import type { FlagCode } from './flags';

// What people read about a flag (SPEC §6): a Chinese label for its code and the place in the form for its path.
// Codes and JSON paths stay in the API's fields; documents and the web app show these instead. This file imports
// nothing at run time, so the web app bundles it as it is.

export const FLAG_LABELS: Record<FlagCode, string> = {
  EXECUTION_RATE_MISMATCH: '执行率与计算不符',
  EXECUTION_SCORE_MISMATCH: '执行率得分与计算不符',
  EXECUTION_RATE_UNDEFINED: '无法计算执行率',
  SCORE_MISMATCH: '得分与计算不符',
  SCORE_OUT_OF_BAND: '得分超出达成档次',
  SCORE_EXCEEDS_WEIGHT: '得分超过分值',
  SCORE_MISSING: '得分未填写',
  ACTUAL_MISSING: '实际完成值未填写',
  WEIGHTS_NOT_100: '分值合计不是 100',
  LEVEL_WEIGHT_MISMATCH: '一级指标分值与模板不符',
  SUM_MISMATCH: '总分不等于各项之和',
  TOTAL_MISMATCH: '总分与计算总分不符',
  GRADE_MISMATCH: '等级与总分不符',
  DEVIATION_REASON_MISSING: '未填写偏差原因',
  TARGET_FAR_EXCEEDED: '远超指标值',
  TARGET_UNPARSED: '指标值无法识别',
  ACTUAL_UNPARSED: '完成值无法识别',
  QUALITATIVE_UNRESOLVED: '无法判断是否达成',
  MEASURE_MISSING: '实际测算值未填写',
  PART_MISSING: '文件缺少报告的一部分',
  CELL_UNPLACED: '单元格未归入任何栏目',
  RULE_UNREAD: '评分标准无法解读',
};

export const flagLabel = (code: string): string => (Object.hasOwn(FLAG_LABELS, code) ? FLAG_LABELS[code as FlagCode] : '核查问题');

const FORM_FIELDS: Record<string, string> = {
  level1: '一级指标', level2: '二级指标', name: '三级指标', target: '年度指标值', actual: '实际完成值',
  weight: '分值', score: '得分', deviation: '偏差原因分析及改进措施', comparator: '指标性质', unit: '度量单位',
};
const RULE_FIELDS: Record<string, string> = {
  ...FORM_FIELDS, score: '自评得分', measured: '实际测算值', criterion: '评分标准', rule: '评分标准', explanation: '指标解释',
};
const FUNDS_ROWS: Record<string, string> = { total: '年度资金总额', currentYear: '当年财政拨款', carryOver: '上年结转资金', other: '其他资金' };
const FUNDS_FIELDS: Record<string, string> = {
  initialBudget: '年初预算数', annualBudget: '全年预算数', executed: '全年执行数', weight: '分值', executionRate: '执行率', score: '得分',
};
const PLACES: Record<string, string> = {
  weights: '分值合计', 'total.score': '总分', 'total.weight': '总分 分值', 'ruleIndicators.weights': '分值合计',
  'ruleTotal.score': '总分', 'ruleTotal.weight': '总分 分值', selfAssessedGrade: '自评等级', grade: '等级',
  'levels.output': '产出指标 分值小计', 'levels.effect': '效益指标 分值小计', 'levels.satisfaction': '满意度指标 分值小计',
  fiscalYear: '年度', projectName: '项目名称', competentDepartment: '主管部门', implementingUnit: '实施单位', title: '标题',
  department: '部门', 'goals.planned': '预期目标', 'goals.achieved': '实际完成情况', sections: '报告正文', baseData: '附件2 基础数据表',
  indicators: '绩效指标', ruleIndicators: '附件1 指标评分表', file: '文件', format: '文件格式', origin: '导入的文件',
};

/**
 * The place of a flag or problem path as a person finds it on the printed form: `indicators[2].actual` is
 * `第3行 实际完成值`; a department report's parts say 附件1 / 附件3. An unknown path gives '' rather than the code.
 */
export function placeOf(path: string): string {
  const at = (labels: Record<string, string>, key: string | undefined) => (key && Object.hasOwn(labels, key) ? labels[key] : '');
  const inForm = path.startsWith('selfEvaluationForm.');
  const bare = inForm ? path.slice('selfEvaluationForm.'.length) : path;
  const attachment = inForm ? '附件3 ' : bare.startsWith('ruleIndicators') || bare.startsWith('ruleTotal') ? '附件1 ' : '';
  const row = /^(indicators|ruleIndicators)\[(\d+)\](?:\.(\w+))?/.exec(bare);
  if (row) {
    const fields = row[1] === 'ruleIndicators' ? RULE_FIELDS : FORM_FIELDS;
    return `${attachment}第${Number(row[2]) + 1}行${row[3] ? ` ${at(fields, row[3])}` : ''}`.trim();
  }
  const funds = /^funds\.(\w+)(?:\.(\w+))?/.exec(bare);
  if (funds) return `${attachment}项目资金 ${at(FUNDS_ROWS, funds[1])} ${at(FUNDS_FIELDS, funds[2])}`.replace(/\s+/g, ' ').trim();
  const place = at(PLACES, bare) || at(PLACES, bare.split('.')[0]);
  return place ? `${attachment}${place}` : '';
}
