import type { OrganisationEvent } from './events';
import type { Organisation } from './organisation';

function applyChanges<T extends object>(value: T, changes: { [K in keyof T]?: { to: T[K] } }): T {
  const next = { ...value };
  for (const key of Object.keys(changes) as (keyof T)[]) next[key] = changes[key]!.to;
  return next;
}

/** Applies an event to the organisation in place (a decision works on its own copy; see `copyOrganisation`). */
export function evolveOrganisation(organisation: Organisation, event: OrganisationEvent): void {
  switch (event.type) {
    case 'RegionAdded': {
      const { code, name, parentCode } = event.data;
      organisation.regions.set(code, { code, name, parentCode });
      return;
    }
    case 'RegionChanged':
      organisation.regions.set(event.data.code, applyChanges(organisation.regions.get(event.data.code)!, event.data.changes));
      return;
    case 'DepartmentAdded': {
      const { code, name, regionCode } = event.data;
      organisation.departments.set(code, { code, name, regionCode });
      return;
    }
    case 'DepartmentChanged':
      organisation.departments.set(event.data.code, applyChanges(organisation.departments.get(event.data.code)!, event.data.changes));
      return;
    case 'UnitAdded': {
      const { code, name, departmentCode } = event.data;
      organisation.units.set(code, { code, name, departmentCode });
      return;
    }
    case 'UnitChanged':
      organisation.units.set(event.data.code, applyChanges(organisation.units.get(event.data.code)!, event.data.changes));
      return;
    case 'AccountCreated': {
      const { username, displayName, role, department, region, email, active } = event.data;
      organisation.accounts.set(username, { username, displayName, role, department, region, email, active });
      return;
    }
    case 'AccountChanged':
      organisation.accounts.set(event.data.username, applyChanges(organisation.accounts.get(event.data.username)!, event.data.changes));
      return;
    case 'PasswordReset':
    case 'PasswordChanged':
      return;
    default: {
      const unreachable: never = event;
      throw new Error(`unknown organisation event ${(unreachable as { type: string }).type}`);
    }
  }
}

export function copyOrganisation(organisation: Organisation): Organisation {
  return {
    regions: new Map(organisation.regions),
    departments: new Map(organisation.departments),
    units: new Map(organisation.units),
    accounts: new Map(organisation.accounts),
  };
}
