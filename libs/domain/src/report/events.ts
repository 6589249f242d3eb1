import type { ImportDocument, ProjectIndicatorInput } from '@jixiao/scoring';
import type { PrintedTotals } from './document-cells';
import type { ReportKind } from './report-kind';

type Event<Type extends string, Data> = { type: Type; data: Data };

export interface ReviewComment {
  commentId: string;
  indicatorId: string | null;
  body: string;
}

export type ReportDrafted = Event<'ReportDrafted', {
  reportId: string;
  kind: ReportKind;
  department: string;
  departmentName: string;
  fiscalYear: string;
  title: string;
  document: ImportDocument;
  indicatorIds: string[];
  ruleIds: string[];
}>;
/** `totals`: the printed 总分 cells that followed the change in the same event (SPEC §6); absent when none moved. */
interface FollowedTotals {
  totals?: PrintedTotals;
}

export type ReportDetailsEdited = Event<'ReportDetailsEdited', { title?: string; funds?: unknown; goals?: unknown; total?: unknown } & FollowedTotals>;
export type IndicatorAdded = Event<'IndicatorAdded', { indicatorId: string; indicator: ProjectIndicatorInput } & FollowedTotals>;
export type IndicatorEdited = Event<'IndicatorEdited', { indicatorId: string; indicator: ProjectIndicatorInput } & FollowedTotals>;
export type IndicatorRemoved = Event<'IndicatorRemoved', { indicatorId: string } & FollowedTotals>;
export type SelfScoreChanged = Event<'SelfScoreChanged', ScoreChange & FollowedTotals>;
/** The preparer accepted the sum as the printed 总分 of each table named. */
export type SumAccepted = Event<'SumAccepted', { totals: PrintedTotals }>;
export type ScoreAdjusted = Event<'ScoreAdjusted', ScoreChange>;
export type SelfEvaluationSubmitted = Event<'SelfEvaluationSubmitted', {
  revision: number; submittedBy: string; warnings: string[];
  /** The submitter's email, when the account has one: segregation of duties holds per person too (SPEC §16). */
  submitterEmail?: string;
}>;
export type SubmissionWithdrawn = Event<'SubmissionWithdrawn', { revision: number }>;
export type ReportSentBack = Event<'ReportSentBack', { comment: string }>;
export type ReportSignedOff = Event<'ReportSignedOff', { signedVersion: number; headHash: string | null }>;
export type ReviewCommentAdded = Event<'ReviewCommentAdded', ReviewComment>;
export type ReportReturned = Event<'ReportReturned', { comments: ReviewComment[] }>;
export type ReportApproved = Event<'ReportApproved', { approvedVersion: number; headHash: string | null }>;
export type ReportPublished = Event<'ReportPublished', { revision: number }>;
export type RevisionOpened = Event<'RevisionOpened', { revision: number; reason: string }>;

export interface ScoreChange {
  indicatorId: string;
  from: string | null;
  to: string;
  reason: string;
}

export type ReportEvent =
  | ReportDrafted
  | ReportDetailsEdited
  | IndicatorAdded
  | IndicatorEdited
  | IndicatorRemoved
  | SelfScoreChanged
  | SumAccepted
  | ScoreAdjusted
  | SelfEvaluationSubmitted
  | SubmissionWithdrawn
  | ReportSentBack
  | ReportSignedOff
  | ReviewCommentAdded
  | ReportReturned
  | ReportApproved
  | ReportPublished
  | RevisionOpened;

