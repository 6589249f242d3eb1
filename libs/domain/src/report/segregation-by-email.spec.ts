import { aReportDrafted, aSignOff, aSubmission, actors, command, specFor } from '@jixiao/testing';
import type { Actor } from '../actor';
import type { ReportEvent } from './events';
import { reportDecider } from './decide';
import { RoleNotPermitted } from './errors';

const given = specFor(reportDecider);
const email = 'zhang.san@huainan.gov.cn';
const submitted = aSubmission();
const byZhang: ReportEvent = { type: 'SelfEvaluationSubmitted', data: { revision: 1, submittedBy: 'hn-preparer', warnings: [], submitterEmail: email } };
// One person, two jobs, two accounts (SPEC §16): the head account shares the preparer account's email.
const zhangAsHead: Actor = { ...actors.head, username: 'zhang-head', email: 'Zhang.San@huainan.gov.cn' };
const zhangAsReviewer: Actor = { ...actors.reviewer, username: 'zhang-reviewer', email };

describe('segregation of duties per email address (SPEC §7, §16)', () => {
  it('records the submitter\'s email in the submission', () =>
    given(aReportDrafted())
      .when(command('SubmitSelfEvaluation', { ...actors.preparer, email: 'Zhang.San@huainan.gov.cn' }))
      .then({ type: 'SelfEvaluationSubmitted', data: { revision: 1, submittedBy: 'hn-preparer', warnings: [], submitterEmail: email } }));

  it('refuses a sign-off by another account with the submitter\'s email', () =>
    given(aReportDrafted(), byZhang).when(command('SignOffReport', zhangAsHead)).thenThrows(RoleNotPermitted));

  it('refuses a review by another account with the submitter\'s email', () =>
    given(aReportDrafted(), byZhang, aSignOff())
      .when(command('AddReviewComment', zhangAsReviewer, { commentId: 'c1', indicatorId: null, body: '请补充材料' }))
      .thenThrows(RoleNotPermitted));

  it('lets a head with another email sign off', () =>
    given(aReportDrafted(), byZhang).when(command('SignOffReport', { ...actors.head, email: 'li.si@huainan.gov.cn' })).then({ type: 'ReportSignedOff', data: { signedVersion: 2, headHash: null } }));

  it('lets a head sign off a submission made without an email', () =>
    given(aReportDrafted(), submitted).when(command('SignOffReport', zhangAsHead)).then({ type: 'ReportSignedOff', data: { signedVersion: 2, headHash: null } }));
});
