import type { FieldChanges, OrganisationEvent } from './events';
import type { Organisation, Region } from './organisation';
import { Manager, Mode, outOfReach, reachOf, RegionRow, SheetPlan } from './plan';
import { checkCode, checkName, LABELS } from './rules';

const FIELDS = { code: 'code', name: 'name', parent: 'parentCode' };

/** Regions: new ones added parents first, existing ones (in upsert mode) changed; no unknown parent, no cycle. */
export function planRegions(organisation: Organisation, rows: RegionRow[], manager: Manager, mode: Mode): SheetPlan {
  const plan = new SheetPlan('区划');
  const wellFormed = rows.filter((row) => !plan.failAll(row.row, [
    checkCode(row.code, FIELDS.code, LABELS.regionCode),
    checkName(row.name, FIELDS.name, LABELS.regionName),
    row.parentCode === null ? null : checkCode(row.parentCode, FIELDS.parent, LABELS.parentRegion),
    mode === 'create' && organisation.regions.has(row.code)
      ? { field: FIELDS.code, label: LABELS.regionCode, message: `「${row.code}」已存在` } : null,
  ]));
  const unique = plan.firstOfEach(wellFormed, (row) => row.code, FIELDS.code, LABELS.regionCode);
  const before = reachOf(organisation, manager);
  const merged = new Map(organisation.regions);
  unique.forEach((row) => merged.set(row.code, { code: row.code, name: row.name, parentCode: row.parentCode }));
  const after = reachOf({ ...organisation, regions: merged }, manager);
  const reach = { before, after };
  const valid = unique.filter((row) => !plan.fail(row.row, parentProblem(row, merged, organisation.regions.has(row.code), manager, reach)));
  if (plan.problems.length) return plan;
  for (const row of orderParentsFirst(valid, organisation)) {
    const existing = organisation.regions.get(row.code);
    const region: Region = { code: row.code, name: row.name, parentCode: row.parentCode };
    if (!existing) {
      plan.events.push({ type: 'RegionAdded', data: { ...region, within: row.code } });
      plan.done(row.row, row.code, 'created');
      continue;
    }
    const changes = changesOf(existing, region);
    if (changes) plan.events.push({ type: 'RegionChanged', data: { code: row.code, changes, within: row.code } });
    plan.done(row.row, row.code, changes ? 'updated' : 'unchanged');
  }
  return plan;
}

function parentProblem(row: RegionRow, regions: Map<string, Region>, existed: boolean, manager: Manager, reach: Reach) {
  const label = LABELS.parentRegion;
  if (row.parentCode === row.code) return { field: FIELDS.parent, label, message: '不能是区划自身' };
  if (row.parentCode !== null && !regions.has(row.parentCode)) return { field: FIELDS.parent, label, message: `「${row.parentCode}」不存在` };
  if (hasCycle(row.code, regions)) return { field: FIELDS.parent, label, message: `「${row.parentCode}」会使区划上下级形成循环` };
  if (!reach.before || !reach.after) return null;
  if (row.code === manager.region) {
    return { field: FIELDS.code, label: LABELS.regionCode, message: `「${row.code}」是您所在的区划，只能由上级管理员修改` };
  }
  if (existed && !reach.before.has(row.code)) return outOfReach(manager, FIELDS.code, LABELS.regionCode, row.code);
  return reach.after.has(row.code) ? null : outOfReach(manager, FIELDS.parent, label, row.parentCode);
}

interface Reach {
  before: Set<string> | null;
  after: Set<string> | null;
}

function hasCycle(start: string, regions: Map<string, Region>): boolean {
  const seen = new Set<string>();
  for (let code: string | null = start; code !== null; code = regions.get(code)?.parentCode ?? null) {
    if (seen.has(code)) return true;
    seen.add(code);
  }
  return false;
}

/** New regions after their new parents, so every insert finds its parent; changes after every addition. */
function orderParentsFirst(rows: RegionRow[], organisation: Organisation): RegionRow[] {
  const added = rows.filter((row) => !organisation.regions.has(row.code));
  const ordered: RegionRow[] = [];
  const placed = new Set<string>();
  while (ordered.length < added.length) {
    for (const row of added) {
      if (placed.has(row.code)) continue;
      if (row.parentCode === null || !added.some((other) => other.code === row.parentCode) || placed.has(row.parentCode)) {
        ordered.push(row);
        placed.add(row.code);
      }
    }
  }
  return [...ordered, ...rows.filter((row) => organisation.regions.has(row.code))];
}

export function changesOf<T extends object>(before: T, after: T): FieldChanges<T> | null {
  const changes: FieldChanges<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return Object.keys(changes).length ? changes : null;
}

export type { OrganisationEvent };
