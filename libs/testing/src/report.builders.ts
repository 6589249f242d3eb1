import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, ReportCommand, ReportEvent } from '@jixiao/domain';

export const FIXTURES_DIR = join(__dirname, '../../../fixtures');

export function fixture(relativePath: string): any {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8'));
}

export function projectFormFixtures(): { file: string; document: any }[] {
  return readdirSync(join(FIXTURES_DIR, 'seed-004'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: fixture(`seed-004/${file}`) }));
}

export const hotline = () => fixture('seed-004/01-12345-hotline.json');
export const beijingOffice = () => fixture('seed-003/huaihua-beijing-office-2021.json');

export const actors = {
  preparer: { username: 'hn-preparer', role: 'preparer', department: '009' } as Actor,
  head: { username: 'hn-head', role: 'head', department: '009' } as Actor,
  otherPreparer: { username: 'hh-preparer', role: 'preparer', department: 'hhbj' } as Actor,
  otherHead: { username: 'hh-head', role: 'head', department: 'hhbj' } as Actor,
  reviewer: { username: 'reviewer', role: 'reviewer', department: null, region: 'demo' } as Actor,
  admin: { username: 'admin', role: 'admin', department: null } as Actor,
};

export const REPORT_ID = '00000000-0000-4000-8000-000000000001';

export function aReportDrafted(document: any = hotline()): ReportEvent {
  const isDepartment = document.format === 'jixiao.department-report.v1';
  const form = isDepartment ? document.selfEvaluationForm : document;
  return {
    type: 'ReportDrafted',
    data: {
      reportId: REPORT_ID,
      kind: isDepartment ? 'department-report' : 'project-form',
      department: '009',
      departmentName: '淮南市人民政府办公室',
      fiscalYear: document.fiscalYear,
      title: isDepartment ? document.title : document.projectName,
      document,
      indicatorIds: form.indicators.map((_: unknown, i: number) => `i${i + 1}`),
      ruleIds: isDepartment ? document.ruleIndicators.map((_: unknown, i: number) => `r${i + 1}`) : [],
    },
  };
}

export const aSubmission = (by = actors.preparer.username, revision = 1): ReportEvent =>
  ({ type: 'SelfEvaluationSubmitted', data: { revision, submittedBy: by, warnings: [] } });
export const aSignOff = (signedVersion = 2): ReportEvent =>
  ({ type: 'ReportSignedOff', data: { signedVersion, headHash: null } });
export const anApproval = (approvedVersion = 3): ReportEvent =>
  ({ type: 'ReportApproved', data: { approvedVersion, headHash: null } });
export const aPublication = (revision = 1): ReportEvent => ({ type: 'ReportPublished', data: { revision } });

export function command<T extends ReportCommand['type']>(
  type: T,
  actor: Actor,
  data: Extract<ReportCommand, { type: T }>['data'] = {} as never,
): ReportCommand {
  return { type, actor, data } as ReportCommand;
}
