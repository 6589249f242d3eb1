import { inScope, type Actor, type Role } from '../actor';
import type { ReportCommandType } from './commands';
import type { ReportStatus } from './report-kind';

/** SPEC §7: the commands each state accepts. */
export const COMMANDS_BY_STATE: Record<ReportStatus, ReportCommandType[]> = {
  draft: ['EditReportDetails', 'SetIndicator', 'RemoveIndicator', 'ChangeSelfScore', 'AcceptSum', 'SubmitSelfEvaluation'],
  self_scored: ['SignOffReport', 'SendBackReport', 'WithdrawSubmission'],
  signed_off: ['AddReviewComment', 'AdjustScore', 'ReturnReport', 'ApproveReport'],
  reviewed: ['PublishReport'],
  published: ['OpenRevision'],
};

export const ROLES_BY_COMMAND: Record<ReportCommandType, Role[]> = {
  DraftReport: ['preparer'],
  EditReportDetails: ['preparer'],
  SetIndicator: ['preparer'],
  RemoveIndicator: ['preparer'],
  ChangeSelfScore: ['preparer'],
  AcceptSum: ['preparer'],
  SubmitSelfEvaluation: ['preparer'],
  WithdrawSubmission: ['preparer'],
  SignOffReport: ['head'],
  SendBackReport: ['head'],
  AddReviewComment: ['reviewer'],
  AdjustScore: ['reviewer'],
  ReturnReport: ['reviewer'],
  ApproveReport: ['reviewer'],
  PublishReport: ['reviewer', 'head'],
  OpenRevision: ['head', 'reviewer'],
};

/** Reviewers act on the reports of their region; preparers and heads only on their own department's. */
export function mayAct(actor: Actor, command: ReportCommandType, reportDepartment: string): boolean {
  if (!ROLES_BY_COMMAND[command].includes(actor.role)) return false;
  if (actor.role === 'reviewer') return inScope(actor, reportDepartment);
  return actor.department === reportDepartment;
}

export function allowedCommands(state: ReportStatus, actor?: Actor, reportDepartment?: string): ReportCommandType[] {
  const inState = COMMANDS_BY_STATE[state];
  if (!actor || reportDepartment === undefined) return inState;
  return inState.filter((command) => mayAct(actor, command, reportDepartment));
}

/**
 * SPEC §1: own department for preparers and heads; reviewers their region's reports once signed off; auditors
 * their region's in every state; admins everything (or their region's); nobody sees another's drafts.
 */
export function mayRead(actor: Actor, report: { department: string; everSignedOff: boolean }): boolean {
  if (actor.role === 'admin' || actor.role === 'auditor') return inScope(actor, report.department);
  if (actor.role === 'reviewer') return report.everSignedOff && inScope(actor, report.department);
  return actor.department === report.department;
}
