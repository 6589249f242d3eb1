import { Body, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { z } from 'zod';
import { planOrganisation, reachOf, type Actor, type Manager, type OrganisationInput } from '@jixiao/domain';
import { OrganisationStore, type ChangeOptions } from '@jixiao/organisation';
import { CurrentActor } from '../auth/current-actor';
import { Idempotency } from '../http/idempotency';
import { parseBody } from '../http/parse-body';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { answerOnce, type ChangeRequest } from './answer-once';
import { managerOf, refuseIfAny } from './manager';

const text = (max: number) => z.string().max(max);
const optionalCode = text(64).nullish().transform((value) => (value?.trim() ? value.trim() : null));
export const RegionBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), parentCode: optionalCode });
export const DepartmentBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), regionCode: optionalCode });
export const UnitBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), departmentCode: optionalCode });

const none: OrganisationInput = { regions: [], units: [], users: [] };

/** SPEC §16: regions, departments (主管部门) and units (实施单位), each change an event with its actor. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class OrganisationController {
  constructor(
    private readonly store: OrganisationStore,
    private readonly idempotency: Idempotency,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get('regions')
  async regions(@CurrentActor() actor: Actor) {
    const organisation = await this.store.read();
    const reach = reachOf(organisation, managerOf(actor));
    return [...organisation.regions.values()].filter((r) => !reach || reach.has(r.code)).sort((a, b) => a.code.localeCompare(b.code));
  }

  @Get('departments')
  async departments(@CurrentActor() actor: Actor) {
    const organisation = await this.store.read();
    const reach = reachOf(organisation, managerOf(actor));
    const units = [...organisation.units.values()];
    return [...organisation.departments.values()]
      .filter((d) => !reach || reach.has(d.regionCode))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((d) => ({ ...d, units: units.filter((u) => u.departmentCode === d.code).map(({ code, name }) => ({ code, name })) }));
  }

  @Get('units')
  async units(@CurrentActor() actor: Actor) {
    const organisation = await this.store.read();
    const reach = reachOf(organisation, managerOf(actor));
    const regionOf = (department: string) => organisation.departments.get(department)?.regionCode ?? '';
    return [...organisation.units.values()].filter((u) => !reach || reach.has(regionOf(u.departmentCode))).sort((a, b) => a.code.localeCompare(b.code));
  }

  @Post('regions')
  @ApiBody({ schema: { example: { code: '340421', name: '凤台县财政局', parentCode: '340400' } } })
  addRegion(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: ChangeRequest, @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    const row = { row: 1, ...parseBody(RegionBody, body) };
    return this.apply(manager, actor, req, res, { ...none, regions: [row] }, { code: row.code, name: row.name, parentCode: row.parentCode });
  }

  @Post('departments')
  @ApiBody({ schema: { example: { code: '010', name: '淮南市财政局', regionCode: '340400' } } })
  addDepartment(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: ChangeRequest, @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    const { code, name, regionCode } = parseBody(DepartmentBody, body);
    const units = [{ row: 1, code, name, regionCode, parentCode: null }];
    return this.apply(manager, actor, req, res, { ...none, units }, { code, name, regionCode, units: [] });
  }

  @Post('units')
  @ApiBody({ schema: { example: { code: '009001', name: '淮南市政务服务中心', departmentCode: '009' } } })
  addUnit(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: ChangeRequest, @Res({ passthrough: true }) res: Response) {
    const manager = managerOf(actor);
    const { code, name, departmentCode } = parseBody(UnitBody, body);
    const units = [{ row: 1, code, name, regionCode: null, parentCode: departmentCode ?? '' }];
    return this.apply(manager, actor, req, res, { ...none, units }, { code, name, departmentCode }, { parentCode: 'departmentCode' });
  }

  /** Creates what `input` holds, answering 201 with `created` (once per Idempotency-Key). */
  private apply(
    manager: Manager, actor: Actor, req: ChangeRequest, res: Response, input: OrganisationInput, created: object,
    fields: Record<string, string> = {},
  ): Promise<unknown> {
    const change = (options: ChangeOptions) => this.store.change(actor, options, (organisation) => {
      const plan = planOrganisation(organisation, input, manager, 'create');
      refuseIfAny(plan.problems, fields);
      return { events: plan.events, result: {} };
    });
    return answerOnce({ idempotency: this.idempotency, pool: this.pool }, req, res, 201, change, () => created);
  }
}
