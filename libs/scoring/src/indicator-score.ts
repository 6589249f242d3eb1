import Decimal from 'decimal.js';
import { fixed2, isBlank, normalizeCell, readComparator, readDecimal, readQuantity, round2 } from './cells';
import type { ProjectIndicatorInput } from './document';
import { Flag, flag } from './flags';
import { Level1Key, level1KeyOf, Level2Key, level2KeyOf } from './levels';
import { achievementOf, scoreInBand } from './qualitative';
import { scoreQuantitative } from './quantitative';

export type IndicatorStatus = 'met' | 'partial' | 'not_met' | 'missing' | 'not_applicable' | 'unresolved';

export interface IndicatorResult {
  name: string;
  level1: string;
  level2: string;
  level1Key: Level1Key | null;
  level2Key: Level2Key | null;
  weight: string;
  selfScore: string | null;
  computedScore: string | null;
  status: IndicatorStatus;
}

export interface ScoredIndicator {
  result: IndicatorResult;
  flags: Flag[];
  weight: Decimal;
  self: Decimal | null;
  computed: Decimal | null;
}

type Outcome = { status: IndicatorStatus; computed: Decimal | null; flags: Flag[] };

const NOT_INVOLVED = /^(此项目)?不涉及$/;

/** SPEC §3: the weight of an applicable row, or null for a not-applicable one (blank, `/`, `—`, 不涉及, unreadable). */
export function applicableWeight(row: ProjectIndicatorInput): Decimal | null {
  if (NOT_INVOLVED.test(normalizeCell(row.name)) || NOT_INVOLVED.test(normalizeCell(row.target))) return null;
  const weight = readDecimal(row.weight);
  return weight === null || weight.isNegative() ? null : weight;
}

export const isNotApplicable = (row: ProjectIndicatorInput) => applicableWeight(row) === null;

export function scoreIndicator(row: ProjectIndicatorInput, path: string): ScoredIndicator {
  const level2 = normalizeCell(row.level2);
  const level1Key = level1KeyOf(normalizeCell(row.level1), level2);
  const level2Key = level2KeyOf(level2);
  const printedSelf = isBlank(row.score) ? null : normalizeCell(row.score);
  const view = (weight: string, computedScore: string | null, status: IndicatorStatus): IndicatorResult => ({
    name: row.name, level1: row.level1, level2: row.level2, level1Key, level2Key, weight, selfScore: printedSelf, computedScore, status,
  });
  const weight = applicableWeight(row);
  if (weight === null) return { result: view('0', null, 'not_applicable'), flags: [], weight: ZERO, self: null, computed: null };
  const self = printedSelf === null ? null : readDecimal(printedSelf);
  const flags = selfScoreFlags(printedSelf, self, weight, path);
  const outcome = evaluate(row, weight, self, path);
  flags.push(...outcome.flags);
  if (self !== null && self.lessThan(weight) && isBlank(row.deviation)) {
    flags.push(flag('DEVIATION_REASON_MISSING', `${path}.deviation`, `得分 ${printedSelf} 低于分值 ${weight}，未填写偏差原因分析及改进措施`));
  }
  // A self score that stands in for an uncomputable one still lies within 0..weight, so totals stay bounded.
  const computed = outcome.computed === null ? null : round2(Decimal.max(0, Decimal.min(outcome.computed, weight)));
  return {
    result: view(weight.toString(), computed === null ? null : computed.toFixed(2), outcome.status),
    flags, weight, self, computed,
  };
}

const ZERO = new Decimal(0);

function selfScoreFlags(printed: string | null, self: Decimal | null, weight: Decimal, path: string): Flag[] {
  if (printed === null) return [flag('SCORE_MISSING', `${path}.score`, '得分未填写（空白不等于 0 分）')];
  if (self === null) return [flag('SCORE_MISSING', `${path}.score`, `得分“${printed}”无法识别`, null, printed)];
  if (self.greaterThan(weight)) return [flag('SCORE_EXCEEDS_WEIGHT', `${path}.score`, `得分 ${printed} 超过分值 ${weight}`, weight.toString(), printed)];
  return [];
}

