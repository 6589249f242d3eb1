/** Turns the data of one stored schema version of an event type into the next version's shape. */
export type UpcastStep = (data: any) => any;

export interface EventSchemas {
  /** Current schema version per event type; a type not listed is at version 1. */
  current: Readonly<Record<string, number>>;
  /** Keyed by `${type}@${fromVersion}`. */
  steps: Readonly<Record<string, UpcastStep>>;
}

export class UnknownSchemaVersion extends Error {
  constructor(readonly type: string, readonly schemaVersion: number) {
    super(`事件 ${type} 的结构版本 ${schemaVersion} 无法读取（缺少升级步骤或来自更新的程序版本）`);
  }
}

export const currentSchemaVersion = (schemas: EventSchemas, type: string) => schemas.current[type] ?? 1;

/** Applies each step from the stored version up to the current one; stored rows are never rewritten. */
export function upcastData(schemas: EventSchemas, type: string, schemaVersion: number, data: unknown): unknown {
  const target = currentSchemaVersion(schemas, type);
  if (schemaVersion > target) throw new UnknownSchemaVersion(type, schemaVersion);
  let current = data;
  for (let version = schemaVersion; version < target; version++) {
    const step = schemas.steps[`${type}@${version}`];
    if (!step) throw new UnknownSchemaVersion(type, version);
    current = step(current);
  }
  return current;
}
