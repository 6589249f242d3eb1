import Decimal from 'decimal.js';
import { fixed2, isBlank, normalizeCell, readDecimal, round2 } from './cells';
import type { FormLike, ProjectFormDocument } from './document';
import { executionWeight, ExecutionResult, scoreExecution } from './execution';
import { Flag, flag } from './flags';
import { Grade, gradeOf } from './grade';
import { FormTotals, formTotals, LEVEL1_KEYS } from './form-totals';
import { IndicatorResult, ScoredIndicator, scoreIndicator } from './indicator-score';
import { Level1Key, TEMPLATE_WEIGHTS } from './levels';
import { formSums } from './sums';

export interface ProjectFormResult {
  kind: 'project-form';
  execution: Omit<ExecutionResult, 'computed'>;
  indicators: IndicatorResult[];
  levelTotals: Record<string, { weight: string; computed: string }>;
  total: { computed: string; printed: string | null; weight: string };
  grade: Grade;
  flags: Flag[];
}

/**
 * Rows scored before, by the row itself: a row's score depends on the row and its place alone. A caller that scores a
 * document again after a change passes one (a command: a report's rows keep their identity across its events, and
 * only the rows the change replaced are scored again). Rows must be values, never changed in place. What it holds is
 * shared between results, so it is frozen.
 */
export type ScoredRows = WeakMap<object, { path: string; scored: ScoredIndicator }>;

export function scoreProjectForm(form: ProjectFormDocument | FormLike, scoredRows?: ScoredRows): ProjectFormResult {
  const scored = form.indicators.map((row, i) => (scoredRows ? scoreRowOnce(scoredRows, row, indicatorPath(i)) : scoreIndicator(row, indicatorPath(i))));
  const weight = executionWeight(form.funds.total.weight);
  const execution = scoreExecution(form.funds, weight);
  const { computed: computedTotal, weight: weightTotal, levels } = formTotals(scored, weight, execution.result.computed);
  const flags = [...execution.flags];
  for (const s of scored) for (const found of s.flags) flags.push(found);
  flags.push(...weightFlags(weightTotal, levels), ...totalFlags(form, computedTotal));
  const { weight: executionWeightText, printedRate, printedScore, rate, score } = execution.result;
  return {
    kind: 'project-form',
    execution: { weight: executionWeightText, printedRate, printedScore, rate, score },
    indicators: scored.map((s) => s.result),
    levelTotals: levelTotals(levels),
    total: { computed: fixed2(computedTotal), printed: isBlank(form.total.score) ? null : normalizeCell(form.total.score), weight: weightTotal.toString() },
    grade: gradeOf(computedTotal),
    flags,
  };
}

// `indicators[0]`, `indicators[1]`, …: built once, not once per row of every form.
const INDICATOR_PATHS: string[] = [];
const indicatorPath = (i: number) => (INDICATOR_PATHS[i] ??= `indicators[${i}]`);

function scoreRowOnce(scoredRows: ScoredRows, row: FormLike['indicators'][number], path: string): ScoredIndicator {
  const known = scoredRows.get(row);
  if (known !== undefined && known.path === path) return known.scored;
  const scored = scoreIndicator(row, path);
  Object.freeze(scored.result);
  Object.freeze(scored.flags);
  scoredRows.set(row, { path, scored: Object.freeze(scored) });
  return scored;
}

type LevelSums = FormTotals['levels'];

function weightFlags(weightTotal: Decimal, levels: LevelSums): Flag[] {
  const flags: Flag[] = [];
  if (!weightTotal.equals(100)) {
    flags.push(flag('WEIGHTS_NOT_100', 'weights', `各项分值（含预算执行率）合计 ${weightTotal}，应为 100`, '100', weightTotal.toString()));
  }
  for (const key of LEVEL1_KEYS) {
    const template = TEMPLATE_WEIGHTS[key];
    const { rows, weight } = levels[key];
    if (!weight.equals(template)) {
      flags.push(flag('LEVEL_WEIGHT_MISMATCH', `levels.${key}`, levelMessage(key, rows, weight, template), String(template), weight.toString()));
    }
  }
  return flags;
}

const LEVEL_NAMES: Record<Level1Key, string> = { output: '产出指标', effect: '效益指标', satisfaction: '满意度指标' };

/** What the clerk reads, and what they can do about it: add the missing level, or bring its points to the template's. */
function levelMessage(key: Level1Key, rows: number, weight: Decimal, template: number): string {
  const name = LEVEL_NAMES[key];
  if (rows === 0) {
    const example = key === 'satisfaction' ? '（如“服务对象满意度”）' : '';
    return `表中没有${name}（模板为 ${template} 分）：请新增${name}${example}，分值合计 ${template}`;
  }
  return `${name}分值合计 ${weight}，模板为 ${template}：请调整该级指标的分值，使其合计为 ${template}`;
}

function totalFlags(form: FormLike, computedTotal: Decimal): Flag[] {
  if (isBlank(form.total.score)) return [];
  const printed = readDecimal(form.total.score);
  if (printed === null) return [flag('SUM_MISMATCH', 'total.score', `总分“${form.total.score}”无法识别`, null, form.total.score)];
  const printedSum = formSums(form).score;
  const flags: Flag[] = [];
  if (!round2(printed).equals(round2(printedSum))) {
    flags.push(flag('SUM_MISMATCH', 'total.score', `填报总分 ${form.total.score} 不等于各项填报得分之和 ${fixed2(printedSum)}`, fixed2(printedSum), form.total.score));
  }
  if (!round2(printed).equals(round2(computedTotal))) {
    flags.push(flag('TOTAL_MISMATCH', 'total.score', `填报总分 ${form.total.score} 与计算总分 ${fixed2(computedTotal)} 不符`, fixed2(computedTotal), form.total.score));
  }
  return flags;
}

function levelTotals(levels: LevelSums): Record<string, { weight: string; computed: string }> {
  const totals: Record<string, { weight: string; computed: string }> = {};
  for (const key of LEVEL1_KEYS) {
    totals[key] = { weight: levels[key].weight.toString(), computed: fixed2(levels[key].computed) };
  }
  return totals;
}
