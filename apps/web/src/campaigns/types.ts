import { TASK_STATES, type TaskState } from '../../../../libs/domain/src/campaign/task-state';
import type { components } from '../api/generated';

// One owner for a task's states and the words people read about them: the domain (SPEC §17), bundled as it is
// (task-state.ts imports only types), as src/labels.ts does for the report's states.
export type { TaskState };
export const TASK_STATE_LABELS: Readonly<Record<TaskState, string>> = TASK_STATES;

export const TASK_STATE_COLORS: Record<TaskState, string> = {
  not_started: 'default', drafting: 'processing', returned: 'error', sent_back: 'warning',
  awaiting_sign_off: 'gold', awaiting_review: 'purple', reviewed: 'cyan', published: 'success',
};

// The API's shapes: aliases of the types generated from the OpenAPI document, as src/api/types.ts does.
type Schemas = components['schemas'];

export type InboxItem = Schemas['InboxItem'];
export type Inbox = Schemas['Inbox'];
export type Notice = Schemas['Notification'];
export type Campaign = Schemas['Campaign'];
export type Task = Schemas['CampaignTask'];
export type DepartmentProgress = Omit<Schemas['CampaignProgress']['departments'][number], 'byState'> & { byState: Record<TaskState, number> };
export type ReportDiff = Schemas['ReportDiff'];
