import Decimal from 'decimal.js';
import { normalizeCell } from './cells';

export type Achievement = 'achieved' | 'partial' | 'not_achieved';

// 显著 > 明显 > 较好/较大/良好/较高 > 一般 > 较差 > 差/无; longer words first so 较差 is not read as 差.
const SCALE: [string, number][] = [
  ['显著', 0], ['明显', 1], ['较好', 2], ['较大', 2], ['良好', 2], ['较高', 2], ['一般', 3], ['较差', 4], ['差', 5], ['无', 5],
];
const NOT_ACHIEVED = ['未达成', '未完成', '未达到'];
const PARTIAL = ['部分达成', '基本达成', '部分完成', '基本完成'];
const NEGATION = /不|未|没有/;
const ACHIEVED = ['达成预期指标', '达成', '已完成', '完成', '有效执行', '达到'];

function rankOf(text: string): number | null {
  if (text.includes('不明显')) return 3;
  return SCALE.find(([word]) => text.includes(word))?.[1] ?? null;
}

/** null when the engine cannot tell: the self score then stands, flagged QUALITATIVE_UNRESOLVED. */
export function achievementOf(targetText: string, actualText: string): Achievement | null {
  return achievementOfCells(normalizeCell(targetText), normalizeCell(actualText));
}

/** achievementOf for cells already normalised. */
export function achievementOfCells(target: string, actual: string): Achievement | null {
  if (NOT_ACHIEVED.some((w) => actual.includes(w))) return 'not_achieved';
  if (PARTIAL.some((w) => actual.includes(w))) return 'partial';
  const negated = NEGATION.test(actual) && !NEGATION.test(target);
  if (actual === target || (!negated && target && (actual.includes(target) || target.includes(actual)))) return 'achieved';
  const targetRank = rankOf(target);
  const actualRank = rankOf(actual);
  if (targetRank !== null && actualRank !== null) {
    const stepsBelow = actualRank - targetRank;
    return stepsBelow <= 0 ? 'achieved' : stepsBelow === 1 ? 'partial' : 'not_achieved';
  }
  if (ACHIEVED.some((w) => actual.includes(w))) return 'achieved';
  return null;
}

/** 财预〔2020〕10号 Art. 20: achieved 80%–100% (80% included), partial 60%–80%, not achieved under 60%. */
export function bandOf(achievement: Achievement, weight: Decimal): { low: Decimal; high: Decimal; highIncluded: boolean } {
  if (achievement === 'achieved') return { low: weight.times(EIGHTY_PERCENT), high: weight, highIncluded: true };
  if (achievement === 'partial') return { low: weight.times(SIXTY_PERCENT), high: weight.times(EIGHTY_PERCENT), highIncluded: false };
  return { low: ZERO, high: weight.times(SIXTY_PERCENT), highIncluded: false };
}

const EIGHTY_PERCENT = new Decimal('0.8');
const SIXTY_PERCENT = new Decimal('0.6');
const ZERO = new Decimal(0);

const CENT = new Decimal('0.01');

/**
 * The self score when it lies in its band, else the nearest edge of the band; an excluded upper edge gives the
 * highest two-decimal score below it (部分达成 of 10 tops out at 7.99), so the computed score stays in its band.
 */
export function scoreInBand(selfScore: Decimal, achievement: Achievement, weight: Decimal): { score: Decimal; inBand: boolean } {
  const { low, high, highIncluded } = bandOf(achievement, weight);
  const belowHigh = highIncluded ? selfScore.lessThanOrEqualTo(high) : selfScore.lessThan(high);
  if (selfScore.greaterThanOrEqualTo(low) && belowHigh) return { score: selfScore, inBand: true };
  if (selfScore.lessThan(low)) return { score: low.toDecimalPlaces(2, Decimal.ROUND_UP), inBand: false };
  const top = highIncluded ? high.toDecimalPlaces(2, Decimal.ROUND_DOWN) : topBelow(high);
  return { score: Decimal.max(low.toDecimalPlaces(2, Decimal.ROUND_UP), top), inBand: false };
}

const topBelow = (high: Decimal) => {
  const down = high.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return down.equals(high) ? down.minus(CENT) : down;
};
