import Decimal from 'decimal.js';
import { applicableWeight, formSums, level1KeyOf, normalizeCell, readDecimal, ruleSums } from '@jixiao/scoring';
import type { ImportDocument, ProjectIndicatorInput, TableSums } from '@jixiao/scoring';
import type { AcceptSum } from './commands';
import { formOf, isDepartmentReport, PrintedTotal, PrintedTotals } from './document-cells';
import { InvalidInput } from './errors';
import type { ReportEvent, SumAccepted } from './events';
import { evolve, type Report } from './report';

type Table = keyof PrintedTotals;

function sumsOf(document: ImportDocument): Partial<Record<Table, TableSums>> {
  const form = formSums(formOf(document));
  return isDepartmentReport(document) ? { form, rules: ruleSums(document.ruleIndicators) } : { form };
}

function printedOf(document: ImportDocument, table: Table): { weight: string; score: string } {
  return table === 'rules' && isDepartmentReport(document) ? document.ruleTotal : formOf(document).total;
}

const reads = (printed: string, sum: Decimal) => readDecimal(printed)?.equals(sum) ?? false;

/**
 * SPEC §6: in Jixiao a total is the sum. When an event changes the sum of a table's scores or weights, the same
 * event carries the table's new printed 总分; a printed total that merely disagrees is left for AcceptSum.
 */
export function followTotals<E extends ReportEvent>(before: Report, events: E[]): E[] {
  if (!events.length) return events;
  const after = events.reduce<Report>(evolve, before);
  const [was, now] = [sumsOf(before.document), sumsOf(after.document)];
  const totals: PrintedTotals = {};
  for (const table of Object.keys(now) as Table[]) {
    const [a, b] = [was[table], now[table]!];
    const followed: PrintedTotal = {};
    if (!a || !a.weight.equals(b.weight)) followed.weight = b.weight.toString();
    if (!a || !a.score.equals(b.score)) followed.score = b.score.toString();
    const levels = table === 'form' && followed.weight ? followedLevels(before.document, after.document) : undefined;
    if (levels) followed.levels = levels;
    if (Object.keys(followed).length) totals[table] = followed;
  }
  if (!Object.keys(totals).length) return events;
  const last = events[events.length - 1];
  return [...events.slice(0, -1), { ...last, data: { ...last.data, totals } }];
}

/** The preparer takes the sum for each named table (or every table) whose printed 总分 disagrees with it. */
export function acceptSum(report: Report, { data }: AcceptSum): SumAccepted[] {
  const sums = sumsOf(report.document);
  if (data.table !== undefined && !sums[data.table]) {
    throw new InvalidInput([
      {
        path: 'table',
        message: data.table === 'rules' ? '项目支出绩效自评表没有附件1评分表' : `没有名为“${String(data.table)}”的表`,
      },
    ]);
  }
  const tables = data.table === undefined ? (Object.keys(sums) as Table[]) : [data.table];
  const totals: PrintedTotals = {};
  for (const table of tables) {
    const { weight, score } = sums[table]!;
    const printed = printedOf(report.document, table);
    if (reads(printed.weight, weight) && reads(printed.score, score)) continue;
    totals[table] = { weight: weight.toString(), score: score.toString() };
  }
  return Object.keys(totals).length ? [{ type: 'SumAccepted', data: { totals } }] : [];
}

// A level-1 cell that prints its level's points, `产出指标(50分)` or `效益指标（30分）`.
const LEVEL_POINTS = /([(（]\s*)(\d+(?:\.\d+)?)(\s*分\s*[)）])/;
const levelOf = (row: ProjectIndicatorInput) => level1KeyOf(normalizeCell(row.level1), normalizeCell(row.level2));

function levelWeights(rows: ProjectIndicatorInput[]): Map<string, Decimal> {
  const weights = new Map<string, Decimal>();
  for (const row of rows) {
    const level = levelOf(row);
    if (level) weights.set(level, (weights.get(level) ?? new Decimal(0)).plus(applicableWeight(row) ?? 0));
  }
  return weights;
}

/** The printed level subtotals whose level's weights moved, each rewritten to the level's new sum. */
function followedLevels(before: ImportDocument, after: ImportDocument): Record<string, string> | undefined {
  const rows = formOf(after).indicators;
  const [was, now] = [levelWeights(formOf(before).indicators), levelWeights(rows)];
  const levels: Record<string, string> = {};
  for (const row of rows) {
    const level = levelOf(row);
    if (!level || !LEVEL_POINTS.test(row.level1) || was.get(level)?.equals(now.get(level)!)) continue;
    levels[row.level1] = row.level1.replace(LEVEL_POINTS, `$1${now.get(level)!.toString()}$3`);
  }
  return Object.keys(levels).length ? levels : undefined;
}
