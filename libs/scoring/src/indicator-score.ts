import Decimal from 'decimal.js';
import { clampToZeroAnd } from './bounds';
import { Comparator, fixed2, isBlank, normalizeCell, Quantity, readDecimal, readQuantity, round2 } from './cells';
import type { ProjectIndicatorInput } from './document';
import { Flag, flag } from './flags';
import { Level1Key, level1KeyOf, Level2Key, level2KeyOf } from './levels';
import { Achievement, achievementOfCells, scoreInBand } from './qualitative';
import { scoreQuantitative } from './quantitative';
import { memoizeText } from './text-memo';
import { readTarget } from './target-reading';

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

/** `bounded`: the computed score already lies in 0..weight at 2 decimals, as the final bounding would leave it. */
type Outcome = { status: IndicatorStatus; computed: Decimal | null; flags: readonly Flag[]; bounded?: boolean };

/** SPEC §3: the weight of an applicable row, or null for a not-applicable one (blank, `/`, `—`, 不涉及, unreadable). */
export function applicableWeight(row: ProjectIndicatorInput): Decimal | null {
  return weightIfApplicable(row.name, normalizeCell(row.target), row.weight)?.value ?? null;
}

function weightIfApplicable(name: string, target: string, weightText: string): WeightReading | null {
  if (isNotInvolved(normalizeCell(name)) || isNotInvolved(target)) return null;
  return readWeight(weightText);
}

interface WeightReading {
  value: Decimal;
  /** value.toString(), fixed2(value). */
  text: string;
  fixed: string;
}

/** A weight cell read once per text: its value (null: blank, unreadable or negative) and the two ways it is printed. */
const readWeight = memoizeText((text: string): WeightReading | null => {
  const value = readDecimal(text);
  return value === null || value.isNegative() ? null : Object.freeze({ value, text: value.toString(), fixed: fixed2(value) });
});

/** `不涉及` or `此项目不涉及`, the whole cell. */
const isNotInvolved = (text: string) => text === '不涉及' || text === '此项目不涉及';

export const isNotApplicable = (row: ProjectIndicatorInput) => applicableWeight(row) === null;

/**
 * What scoring one applicable row reads more than once: each printed cell read from the row once (rows from different
 * sources differ in shape, and every property read then costs a lookup), the target and self score normalised once,
 * self score against weight compared once.
 */
interface Row {
  path: string;
  /** The printed cells, as read from the row. */
  printed: Pick<ProjectIndicatorInput, 'target' | 'actual' | 'score' | 'comparator' | 'unit'>;
  level2Key: Level2Key | null;
  /** The target cell, normalised. */
  target: string;
  weight: Decimal;
  /** The printed self score, normalised; null when blank. */
  printedSelf: string | null;
  self: Decimal | null;
  /** self.comparedTo(weight), 0 without a self score: a NaN compares as neither above nor below, as greaterThan/lessThan say. */
  order: number;
}

export function scoreIndicator(row: ProjectIndicatorInput, path: string): ScoredIndicator {
  const { name, level1, level2, weight: weightText, target: targetText, score: scoreText } = row;
  const level2Text = normalizeCell(level2);
  const level2Key = level2KeyOf(level2Text);
  const level1Key = level1KeyOf(normalizeCell(level1), level2Text);
  const printedSelf = normalizeCell(scoreText) || null;
  const target = normalizeCell(targetText);
  const printedWeight = weightIfApplicable(name, target, weightText);
  if (printedWeight === null) {
    const result: IndicatorResult = { name, level1, level2, level1Key, level2Key, weight: '0', selfScore: printedSelf, computedScore: null, status: 'not_applicable' };
    return { result, flags: [], weight: ZERO, self: null, computed: null };
  }
  const weight = printedWeight.value;
  const self = printedSelf === null ? null : readDecimal(printedSelf);
  const printed = { target: targetText, actual: row.actual, score: scoreText, comparator: row.comparator, unit: row.unit };
  const cells: Row = { path, printed, level2Key, target, weight, printedSelf, self, order: orderOf(self, weight) };
  const flags = selfScoreFlags(cells);
  const outcome = evaluate(cells);
  for (let i = 0; i < outcome.flags.length; i++) flags.push(outcome.flags[i]);
  if (self !== null && cells.order < 0 && isBlank(row.deviation)) {
    flags.push(flag('DEVIATION_REASON_MISSING', `${path}.deviation`, `得分 ${printedSelf} 低于分值 ${weight}，未填写偏差原因分析及改进措施`));
  }
  // A self score that stands in for an uncomputable one still lies within 0..weight, so totals stay bounded.
  const computed = outcome.computed === null || outcome.bounded ? outcome.computed : round2(clampToZeroAnd(outcome.computed, weight));
  const computedScore = computed === null ? null : computed === weight ? printedWeight.fixed : fixed2(computed);
  const result: IndicatorResult = {
    name, level1, level2, level1Key, level2Key, weight: printedWeight.text, selfScore: printedSelf, computedScore, status: outcome.status,
  };
  return { result, flags, weight, self, computed };
}

/** self.comparedTo(weight); a full-marks cell reads as the very weight (one memo, one Decimal), which compares equal. */
const orderOf = (self: Decimal | null, weight: Decimal) => (self === null ? 0 : self === weight && self.isFinite() ? 0 : self.comparedTo(weight));

