import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { planOrganisation, reachOf, type Actor, type Manager, type OrganisationInput } from '@jixiao/domain';
import { OrganisationStore } from '@jixiao/organisation';
import { CurrentActor } from '../auth/current-actor';
import { parseBody } from '../http/parse-body';
import { managerOf, refuseIfAny } from './manager';

const text = (max: number) => z.string().max(max);
const optionalCode = text(64).nullish().transform((value) => (value?.trim() ? value.trim() : null));
export const RegionBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), parentCode: optionalCode });
export const DepartmentBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), regionCode: optionalCode });
export const UnitBody = z.strictObject({ code: text(64).transform((v) => v.trim()), name: text(200), departmentCode: optionalCode });

const none: OrganisationInput = { regions: [], units: [], users: [] };
type Request = { correlationId: string };

/** SPEC §16: regions, departments (主管部门) and units (实施单位), each change an event with its actor. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class OrganisationController {
  constructor(private readonly store: OrganisationStore) {}

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
  async addRegion(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request) {
    const manager = managerOf(actor);
    const row = { row: 1, ...parseBody(RegionBody, body) };
    await this.apply(manager, actor, req, { ...none, regions: [row] });
    return { code: row.code, name: row.name, parentCode: row.parentCode };
  }

  @Post('departments')
  @ApiBody({ schema: { example: { code: '010', name: '淮南市财政局', regionCode: '340400' } } })
  async addDepartment(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request) {
    const manager = managerOf(actor);
    const { code, name, regionCode } = parseBody(DepartmentBody, body);
    await this.apply(manager, actor, req, { ...none, units: [{ row: 1, code, name, regionCode, parentCode: null }] });
    return { code, name, regionCode, units: [] };
  }

  @Post('units')
  @ApiBody({ schema: { example: { code: '009001', name: '淮南市政务服务中心', departmentCode: '009' } } })
  async addUnit(@Body() body: unknown, @CurrentActor() actor: Actor, @Req() req: Request) {
    const manager = managerOf(actor);
    const { code, name, departmentCode } = parseBody(UnitBody, body);
    await this.apply(manager, actor, req, { ...none, units: [{ row: 1, code, name, regionCode: null, parentCode: departmentCode ?? '' }] }, { parentCode: 'departmentCode' });
    return { code, name, departmentCode };
  }

  private async apply(manager: Manager, actor: Actor, req: Request, input: OrganisationInput, fields: Record<string, string> = {}): Promise<void> {
    await this.store.change(actor, { correlationId: req.correlationId }, (organisation) => {
      const plan = planOrganisation(organisation, input, manager, 'create');
      refuseIfAny(plan.problems, fields);
      return { events: plan.events, result: {} };
    });
  }
}
