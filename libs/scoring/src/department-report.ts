import Decimal from 'decimal.js';
import { clampToZeroAnd } from './bounds';
import { fixed2, isBlank, normalizeCell, readDecimal, round2 } from './cells';
import type { DepartmentReportDocument, RuleIndicatorInput } from './document';
import { Flag, flag, prefixFlags } from './flags';
import { Grade, gradeOf } from './grade';
import type { IndicatorResult } from './indicator-score';
import { level1KeyOf, level2KeyOf } from './levels';
import { ProjectFormResult, ScoredRows, scoreProjectForm } from './project-form';
import { scoreRule } from './rules/rule-score';
import { ruleSums, ruleWeight } from './sums';

export interface DepartmentReportResult {
  kind: 'department-report';
  indicators: IndicatorResult[];
  levelTotals: Record<string, { weight: string; computed: string }>;
  total: { computed: string; printed: string | null; weight: string };
  grade: Grade;
  printedGrade: string | null;
  flags: Flag[];
  selfEvaluationForm: ProjectFormResult;
}

interface ScoredRule {
  result: IndicatorResult;
  flags: Flag[];
  weight: Decimal;
  self: Decimal | null;
  computed: Decimal | null;
}

export function scoreDepartmentReport(report: DepartmentReportDocument, scoredRows?: ScoredRows): DepartmentReportResult {
  const rules = report.ruleIndicators.map((row, i) => scoreRuleIndicator(row, `ruleIndicators[${i}]`));
  const computedTotal = sum(rules.map((r) => r.computed));
  const weightTotal = sum(rules.map((r) => r.weight));
  const printedGrade = isBlank(report.selfAssessedGrade) ? null : normalizeCell(report.selfAssessedGrade);
  const grade = gradeOf(computedTotal);
  const form = scoreProjectForm(report.selfEvaluationForm, scoredRows);
  const formFlags = prefixFlags(form.flags, 'selfEvaluationForm.');
  const flags = [
    ...rules.flatMap((r) => r.flags),
    ...(weightTotal.equals(100) ? [] : [flag('WEIGHTS_NOT_100', 'ruleIndicators.weights', `指标分值合计 ${weightTotal}，应为 100`, '100', weightTotal.toString())]),
    ...ruleTotalFlags(report, computedTotal),
    ...(printedGrade && printedGrade !== grade
      ? [flag('GRADE_MISMATCH', 'selfAssessedGrade', `自评等级“${printedGrade}”与计算总分 ${fixed2(computedTotal)} 对应的等级“${grade}”不符`, grade, printedGrade)]
      : []),
    ...formFlags,
  ];
  return {
    kind: 'department-report',
    indicators: rules.map((r) => r.result),
    levelTotals: levelTotals(report, rules),
    total: { computed: fixed2(computedTotal), printed: isBlank(report.ruleTotal.score) ? null : normalizeCell(report.ruleTotal.score), weight: weightTotal.toString() },
    grade, printedGrade, flags,
    selfEvaluationForm: { ...form, flags: formFlags },
  };
}

function scoreRuleIndicator(row: RuleIndicatorInput, path: string): ScoredRule {
  const weight = ruleWeight(row);
  const full = nonNegative(readDecimal(row.rule.full)) ?? weight;
  const printedSelf = isBlank(row.score) ? null : normalizeCell(row.score);
  const self = printedSelf === null ? null : readDecimal(printedSelf);
  const flags: Flag[] = [];
  if (printedSelf === null || self === null) flags.push(flag('SCORE_MISSING', `${path}.score`, printedSelf === null ? '得分未填写' : `得分“${printedSelf}”无法识别`));
  else if (self.greaterThan(weight)) flags.push(flag('SCORE_EXCEEDS_WEIGHT', `${path}.score`, `得分 ${printedSelf} 超过分值 ${weight}`, weight.toString(), printedSelf));
  const outcome = scoreRule(row.rule, row.measured, full);
  // When the rule cannot score, the self score stands, bounded by the weight like any score.
  let computed: Decimal | null = self === null ? null : round2(clampToZeroAnd(self, weight));
  let status: IndicatorResult['status'] = 'unresolved';
  if (outcome.kind === 'rule_unreadable') flags.push(flag('TARGET_UNPARSED', `${path}.rule`, '评分标准中有无法识别的数值，采用自评得分'));
  else if (outcome.kind === 'missing') {
    status = 'missing';
    flags.push(flag('MEASURE_MISSING', `${path}.measured`, '实际测算值未填写，采用自评得分'));
  } else if (outcome.kind === 'unreadable') flags.push(flag('ACTUAL_UNPARSED', `${path}.measured`, `无法按评分标准读取“${row.measured}”，采用自评得分`, null, row.measured));
  else {
    computed = outcome.points;
    status = computed.equals(full) ? 'met' : computed.isZero() ? 'not_met' : 'partial';
    if (self !== null && !round2(self).equals(computed)) {
      flags.push(flag('SCORE_MISMATCH', `${path}.score`, `按评分标准应得 ${fixed2(computed)} 分，填报 ${printedSelf} 分`, fixed2(computed), printedSelf));
    }
  }
  const result: IndicatorResult = {
    name: row.name, level1: row.level1, level2: row.level2, level1Key: level1KeyOf(row.level1, row.level2),
    level2Key: level2KeyOf(row.level2), weight: weight.toString(), selfScore: printedSelf,
    computedScore: computed === null ? null : fixed2(computed), status,
  };
  return { result, flags, weight, self, computed };
}

function ruleTotalFlags(report: DepartmentReportDocument, computedTotal: Decimal): Flag[] {
  if (isBlank(report.ruleTotal.score)) return [];
  const printed = readDecimal(report.ruleTotal.score);
  if (printed === null) return [flag('SUM_MISMATCH', 'ruleTotal.score', `总分“${report.ruleTotal.score}”无法识别`)];
  const printedSum = ruleSums(report.ruleIndicators).score;
  return [
    ...(round2(printed).equals(round2(printedSum)) ? [] : [flag('SUM_MISMATCH', 'ruleTotal.score', `填报总分 ${report.ruleTotal.score} 不等于各项得分之和 ${fixed2(printedSum)}`, fixed2(printedSum), report.ruleTotal.score)]),
    ...(round2(printed).equals(round2(computedTotal)) ? [] : [flag('TOTAL_MISMATCH', 'ruleTotal.score', `填报总分 ${report.ruleTotal.score} 与计算总分 ${fixed2(computedTotal)} 不符`, fixed2(computedTotal), report.ruleTotal.score)]),
  ];
}

const nonNegative = (value: Decimal | null) => (value === null || value.isNegative() ? null : value);

/** Rule tables group by their own first level (投入 / 过程 / 产出及效率), keyed as printed. */
function levelTotals(report: DepartmentReportDocument, rules: ScoredRule[]): Record<string, { weight: string; computed: string }> {
  const totals: Record<string, { weight: Decimal; computed: Decimal }> = {};
  rules.forEach((rule, i) => {
    const key = normalizeCell(report.ruleIndicators[i].level1) || '(未分级)';
    const level = (totals[key] ??= { weight: new Decimal(0), computed: new Decimal(0) });
    level.weight = level.weight.plus(rule.weight);
    if (rule.computed !== null) level.computed = level.computed.plus(rule.computed);
  });
  return Object.fromEntries(Object.entries(totals).map(([key, t]) => [key, { weight: t.weight.toString(), computed: t.computed.toFixed(2) }]));
}

const sum = (values: (Decimal | null)[]) => values.reduce<Decimal>((total, v) => (v === null ? total : total.plus(v)), new Decimal(0));
