import type { Role } from '../actor';

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
}

/** 主管部门: belongs to one region. */
export interface Department {
  code: string;
  name: string;
  regionCode: string;
}

/** 实施单位/预算单位: belongs to a department. */
export interface Unit {
  code: string;
  name: string;
  departmentCode: string;
}

export interface Account {
  username: string;
  displayName: string;
  role: Role;
  department: string | null;
  region: string | null;
  email: string | null;
  active: boolean;
}

/** The organisation as the tables hold it (the projection of the organisation stream). */
export interface Organisation {
  regions: Map<string, Region>;
  departments: Map<string, Department>;
  units: Map<string, Unit>;
  accounts: Map<string, Account>;
}

export const ORGANISATION_STREAM = 'organisation';

export function emptyOrganisation(): Organisation {
  return { regions: new Map(), departments: new Map(), units: new Map(), accounts: new Map() };
}

/** The role names of the organisation workbook (SPEC §16: 填表人, 单位负责人, 财政审核人, 审计, 管理员). */
export const ROLE_LABELS_IN_FILES: Record<Role, string> = {
  preparer: '填表人', head: '单位负责人', reviewer: '财政审核人', auditor: '审计', admin: '管理员',
};

/** The regions at and below `root`. */
export function subtreeOf(organisation: Organisation, root: string): Set<string> {
  const found = new Set<string>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const region of organisation.regions.values()) {
      if (region.parentCode && found.has(region.parentCode) && !found.has(region.code)) {
        found.add(region.code);
        grew = true;
      }
    }
  }
  return found;
}

/** The region an account belongs to: its own, or its department's. */
export function regionOfAccount(organisation: Organisation, account: Pick<Account, 'region' | 'department'>): string | null {
  if (account.region) return account.region;
  return account.department ? organisation.departments.get(account.department)?.regionCode ?? null : null;
}
