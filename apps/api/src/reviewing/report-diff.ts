import type { ReportView } from '@jixiao/read-models';

export interface CellChange {
  /** Where: `title`, `funds.total.executed`, `indicators.i3.actual`, … */
  path: string;
  /** What a reader calls it: 项目名称, 全年执行数, the indicator's name and column. */
  label: string;
  from: string | null;
  to: string | null;
}

const INDICATOR_COLUMNS: [keyof ReportView['indicators'][number], string][] = [
  ['level1', '一级指标'], ['level2', '二级指标'], ['name', '三级指标'], ['target', '年度指标值'], ['actual', '实际完成值'],
  ['weight', '分值'], ['selfScore', '自评得分'], ['deviation', '偏差原因分析及改进措施'],
];
const FUNDS_ROWS: Record<string, string> = { total: '资金合计', currentYear: '本年财政拨款', carryOver: '上年结转资金', other: '其他资金' };
const FUNDS_COLUMNS: Record<string, string> = {
  initialBudget: '年初预算数', annualBudget: '全年预算数', executed: '全年执行数', weight: '分值', executionRate: '执行率', score: '得分',
};
const GOALS: Record<string, string> = { planned: '预期目标', achieved: '实际完成情况' };

/** Every printed cell that differs between two versions of a report, named as the form names it. */
export function changedCells(from: ReportView, to: ReportView): CellChange[] {
  const changes: CellChange[] = [];
  const compare = (path: string, label: string, a: unknown, b: unknown) => {
    const [x, y] = [textOf(a), textOf(b)];
    if (x !== y) changes.push({ path, label, from: x, to: y });
  };
  compare('title', '项目名称', from.title, to.title);
  const funds = [from.funds, to.funds] as Record<string, Record<string, unknown> | undefined>[];
  for (const row of Object.keys(FUNDS_ROWS)) {
    for (const column of Object.keys(FUNDS_COLUMNS)) {
      compare(`funds.${row}.${column}`, `${FUNDS_ROWS[row]}·${FUNDS_COLUMNS[column]}`, funds[0]?.[row]?.[column], funds[1]?.[row]?.[column]);
    }
  }
  const goals = [from.goals, to.goals] as (Record<string, unknown> | null)[];
  for (const key of Object.keys(GOALS)) compare(`goals.${key}`, GOALS[key], goals[0]?.[key], goals[1]?.[key]);
  const before = new Map(from.indicators.map((row) => [row.id, row]));
  const after = new Map(to.indicators.map((row) => [row.id, row]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(id), after.get(id)];
    const name = (b ?? a)!.name;
    if (!a || !b) {
      changes.push({ path: `indicators.${id}`, label: `${name}（${a ? '已删除' : '新增'}）`, from: a ? name : null, to: b ? name : null });
      continue;
    }
    for (const [column, label] of INDICATOR_COLUMNS) compare(`indicators.${id}.${column}`, `${name}·${label}`, a[column], b[column]);
  }
  compare('total.printed', '总分（填报）', from.total.printed, to.total.printed);
  return changes;
}

function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
