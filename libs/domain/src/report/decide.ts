import type { ReportCommand } from './commands';
import { draft } from './drafting';
import { changeSelfScore, editDetails, removeIndicator, setIndicator } from './editing';
import type { ReportEvent } from './events';
import { assertNotSubmitter, authorize } from './guards';
import { initialReport, evolve, Report } from './report';
import { addComment, adjustScore, returnReport } from './reviewing';
import { acceptSum, followTotals } from './totals';
import { approve, openRevision, publish, sendBack, signOff, submit, withdraw } from './transitions';

const SEGREGATED = new Set(['SignOffReport', 'AdjustScore', 'ReturnReport', 'ApproveReport', 'AddReviewComment']);

export function decide(command: ReportCommand, report: Report): ReportEvent[] {
  if (command.type === 'DraftReport') return [draft(report, command)];
  authorize(report, command);
  if (SEGREGATED.has(command.type)) assertNotSubmitter(report, command);
  switch (command.type) {
    case 'EditReportDetails': return editDetails(report, command);
    case 'SetIndicator': return followTotals(report, setIndicator(report, command));
    case 'RemoveIndicator': return followTotals(report, removeIndicator(report, command));
    case 'ChangeSelfScore': return followTotals(report, changeSelfScore(report, command));
    case 'AcceptSum': return acceptSum(report, command);
    case 'SubmitSelfEvaluation': return [submit(report, command)];
    case 'WithdrawSubmission': return [withdraw(report)];
    case 'SendBackReport': return [sendBack(report, command)];
    case 'SignOffReport': return [signOff(report, command)];
    case 'AddReviewComment': return [addComment(report, command)];
    case 'AdjustScore': return adjustScore(report, command);
    case 'ReturnReport': return [returnReport(report, command)];
    case 'ApproveReport': return [approve(report, command)];
    case 'PublishReport': return [publish(report)];
    case 'OpenRevision': return [openRevision(report, command)];
    default: return assertNever(command);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled command ${JSON.stringify(value)}`);
}

export const reportDecider = { decide, evolve, initialState: initialReport };
