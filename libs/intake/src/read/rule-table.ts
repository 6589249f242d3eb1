import { compact, labelOf } from '../grid';
import { RULE_COLUMNS, TOTAL_ROW } from './labels';
import { Trace } from './notes';
import { Region } from './region';
import { ruleOfCriterion } from './rule-criterion';

/** 附件1: the rule-scored indicator table, from its heading row to its 合计 row. */
export function readRuleTable(region: Region, headerRow: number, trace: Trace) {
  const columns: Record<string, number> = {};
  const computed: number[] = [];
  let previous = '';
  for (const cell of region.cells(headerRow)) {
    region.read(cell);
    let key = RULE_COLUMNS.find(([, pattern]) => pattern.test(labelOf(cell.text)))?.[0];
    // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: a 分值 right of a level is that level's points.
    if (key === 'weight' && (previous === 'level1' || previous === 'level2')) key = `${previous}Weight`;
    if (key === 'computed') computed.push(cell.col);
    else if (key && columns[key] === undefined) columns[key] = cell.col;
    previous = key ?? '';
  }
  const rows: Record<string, unknown>[] = [];
  const total = { weight: '', score: '' };
  let end = headerRow;
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    const cells = region.cells(r).filter((c) => c.text !== '');
    computed.forEach((col) => region.read(region.at(r, col)));
    if (cells.some((c) => TOTAL_ROW.test(labelOf(c.text)))) {
      cells.filter((c) => TOTAL_ROW.test(labelOf(c.text))).forEach((c) => region.read(c));
      total.weight = readAt(region, r, columns.weight, 'ruleTotal.weight', trace);
      total.score = readAt(region, r, columns.score, 'ruleTotal.score', trace);
      end = r;
      break;
    }
    if (cells.length < 3) break;
    rows.push(ruleRow(region, r, columns, rows.length, trace));
    end = r;
  }
  return { rows, total, end };
}

function ruleRow(region: Region, r: number, columns: Record<string, number>, index: number, trace: Trace) {
  const path = `ruleIndicators[${index}]`;
  const get = (key: string) => readAt(region, r, columns[key], `${path}.${key}`, trace);
  const short = (key: string) => compact(get(key));
  const [level1, level1Weight] = splitPoints(short('level1'), columns.level1Weight ? short('level1Weight') : undefined);
  const [level2, level2Weight] = splitPoints(short('level2'), columns.level2Weight ? short('level2Weight') : undefined);
  const row: Record<string, unknown> = { level1, level2, name: short('name'), weight: short('weight'), criterion: get('criterion') };
  if (level1Weight !== undefined) row.level1Weight = level1Weight;
  if (level2Weight !== undefined) row.level2Weight = level2Weight;
  if (columns.explanation) row.explanation = get('explanation');
  row.measured = columns.measured ? short('measured') : measuredIn(String(row.explanation ?? ''), trace, path);
  row.score = short('score');
  const rule = ruleOfCriterion(String(row.criterion), String(row.weight)) ?? ruleOfCriterion(String(row.explanation ?? ''), String(row.weight));
  if (!rule) {
    trace.notes.push({
      code: 'RULE_UNREAD', place: trace.cells[`${path}.criterion`] ?? region.grid.name,
      message: `第${index + 1}行“${row.name}”的评分标准无法解读为计分规则，系统不计算该行得分`,
    });
  }
  row.rule = rule ?? { kind: 'levels', levels: {} };
  return row;
}

function readAt(region: Region, row: number, col: number | undefined, path: string, trace: Trace): string {
  if (!col) return '';
  const cell = region.at(row, col);
  if (cell) trace.cells[path] = cell.place;
  return region.read(cell);
}

/** `投入(10分)` → [`投入`, `10`]: a level printed with its points, or with them in a 分值 column of its own. */
function splitPoints(text: string, points: string | undefined): [string, string | undefined] {
  if (points !== undefined) return [text, points];
  const match = /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/.exec(text);
  return match ? [match[1], match[2]] : [text, undefined];
}

/** A table with no 实际测算值 column prints the value at the end of its formula: `…×100%=38.22%`. */
function measuredIn(explanation: string, trace: Trace, path: string): string {
  const values = [...explanation.matchAll(/=\s*(-?\d+(?:\.\d+)?%?)(?![\d.])/g)];
  if (!values.length) return '';
  trace.cells[`${path}.measured`] = trace.cells[`${path}.explanation`];
  return values[values.length - 1][1];
}
