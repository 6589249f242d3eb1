import type { ImportDocument, ProjectIndicatorInput } from '@jixiao/scoring';
import type { Actor } from '../actor';
import type { ReviewComment } from './events';

type Command<Type extends string, Data = Record<string, never>> = {
  type: Type;
  data: Data;
  actor: Actor;
};

export type DraftReport = Command<'DraftReport', { reportId: string; document: ImportDocument; departmentName: string }>;
export type EditReportDetails = Command<'EditReportDetails', { title?: string; funds?: unknown; goals?: unknown; total?: unknown }>;
export type SetIndicator = Command<'SetIndicator', { indicatorId: string; indicator: ProjectIndicatorInput; reason?: string }>;
export type RemoveIndicator = Command<'RemoveIndicator', { indicatorId: string }>;
export type ChangeSelfScore = Command<'ChangeSelfScore', { indicatorId: string; score: string; reason: string }>;
export type AcceptSum = Command<'AcceptSum', { table?: 'form' | 'rules' }>;
export type AdjustScore = Command<'AdjustScore', { indicatorId: string; score: string; reason: string }>;
export type SubmitSelfEvaluation = Command<'SubmitSelfEvaluation'>;
export type WithdrawSubmission = Command<'WithdrawSubmission'>;
export type SendBackReport = Command<'SendBackReport', { comment: string }>;
export type SignOffReport = Command<'SignOffReport'>;
export type AddReviewComment = Command<'AddReviewComment', ReviewComment>;
export type ReturnReport = Command<'ReturnReport', { comments: ReviewComment[] }>;
export type ApproveReport = Command<'ApproveReport'>;
export type PublishReport = Command<'PublishReport'>;
export type OpenRevision = Command<'OpenRevision', { reason: string }>;

export type ReportCommand =
  | DraftReport
  | EditReportDetails
  | SetIndicator
  | RemoveIndicator
  | ChangeSelfScore
  | AcceptSum
  | AdjustScore
  | SubmitSelfEvaluation
  | WithdrawSubmission
  | SendBackReport
  | SignOffReport
  | AddReviewComment
  | ReturnReport
  | ApproveReport
  | PublishReport
  | OpenRevision;

export type ReportCommandType = ReportCommand['type'];
