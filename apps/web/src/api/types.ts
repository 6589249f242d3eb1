/**
 * The API's shapes for the web app: aliases of the types generated from the OpenAPI document (generated.ts, by
 * `npm run openapi`), narrowed only where the document says `unknown` (funds, goals, printed cells, event data).
 */
import type { components } from './generated';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type ReportState = Schemas['ReportState'];
export type User = Schemas['User'];
export type Flag = Schemas['Flag'];
export type Indicator = Schemas['Indicator'];
export type ReviewComment = Schemas['ReviewComment'];
export type Problem = Schemas['Problem'];
export type DocumentLink = Schemas['DocumentLink'];

export interface ReportSection {
  heading: string;
  body: string;
}

export type Report = Omit<Schemas['ReportView'], 'funds' | 'goals' | 'printed'> & {
  /** Printed cells the rows do not carry: a form's heading (项目名称, 主管部门, 实施单位), a department report's narrative. */
  printed?: { sections?: ReportSection[]; competentDepartment?: string; implementingUnit?: string; baseData?: unknown } | null;
  funds: { total?: Record<string, string>; unit?: string } | null;
  goals: { planned?: string; achieved?: string } | null;
};

export type ReportListItem = Schemas['ReportListItem'];
export type PublicReportListItem = Schemas['PublicReportListItem'];

export type HistoryEvent = Omit<Schemas['HistoryLine'], 'data'> & { data: Record<string, any> };

export type Statistics = Schemas['Statistics'];
export type Figures = Statistics['overall'];
export type RegionFigures = Statistics['regions'][number];
export type DepartmentFigures = Statistics['departments'][number];
