import { TASK_STATES, type TaskState } from '../../../../libs/domain/src/campaign/task-state';

// One owner for a task's states and the words people read about them: the domain (SPEC §17), bundled as it is
// (task-state.ts imports only types), as src/labels.ts does for the report's states.
export type { TaskState };
export const TASK_STATE_LABELS: Readonly<Record<TaskState, string>> = TASK_STATES;

export const TASK_STATE_COLORS: Record<TaskState, string> = {
  not_started: 'default', drafting: 'processing', returned: 'error', sent_back: 'warning',
  awaiting_sign_off: 'gold', awaiting_review: 'purple', reviewed: 'cyan', published: 'success',
};

export interface InboxItem {
  taskId: string | null;
  campaignId: string | null;
  campaignTitle: string | null;
  kind: string;
  department: string;
  departmentName: string;
  projectCode: string | null;
  title: string;
  reportId: string | null;
  state: TaskState;
  stateLabel: string;
  due: string | null;
  overdue: boolean;
  feedback: { by: string; role: string; at: string; comments: { indicatorId: string | null; body: string }[] } | null;
}

export interface Inbox {
  today: string;
  items: InboxItem[];
  total: number;
  overdue: number;
  unreadNotifications: number;
}

export interface Notice {
  id: string;
  taskId: string;
  kind: 'due_soon' | 'overdue';
  day: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface Campaign {
  id: string;
  fiscalYear: string;
  title: string;
  region: string;
  regionName: string | null;
  selfEvaluationDue: string;
  reviewDue: string;
  departments: string[];
  departmentReports: boolean;
}

export interface Task {
  id: string;
  kind: string;
  department: string;
  departmentName: string;
  projectCode: string | null;
  projectName: string;
  annualBudget: string;
  executed: string;
  reportId: string | null;
  state: TaskState;
  stateLabel: string;
  due: string | null;
  overdue: boolean;
}

export interface DepartmentProgress {
  department: string;
  departmentName: string;
  total: number;
  overdue: number;
  byState: Record<TaskState, number>;
}

export interface ReportDiff {
  from: number;
  to: number;
  taskState: TaskState;
  sinceReturn: boolean;
  returned: { version: number; at: string; by: string } | null;
  sentBack: { version: number; comment: string; by: string; at: string } | null;
  cells: { path: string; label: string; from: string | null; to: string | null }[];
  scores: { version: number; kind: 'self' | 'review'; indicatorId: string; from: string | null; to: string; reason: string; by: string; at: string }[];
  comments: {
    commentId: string; indicatorId: string | null; body: string; by: string; at: string; answered: boolean;
    replies: { replyId: string; body: string; username: string; at: string }[]; resolved: { username: string; at: string } | null;
  }[];
}
