import { ForbiddenException, NotFoundException } from '@nestjs/common';
import {
  AccountNotFound, InvalidInput, OrganisationRefused, type Actor, type FieldProblem, type Manager, type RowProblem,
} from '@jixiao/domain';

/** SPEC §16: only admins manage the organisation; one limited to a region manages that region and its sub-regions. */
export function managerOf(actor: Actor): Manager {
  if (actor.role !== 'admin') throw new ForbiddenException('只有系统管理员可以管理组织与账号');
  return { username: actor.username, region: actor.region ?? null };
}

export const asProblem = (p: FieldProblem) => ({ path: p.field, message: `${p.label}：${p.message}` });

/** `工作表「用户」第 3 行「角色」：…` — where a bulk file's problem is, in Chinese. */
export const describeRowProblem = (p: RowProblem) => `工作表「${p.sheet}」第 ${p.row} 行「${p.label}」：${p.message}`;

/** The organisation domain's refusals as HTTP problems: 400 naming the field, 404 for an account out of reach. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OrganisationRefused) throw new InvalidInput(error.problems.map(asProblem));
    if (error instanceof AccountNotFound) throw new NotFoundException(error.message);
    throw error;
  }
}

/** A single-row change's problems as a 400; `fields` renames a sheet's field to the request body's. */
export function refuseIfAny(problems: RowProblem[], fields: Record<string, string> = {}): void {
  if (problems.length) throw new InvalidInput(problems.map((p) => asProblem({ ...p, field: fields[p.field] ?? p.field })));
}
