import type { ImportDocument } from '@jixiao/scoring';
import type { ReportEvent, ReviewComment } from './events';
import { applyDetailsEdit, removeIndicator, setIndicator, writeScore, writeTotals } from './document-cells';
import type { PrintedTotals } from './document-cells';
import type { ReportKind, ReportStatus } from './report-kind';

export interface Report {
  id: string;
  exists: boolean;
  kind: ReportKind;
  state: ReportStatus;
  version: number;
  revision: number;
  department: string;
  departmentName: string;
  fiscalYear: string;
  title: string;
  document: ImportDocument;
  indicatorIds: string[];
  ruleIds: string[];
  reviewScores: Record<string, string>;
  comments: (ReviewComment & { revision: number; returned: boolean })[];
  submittedBy: string | null;
  submitterEmail?: string | null;
  everSignedOff: boolean;
  signedVersion: number | null;
  approvedVersion: number | null;
  publishedRevision: number | null;
  /** Hash of the stream head, set by whoever loads the stream (not an event fact). */
  headHash: string | null;
}

export function initialReport(): Report {
  return {
    id: '', exists: false, kind: 'project-form', state: 'draft', version: 0, revision: 1, department: '', departmentName: '',
    fiscalYear: '', title: '', document: null as unknown as ImportDocument, indicatorIds: [], ruleIds: [],
    reviewScores: {}, comments: [], submittedBy: null, everSignedOff: false, signedVersion: null,
    approvedVersion: null, publishedRevision: null, headHash: null,
  };
}

export function evolve(report: Report, event: ReportEvent): Report {
  const next = applyEvent(report, event);
  const totals = (event.data as { totals?: PrintedTotals } | undefined)?.totals;
  return { ...next, document: writeTotals(next.document, totals), version: report.version + 1 };
}

function applyEvent(report: Report, event: ReportEvent): Report {
  switch (event.type) {
    case 'ReportDrafted': {
      const { reportId, kind, department, departmentName, fiscalYear, title, document, indicatorIds, ruleIds } = event.data;
      return { ...report, id: reportId, exists: true, kind, department, departmentName, fiscalYear, title, document, indicatorIds, ruleIds };
    }
    case 'ReportDetailsEdited':
      return { ...report, title: event.data.title ?? report.title, document: applyDetailsEdit(report, event.data) };
    case 'IndicatorAdded':
    case 'IndicatorEdited':
      return setIndicator(report, event.data.indicatorId, event.data.indicator);
    case 'IndicatorRemoved':
      return removeIndicator(report, event.data.indicatorId);
    case 'SelfScoreChanged':
      return { ...report, document: writeScore(report, event.data.indicatorId, event.data.to) };
    case 'SumAccepted':
      return report;
    case 'ScoreAdjusted':
      return { ...report, reviewScores: { ...report.reviewScores, [event.data.indicatorId]: event.data.to } };
    case 'SelfEvaluationSubmitted':
      return { ...report, state: 'self_scored', submittedBy: event.data.submittedBy, submitterEmail: event.data.submitterEmail ?? null };
    case 'SubmissionWithdrawn':
    case 'ReportSentBack':
      return { ...report, state: 'draft', submittedBy: null };
    case 'ReportSignedOff':
      return { ...report, state: 'signed_off', everSignedOff: true, signedVersion: event.data.signedVersion };
    case 'ReviewCommentAdded':
      return { ...report, comments: [...report.comments, { ...event.data, revision: report.revision, returned: false }] };
    case 'ReportReturned':
      return {
        ...report, state: 'draft', submittedBy: null,
        comments: [...report.comments, ...event.data.comments.map((c) => ({ ...c, revision: report.revision, returned: true }))],
      };
    case 'ReportApproved':
      return { ...report, state: 'reviewed', approvedVersion: event.data.approvedVersion };
    case 'ReportPublished':
      return { ...report, state: 'published', publishedRevision: event.data.revision };
    case 'RevisionOpened':
      return { ...report, state: 'draft', revision: event.data.revision, submittedBy: null, reviewScores: {} };
  }
}