const ZERO = new Decimal(0);
const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function selfScoreFlags({ printedSelf: printed, self, order, weight, path }: Row): Flag[] {
  if (printed === null) return [flag('SCORE_MISSING', `${path}.score`, '得分未填写（空白不等于 0 分）')];
  if (self === null) return [flag('SCORE_MISSING', `${path}.score`, `得分“${printed}”无法识别`, null, printed)];
  if (order > 0) return [flag('SCORE_EXCEEDS_WEIGHT', `${path}.score`, `得分 ${printed} 超过分值 ${weight}`, weight.toString(), printed)];
  return [];
}

function evaluate(cells: Row): Outcome {
  const { printed: row, path, self } = cells;
  const actual = normalizeCell(row.actual);
  if (actual === '') {
    return { status: 'missing', computed: self, flags: [flag('ACTUAL_MISSING', `${path}.actual`, '实际完成值未填写')] };
  }
  // SPEC §3: comparator, value and unit printed in separate columns read as if joined.
  const joined = row.comparator === undefined && row.unit === undefined && typeof row.target === 'string';
  const targetText = joined ? cells.target : normalizeCell(`${row.comparator ?? ''}${row.target}${row.unit ?? ''}`);
  if (targetText === '') {
    return { status: 'unresolved', computed: self, flags: [flag('TARGET_UNPARSED', `${path}.target`, '年度指标值未填写，无法计算得分')] };
  }
  const { comparator, quantity: target } = readTarget(targetText);
  if (target) return quantitative(cells, comparator, target, actual);
  if (comparator !== null) {
    return { status: 'unresolved', computed: self, flags: [flag('TARGET_UNPARSED', `${path}.target`, `年度指标值“${row.target}”无法识别`, null, row.target)] };
  }
  return qualitative(cells, actual);
}

function quantitative(cells: Row, printedComparator: Comparator | null, target: Quantity, actualText: string): Outcome {
  const { printed: row, path, weight, self } = cells;
  const actual = readQuantity(actualText);
  // SPEC §3: a bare actual takes the target's unit (and a bare target the actual's).
  const actualUnit = actual?.unit ?? target.unit;
  if (!actual || (target.unit !== null && actualUnit !== target.unit)) {
    const why = actual ? `单位“${actual.unit}”与指标值单位“${target.unit ?? '无'}”不一致` : '不是数值';
    return { status: 'unresolved', computed: self, flags: [flag('ACTUAL_UNPARSED', `${path}.actual`, `实际完成值“${row.actual}”${why}，无法计算得分`, null, row.actual)] };
  }
  // SPEC §3: a number without comparator means ≤ in a cost indicator and ≥ elsewhere.
  const comparator = printedComparator ?? (cells.level2Key === 'cost' ? '<=' : '>=');
  const outcome = scoreQuantitative(comparator, target, actual, weight);
  // A met target scores the weight, which lies in its bounds once rounded; a missed one is already bounded and rounded.
  const computed = outcome.met ? round2(weight) : outcome.score;
  const status = outcome.met ? 'met' : 'not_met';
  const mismatched = self !== null && !matchesSelf(cells, self, outcome.score);
  if (!outcome.farExceeded && !mismatched) return { status, computed, bounded: true, flags: NO_FLAGS };
  const flags: Flag[] = [];
  if (outcome.farExceeded) {
    flags.push(flag('TARGET_FAR_EXCEEDED', `${path}.actual`, `实际完成值 ${row.actual} 达到指标值的 2 倍以上，年初指标值可能设定偏低`, row.target, row.actual));
  }
  if (mismatched) {
    const expected = fixed2(outcome.score);
    flags.push(flag('SCORE_MISMATCH', `${path}.score`, `按完成值与指标值计算应得 ${expected} 分，填报 ${row.score} 分`, expected, row.score));
  }
  return { status, computed, bounded: true, flags };
}

/** round2(self) equals the score; against the weight itself, a self score of 2 decimals has been compared already. */
function matchesSelf({ weight, order }: Row, self: Decimal, score: Decimal): boolean {
  const rounded = round2(self);
  return score === weight && rounded === self ? order === 0 : rounded.equals(score);
}

function qualitative({ printed: row, target, weight, self, order, path }: Row, actual: string): Outcome {
  const achievement = achievementOfCells(target, actual);
  const status: IndicatorStatus = achievement === 'achieved' ? 'met' : achievement === 'partial' ? 'partial' : achievement ? 'not_met' : 'unresolved';
  if (achievement === null) {
    return { status, computed: self, flags: [flag('QUALITATIVE_UNRESOLVED', `${path}.actual`, `无法判断“${row.actual}”是否达成“${row.target}”，采用自评得分`, row.target, row.actual)] };
  }
  if (self === null || order > 0) return { status, computed: self === null ? null : weight, flags: [] };
  const { score, inBand } = scoreInBand(self, achievement, weight);
  if (inBand) return { status, computed: score, flags: [] };
  const expected = fixed2(score);
  const message = `定性指标${ACHIEVEMENT_LABELS[achievement]}，得分应在该档区间内，按区间边界计 ${expected} 分`;
  return { status, computed: score, flags: [flag('SCORE_OUT_OF_BAND', `${path}.score`, message, expected, row.score)] };
}

const ACHIEVEMENT_LABELS: Record<Achievement, string> = { achieved: '达成', partial: '部分达成', not_achieved: '未达成' };
