export type ReportKind = 'project-form' | 'department-report';
export type ReportStatus = 'draft' | 'self_scored' | 'signed_off' | 'reviewed' | 'published';

export const EXECUTION_ID = 'execution';