function evaluate(row: ProjectIndicatorInput, weight: Decimal, self: Decimal | null, path: string): Outcome {
  if (isBlank(row.actual)) {
    return { status: 'missing', computed: self, flags: [flag('ACTUAL_MISSING', `${path}.actual`, '实际完成值未填写')] };
  }
  const targetText = normalizeCell(`${row.comparator ?? ''}${row.target}${row.unit ?? ''}`);
  if (targetText === '') {
    return { status: 'unresolved', computed: self, flags: [flag('TARGET_UNPARSED', `${path}.target`, '年度指标值未填写，无法计算得分')] };
  }
  const { comparator, rest } = readComparator(targetText);
  const target = readQuantity(rest);
  if (target) return quantitative(row, comparator, target, weight, self, path);
  if (comparator !== null) {
    return { status: 'unresolved', computed: self, flags: [flag('TARGET_UNPARSED', `${path}.target`, `年度指标值“${row.target}”无法识别`, null, row.target)] };
  }
  return qualitative(row, weight, self, path);
}

function quantitative(
  row: ProjectIndicatorInput, printedComparator: ReturnType<typeof readComparator>['comparator'],
  target: NonNullable<ReturnType<typeof readQuantity>>, weight: Decimal, self: Decimal | null, path: string,
): Outcome {
  const actual = readQuantity(normalizeCell(row.actual));
  // SPEC §3: a bare actual takes the target's unit (and a bare target the actual's).
  const actualUnit = actual?.unit ?? target.unit;
  if (!actual || (target.unit !== null && actualUnit !== target.unit)) {
    const why = actual ? `单位“${actual.unit}”与指标值单位“${target.unit ?? '无'}”不一致` : '不是数值';
    return { status: 'unresolved', computed: self, flags: [flag('ACTUAL_UNPARSED', `${path}.actual`, `实际完成值“${row.actual}”${why}，无法计算得分`, null, row.actual)] };
  }
  // SPEC §3: a number without comparator means ≤ in a cost indicator and ≥ elsewhere.
  const comparator = printedComparator ?? (level2KeyOf(normalizeCell(row.level2)) === 'cost' ? '<=' : '>=');
  const outcome = scoreQuantitative(comparator, target, actual, weight);
  const flags: Flag[] = [];
  if (outcome.farExceeded) {
    flags.push(flag('TARGET_FAR_EXCEEDED', `${path}.actual`, `实际完成值 ${row.actual} 达到指标值的 2 倍以上，年初指标值可能设定偏低`, row.target, row.actual));
  }
  if (self !== null && !round2(self).equals(outcome.score)) {
    flags.push(flag('SCORE_MISMATCH', `${path}.score`, `按完成值与指标值计算应得 ${fixed2(outcome.score)} 分，填报 ${row.score} 分`, fixed2(outcome.score), row.score));
  }
  return { status: outcome.met ? 'met' : 'not_met', computed: outcome.score, flags };
}

function qualitative(row: ProjectIndicatorInput, weight: Decimal, self: Decimal | null, path: string): Outcome {
  const achievement = achievementOf(row.target, row.actual);
  const status: IndicatorStatus = achievement === 'achieved' ? 'met' : achievement === 'partial' ? 'partial' : achievement ? 'not_met' : 'unresolved';
  if (achievement === null) {
    return { status, computed: self, flags: [flag('QUALITATIVE_UNRESOLVED', `${path}.actual`, `无法判断“${row.actual}”是否达成“${row.target}”，采用自评得分`, row.target, row.actual)] };
  }
  if (self === null || self.greaterThan(weight)) return { status, computed: self === null ? null : weight, flags: [] };
  const { score, inBand } = scoreInBand(self, achievement, weight);
  const label = { achieved: '达成', partial: '部分达成', not_achieved: '未达成' }[achievement];
  const flags = inBand ? [] : [flag('SCORE_OUT_OF_BAND', `${path}.score`, `定性指标${label}，得分应在该档区间内，按区间边界计 ${fixed2(score)} 分`, fixed2(score), row.score)];
  return { status, computed: score, flags };
}
