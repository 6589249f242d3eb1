import type { Problem } from '../report/errors';
import type { ProjectListRow } from './commands';
import type { ListedProject } from './events';

/** The template's columns (SPEC §17), in order: field → printed label. */
export const PROJECT_LIST_COLUMNS = [
  ['code', '项目编码'],
  ['name', '项目名称'],
  ['department', '主管部门编码'],
  ['implementingUnit', '实施单位'],
  ['initialBudget', '年初预算数'],
  ['annualBudget', '全年预算数'],
  ['executed', '全年执行数'],
  ['executionWeight', '执行率分值'],
] as const satisfies readonly (readonly [keyof ListedProject, string])[];

const LABEL = Object.fromEntries(PROJECT_LIST_COLUMNS) as Record<keyof ListedProject, string>;
const AMOUNT = /^\d+(\.\d+)?$/;
const DEFAULT_EXECUTION_WEIGHT = '10';

export type CheckedList = { ok: true; projects: ListedProject[] } | { ok: false; problems: Problem[] };

/** Every row checked against the campaign's departments and each other; any problem names its row and column. */
export function checkProjectList(rows: ProjectListRow[], departments: readonly string[]): CheckedList {
  const problems: Problem[] = [];
  const firstRowOf = new Map<string, number>();
  const projects = rows.map((input) => {
    const row = trimmed(input);
    const problem = (field: keyof ListedProject, message: string) =>
      problems.push({ path: `第${input.row}行.${LABEL[field]}`, message: `第 ${input.row} 行「${LABEL[field]}」：${message}` });
    if (!row.code) problem('code', '不能为空');
    else if (row.code.length > 64) problem('code', '最长 64 个字符');
    else if (firstRowOf.has(row.code)) problem('code', `项目编码 ${row.code} 与第 ${firstRowOf.get(row.code)} 行重复`);
    else firstRowOf.set(row.code, input.row);
    if (!row.name) problem('name', '不能为空');
    if (!row.department) problem('department', '不能为空');
    else if (!departments.includes(row.department)) problem('department', `单位编码 ${row.department} 不在本次自评任务的单位中`);
    for (const field of ['initialBudget', 'annualBudget', 'executed', 'executionWeight'] as const) {
      const optional = field === 'executed' || field === 'executionWeight';
      if (!row[field] && optional) continue;
      if (!row[field]) problem(field, '不能为空');
      else if (!AMOUNT.test(row[field])) problem(field, `「${row[field]}」不是数字（金额以万元计，如 120.5）`);
    }
    return { ...row, executionWeight: row.executionWeight || DEFAULT_EXECUTION_WEIGHT };
  });
  return problems.length ? { ok: false, problems } : { ok: true, projects };
}

function trimmed(row: ProjectListRow): ListedProject {
  const text = (value: unknown) => String(value ?? '').trim();
  const amount = (value: unknown) => text(value).replace(/,/g, '');
  return {
    code: text(row.code), name: text(row.name), department: text(row.department), implementingUnit: text(row.implementingUnit),
    initialBudget: amount(row.initialBudget), annualBudget: amount(row.annualBudget), executed: amount(row.executed),
    executionWeight: amount(row.executionWeight),
  };
}
