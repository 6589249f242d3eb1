import type { ReportEvent } from '../report/events';

type ReportEventType = ReportEvent['type'];

/** SPEC §17: a task's state follows its report. */
export const TASK_STATES = {
  not_started: '未开始',
  drafting: '填报中',
  returned: '已退回',
  sent_back: '已退回（负责人）',
  awaiting_sign_off: '待签发',
  awaiting_review: '待审核',
  reviewed: '已审核',
  published: '已公开',
} as const;

export type TaskState = keyof typeof TASK_STATES;

/** The task state a report event leaves behind; undefined for an event that does not move it. */
export function taskStateAfter(type: ReportEventType): TaskState | undefined {
  return TASK_STATE_AFTER[type];
}

export const TASK_STATE_AFTER: Partial<Record<ReportEventType, TaskState>> = {
  ReportDrafted: 'drafting',
  SelfEvaluationSubmitted: 'awaiting_sign_off',
  SubmissionWithdrawn: 'drafting',
  ReportSentBack: 'sent_back',
  ReportSignedOff: 'awaiting_review',
  ReportReturned: 'returned',
  ReportApproved: 'reviewed',
  ReportPublished: 'published',
  RevisionOpened: 'drafting',
};

export interface Dues {
  selfEvaluationDue: string;
  reviewDue: string;
}

const BEFORE_SIGN_OFF: TaskState[] = ['not_started', 'drafting', 'returned', 'sent_back', 'awaiting_sign_off'];

/** The date the task's current step is due: sign-off by selfEvaluationDue, review by reviewDue; null once reviewed. */
export function dueOf(state: TaskState, dues: Dues): string | null {
  if (BEFORE_SIGN_OFF.includes(state)) return dues.selfEvaluationDue;
  return state === 'awaiting_review' ? dues.reviewDue : null;
}

/** Overdue while not signed off after selfEvaluationDue, or not reviewed after reviewDue (dates compare as text). */
export function isOverdue(state: TaskState, dues: Dues, today: string): boolean {
  const due = dueOf(state, dues);
  return due !== null && due < today;
}

/** Whom the task waits for: the department's preparers, its head, or the region's reviewers. */
export function waitsFor(state: TaskState): 'preparer' | 'head' | 'reviewer' | null {
  if (state === 'awaiting_sign_off') return 'head';
  if (state === 'awaiting_review') return 'reviewer';
  return BEFORE_SIGN_OFF.includes(state) ? 'preparer' : null;
}
