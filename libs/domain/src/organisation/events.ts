import type { Account, Department, Region, Unit } from './organisation';

type Event<Type extends string, Data> = { type: Type; data: Data };

/** Every event names `within`: the region the change belongs to, so a region's admin reads its own audit trail. */
interface Within {
  within: string | null;
}

export type FieldChanges<T> = { [K in keyof T]?: { from: T[K]; to: T[K] } };

export type RegionAdded = Event<'RegionAdded', Region & Within>;
export type RegionChanged = Event<'RegionChanged', { code: string; changes: FieldChanges<Omit<Region, 'code'>> } & Within>;
export type DepartmentAdded = Event<'DepartmentAdded', Department & Within>;
export type DepartmentChanged = Event<'DepartmentChanged', { code: string; changes: FieldChanges<Omit<Department, 'code'>> } & Within>;
export type UnitAdded = Event<'UnitAdded', Unit & Within>;
export type UnitChanged = Event<'UnitChanged', { code: string; changes: FieldChanges<Omit<Unit, 'code'>> } & Within>;
/** A new account must choose its own password at its first sign-in, unless it is a demo account. */
export type AccountCreated = Event<'AccountCreated', Account & { mustChangePassword: boolean } & Within>;
/** `revokesTokens`: a role, scope or activity change, after which the account's older tokens answer 401. */
export type AccountChanged = Event<'AccountChanged', {
  username: string; changes: FieldChanges<Omit<Account, 'username'>>; revokesTokens: boolean;
} & Within>;
export type PasswordReset = Event<'PasswordReset', { username: string } & Within>;
export type PasswordChanged = Event<'PasswordChanged', { username: string } & Within>;

export type OrganisationEvent =
  | RegionAdded | RegionChanged | DepartmentAdded | DepartmentChanged | UnitAdded | UnitChanged
  | AccountCreated | AccountChanged | PasswordReset | PasswordChanged;

export type OrganisationEventType = OrganisationEvent['type'];
