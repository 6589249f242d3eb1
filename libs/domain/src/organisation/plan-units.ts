import type { Department, Organisation, Unit } from './organisation';
import { Manager, Mode, outOfReach, SheetPlan, UnitRow } from './plan';
import { changesOf } from './plan-regions';
import { checkCode, checkName, FieldProblem, LABELS } from './rules';

const FIELDS = { code: 'code', name: 'name', region: 'regionCode', parent: 'parentCode' };

/**
 * The 单位 sheet: a row without 上级单位编码 is a department (主管部门) of a region; one with it is a unit (实施单位)
 * of that department. `regions` is the organisation's regions as the plan's 区划 rows leave them.
 */
export function planUnits(organisation: Organisation, rows: UnitRow[], manager: Manager, mode: Mode, reach: Set<string> | null): SheetPlan {
  const plan = new SheetPlan('单位');
  const wellFormed = rows.filter((row) => !plan.failAll(row.row, [
    checkCode(row.code, FIELDS.code, LABELS.unitCode),
    checkName(row.name, FIELDS.name, LABELS.unitName),
    row.regionCode === null ? null : checkCode(row.regionCode, FIELDS.region, LABELS.unitRegion),
    row.parentCode === null ? null : checkCode(row.parentCode, FIELDS.parent, LABELS.parentUnit),
    mode === 'create' && (organisation.departments.has(row.code) || organisation.units.has(row.code))
      ? { field: FIELDS.code, label: LABELS.unitCode, message: `「${row.code}」已存在` } : null,
  ]));
  const unique = plan.firstOfEach(wellFormed, (row) => row.code, FIELDS.code, LABELS.unitCode);
  const departmentRows = new Map(unique.filter((row) => row.parentCode === null).map((row) => [row.code, row]));
  const regionOf = (code: string) => departmentRows.get(code)?.regionCode ?? organisation.departments.get(code)?.regionCode ?? null;
  const inReach = (region: string | null) => !reach || (region !== null && reach.has(region));
  const valid = unique.filter((row) => !plan.fail(row.row, rowProblem(row, organisation, regionOf, inReach, manager)));
  if (plan.problems.length) return plan;
  for (const row of valid.filter((r) => r.parentCode === null)) {
    const next = { code: row.code, name: row.name, regionCode: row.regionCode! };
    record(plan, row, organisation.departments.get(row.code), next, 'Department', row.regionCode);
  }
  for (const row of valid.filter((r) => r.parentCode !== null)) {
    const next = { code: row.code, name: row.name, departmentCode: row.parentCode! };
    record(plan, row, organisation.units.get(row.code), next, 'Unit', regionOf(row.parentCode!));
  }
  return plan;
}

function rowProblem(
  row: UnitRow, organisation: Organisation, regionOf: (department: string) => string | null,
  inReach: (region: string | null) => boolean, manager: Manager,
): FieldProblem | null {
  const existingRegion = organisation.departments.get(row.code)?.regionCode
    ?? regionOf(organisation.units.get(row.code)?.departmentCode ?? '');
  if (existingRegion && !inReach(existingRegion)) return outOfReach(manager, FIELDS.code, LABELS.unitCode, row.code);
  if (row.parentCode === null) {
    if (organisation.units.has(row.code)) return { field: FIELDS.parent, label: LABELS.parentUnit, message: `「${row.code}」是下属单位，应填写上级单位编码` };
    if (row.regionCode === null) return { field: FIELDS.region, label: LABELS.unitRegion, message: '主管部门必须填写所属区划编码' };
    if (!organisation.regions.has(row.regionCode)) return { field: FIELDS.region, label: LABELS.unitRegion, message: `「${row.regionCode}」不存在` };
    return inReach(row.regionCode) ? null : outOfReach(manager, FIELDS.region, LABELS.unitRegion, row.regionCode);
  }
  if (organisation.departments.has(row.code)) return { field: FIELDS.parent, label: LABELS.parentUnit, message: `「${row.code}」是主管部门，不能有上级单位` };
  const parentRegion = regionOf(row.parentCode);
  if (parentRegion === null) return { field: FIELDS.parent, label: LABELS.parentUnit, message: `「${row.parentCode}」不是已有或本文件中的主管部门` };
  if (row.regionCode !== null && row.regionCode !== parentRegion) {
    return { field: FIELDS.region, label: LABELS.unitRegion, message: `「${row.regionCode}」与上级单位的区划（${parentRegion}）不一致` };
  }
  return inReach(parentRegion) ? null : outOfReach(manager, FIELDS.parent, LABELS.parentUnit, row.parentCode);
}

function record(
  plan: SheetPlan, row: UnitRow, existing: Department | Unit | undefined, next: Department | Unit, kind: 'Department' | 'Unit',
  within: string | null,
) {
  if (!existing) {
    plan.events.push(kind === 'Department'
      ? { type: 'DepartmentAdded', data: { ...(next as Department), within } }
      : { type: 'UnitAdded', data: { ...(next as Unit), within } });
    plan.done(row.row, row.code, 'created');
    return;
  }
  const changes = changesOf<object>(existing, next);
  if (changes) {
    plan.events.push(kind === 'Department'
      ? { type: 'DepartmentChanged', data: { code: row.code, changes, within } }
      : { type: 'UnitChanged', data: { code: row.code, changes, within } });
  }
  plan.done(row.row, row.code, changes ? 'updated' : 'unchanged');
}
