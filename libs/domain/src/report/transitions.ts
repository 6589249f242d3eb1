import { OWN_MAKING_ERROR_CODES, scoreDocument } from '@jixiao/scoring';
import type { OpenRevision, SendBackReport, SubmitSelfEvaluation, ReportCommand } from './commands';
import { SubmissionBlocked } from './errors';
import type {
  ReportApproved, ReportPublished, ReportSentBack, ReportSignedOff, RevisionOpened, SelfEvaluationSubmitted,
  SubmissionWithdrawn,
} from './events';
import { requireText } from './guards';
import type { Report } from './report';

export function submit(report: Report, { actor }: SubmitSelfEvaluation): SelfEvaluationSubmitted {
  const flags = scoreDocument(report.document).flags;
  const blocking = flags.filter((f) => f.severity === 'error' && OWN_MAKING_ERROR_CODES.includes(f.code));
  if (blocking.length) {
    throw new SubmissionBlocked(blocking.map((f) => ({ path: f.path, code: f.code, message: f.message })));
  }
  const warnings = [...new Set(flags.map((f) => f.code))];
  const submitterEmail = actor.email ? { submitterEmail: actor.email.toLowerCase() } : {};
  return { type: 'SelfEvaluationSubmitted', data: { revision: report.revision, submittedBy: actor.username, warnings, ...submitterEmail } };
}

export function withdraw(report: Report): SubmissionWithdrawn {
  return { type: 'SubmissionWithdrawn', data: { revision: report.revision } };
}

export function sendBack(_report: Report, { data }: SendBackReport): ReportSentBack {
  return { type: 'ReportSentBack', data: { comment: requireText(data.comment, 'comment', '退回意见') } };
}

export function signOff(report: Report, _command: ReportCommand): ReportSignedOff {
  return { type: 'ReportSignedOff', data: { signedVersion: report.version, headHash: report.headHash } };
}

export function approve(report: Report, _command: ReportCommand): ReportApproved {
  return { type: 'ReportApproved', data: { approvedVersion: report.version, headHash: report.headHash } };
}

export function publish(report: Report): ReportPublished {
  return { type: 'ReportPublished', data: { revision: report.revision } };
}

export function openRevision(report: Report, { data }: OpenRevision): RevisionOpened {
  const reason = requireText(data.reason, 'reason', '修订原因');
  return { type: 'RevisionOpened', data: { revision: report.revision + 1, reason } };
}
