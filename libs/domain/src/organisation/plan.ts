import type { Role } from '../actor';
import type { OrganisationEvent } from './events';
import type { Organisation } from './organisation';
import { subtreeOf } from './organisation';
import type { FieldProblem } from './rules';

/** The admin making a change: one limited to a region manages only that region and its sub-regions. */
export interface Manager {
  username: string;
  region: string | null;
}

export type Sheet = '区划' | '单位' | '用户';
export type Mode = 'create' | 'upsert';
export type Outcome = 'created' | 'updated' | 'unchanged';

export interface RegionRow { row: number; code: string; name: string; parentCode: string | null }
export interface UnitRow { row: number; code: string; name: string; regionCode: string | null; parentCode: string | null }
export interface AccountRow {
  row: number; username: string; displayName: string; role: string; department: string | null; region: string | null;
  email: string | null;
}

export interface OrganisationInput {
  regions: RegionRow[];
  units: UnitRow[];
  users: AccountRow[];
}

export interface RowResult { sheet: Sheet; row: number; key: string; outcome: Outcome }
export interface RowProblem extends FieldProblem { sheet: Sheet; row: number }

export interface Plan {
  events: OrganisationEvent[];
  results: RowResult[];
  problems: RowProblem[];
}

export type RoleOf = (value: string) => Role | null;

/** Collects a sheet's problems and results while a plan is made. */
export class SheetPlan {
  readonly problems: RowProblem[] = [];
  readonly results: RowResult[] = [];
  readonly events: OrganisationEvent[] = [];

  constructor(readonly sheet: Sheet) {}

  fail(row: number, problem: FieldProblem | null): boolean {
    if (problem) this.problems.push({ sheet: this.sheet, row, ...problem });
    return !!problem;
  }

  failAll(row: number, problems: (FieldProblem | null)[]): boolean {
    return problems.map((problem) => this.fail(row, problem)).some(Boolean);
  }

  done(row: number, key: string, outcome: Outcome): void {
    this.results.push({ sheet: this.sheet, row, key, outcome });
  }

  /** Marks the duplicates of a key within the sheet; returns the rows that came first. */
  firstOfEach<T extends { row: number }>(rows: T[], keyOf: (row: T) => string, field: string, label: string): T[] {
    const seen = new Map<string, number>();
    return rows.filter((row) => {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first !== undefined && key) {
        this.fail(row.row, { field, label, message: `「${key}」重复：第 ${first} 行已有` });
        return false;
      }
      seen.set(key, row.row);
      return true;
    });
  }
}

/** The regions a manager may reach in the organisation as it will be (null: all). */
export function reachOf(organisation: Organisation, manager: Manager): Set<string> | null {
  return manager.region ? subtreeOf(organisation, manager.region) : null;
}

export const outOfReach = (manager: Manager, field: string, label: string, code: string | null): FieldProblem => ({
  field, label, message: `「${code ?? '（空）'}」不在您管理的区划（${manager.region}）及其下级区划之内`,
});
