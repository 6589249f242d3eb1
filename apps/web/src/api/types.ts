export type Role = 'preparer' | 'head' | 'reviewer' | 'auditor' | 'admin';
export type ReportState = 'draft' | 'self_scored' | 'signed_off' | 'reviewed' | 'published';

export interface User {
  username: string;
  role: Role;
  department: string | null;
  region?: string | null;
  displayName?: string;
  mustChangePassword?: boolean;
}

export interface Flag {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: string;
  message: string;
  expected?: string | null;
  actual?: string | null;
}

export interface Indicator {
  id: string;
  section: 'form' | 'rules';
  path: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  selfScore: string | null;
  computedScore: string | null;
  reviewScore: string | null;
  status: string;
  deviation: string;
  criterion?: string;
  /** 附件1: the printed 指标解释. */
  explanation?: string;
}

export interface ReviewComment {
  commentId: string;
  indicatorId: string | null;
  body: string;
  revision: number;
  returned: boolean;
}

export interface ReportSection {
  heading: string;
  body: string;
}

export interface Report {
  id: string;
  /** Printed cells the rows do not carry: a form's heading (项目名称, 主管部门, 实施单位), a department report's narrative. */
  printed?: { sections?: ReportSection[]; competentDepartment?: string; implementingUnit?: string; baseData?: unknown } | null;
  kind: 'project-form' | 'department-report';
  state: ReportState;
  version: number;
  revision: number;
  fiscalYear: string;
  department: string;
  departmentName: string;
  title: string;
  funds: { total?: Record<string, string>; unit?: string } | null;
  goals: { planned?: string; achieved?: string } | null;
  execution: { rate: string | null; weight: string; score: string | null; computedScore: string | null; reviewScore: string | null };
  indicators: Indicator[];
  total: { self: string; computed: string; review: string; printed: string | null };
  grade: string;
  flags: Flag[];
  comments: ReviewComment[];
  submittedBy?: string | null;
  signedVersion: number | null;
  approvedVersion: number | null;
  publishedRevision: number | null;
  allowedCommands: string[];
  /** A department report's 附件3, scored as a form of its own. */
  selfEvaluationForm?: { total: { computed: string; printed: string | null }; grade: string };
  /** A draft whose last transition was a return (reviewer) or a send-back (head): shown as 已退回. */
  returned?: boolean;
}

export interface ReportListItem
  extends Pick<Report, 'id' | 'kind' | 'state' | 'version' | 'revision' | 'fiscalYear' | 'department' | 'departmentName' | 'title'> {
  total: { self: string | null; computed: string | null } | string | null;
  grade: string | null;
  errorFlags?: number;
  updatedAt?: string;
  returned?: boolean;
}

export interface HistoryEvent {
  position: string | number;
  version: number;
  stream?: string;
  type: string;
  at: string;
  actor: { username: string; role: string; department: string | null } | null;
  data: Record<string, any>;
}

export interface DocumentLink {
  format: string;
  version: number;
  bytes: number;
  url: string;
}
