import {
  aPublication, aReportDrafted, aSignOff, aSubmission, actors, anApproval, beijingOffice, command, fixture, hotline, specFor, REPORT_ID,
} from '@jixiao/testing';
import { reportDecider } from './decide';
import { formOf } from './document-cells';
import { IllegalTransition, InvalidInput, RoleNotPermitted, SubmissionBlocked } from './errors';

const given = specFor(reportDecider);
const { preparer, head, reviewer, otherPreparer, otherHead } = actors;

describe('DraftReport', () => {
  it('drafts an imported form in the preparer\'s department, numbering its indicators', () => {
    const [drafted] = given()
      .when(command('DraftReport', preparer, { reportId: REPORT_ID, document: hotline(), departmentName: '淮南市人民政府办公室' }))
      .events();
    expect(drafted.type).toBe('ReportDrafted');
    expect(drafted.data).toMatchObject({ department: '009', kind: 'project-form', title: '12345政务服务便民热线运营费用' });
    expect((drafted.data as any).indicatorIds).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9']);
  });

  it('is refused to a head', () =>
    given().when(command('DraftReport', head, { reportId: REPORT_ID, document: hotline(), departmentName: '' })).thenThrows(RoleNotPermitted));
});

describe('ChangeSelfScore', () => {
  it('records from, to and reason', () =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score: '12.5', reason: '接通率未达预期' }))
      .then({
        type: 'SelfScoreChanged',
        data: { indicatorId: 'i1', from: '15', to: '12.5', reason: '接通率未达预期', totals: { form: { score: '97.5' } } },
      }));

  it('changes the execution score by the id "execution"', () =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'execution', score: '9', reason: '执行偏慢' }))
      .then({
        type: 'SelfScoreChanged',
        data: { indicatorId: 'execution', from: '10', to: '9', reason: '执行偏慢', totals: { form: { score: '99' } } },
      }));

  it.each([['abc'], ['-1'], ['15.01'], ['']])('refuses the score %p with a problem naming the field', (score) =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score, reason: '调整' }))
      .thenThrows(InvalidInput, { problems: [expect.objectContaining({ path: 'score' })] }));

  it('requires a reason', () =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score: '10', reason: ' ' }))
      .thenThrows(InvalidInput, { problems: [expect.objectContaining({ path: 'reason' })] }));

  it('refuses a not-applicable row', () =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i7', score: '1', reason: '调整' }))
      .thenThrows(InvalidInput));

  it('is refused to another department\'s preparer', () =>
    given(aReportDrafted())
      .when(command('ChangeSelfScore', otherPreparer, { indicatorId: 'i1', score: '10', reason: '调整' }))
      .thenThrows(RoleNotPermitted));

  it('is refused once submitted, naming the state and the allowed commands', () =>
    given(aReportDrafted(), aSubmission())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score: '10', reason: '调整' }))
      .thenThrows(IllegalTransition, {
        state: 'self_scored', allowed: ['SignOffReport', 'SendBackReport', 'WithdrawSubmission'],
      }));
});

describe('EditReportDetails', () => {
  const funds = () => hotline().funds;

  it('replaces the funds table and goals as printed', () =>
    given(aReportDrafted())
      .when(command('EditReportDetails', preparer, { funds: { ...funds(), total: { ...funds().total, executed: '230.00' } } }))
      .then({ type: 'ReportDetailsEdited', data: { funds: { ...funds(), total: { ...funds().total, executed: '230.00' } } } }));

  it('replaces the printed total, so a preparer can correct the sum the paper form got wrong', () =>
    given(aReportDrafted())
      .when(command('EditReportDetails', preparer, { total: { weight: '100', score: '93.73' } }))
      .then({ type: 'ReportDetailsEdited', data: { total: { weight: '100', score: '93.73' } } }));

  it.each([
    [{ total: { score: '93' } }, 'total.weight'],
    [{ funds: {} }, 'funds.total'],
    [{ funds: { total: 5 } }, 'funds.total'],
    [{ funds: { ...hotline().funds, extra: '1' } }, 'funds.extra'],
    [{ goals: { planned: '目标' } }, 'goals.achieved'],
  ])('refuses %p, naming %s', (data, path) =>
    given(aReportDrafted())
      .when(command('EditReportDetails', preparer, data as never))
      .thenThrows(InvalidInput, { problems: expect.arrayContaining([expect.objectContaining({ path })]) }));
});

describe('SetIndicator and RemoveIndicator', () => {
  const row = { level1: '产出指标', level2: '数量指标', name: '新增指标', target: '≥10次', actual: '12次', weight: '5', score: '5', deviation: '' };

  it('adds a row under a new id and records its score as a score change', () =>
    given(aReportDrafted())
      .when(command('SetIndicator', preparer, { indicatorId: 'x1', indicator: row }))
      .then(
        { type: 'IndicatorAdded', data: { indicatorId: 'x1', indicator: { ...row, score: '' } } },
        {
          type: 'SelfScoreChanged',
          data: { indicatorId: 'x1', from: null, to: '5', reason: '新增指标', totals: { form: { weight: '105', score: '105' } } },
        },
      ));

  it('edits a row; a changed score needs a reason', () =>
    given(aReportDrafted())
      .when(command('SetIndicator', preparer, { indicatorId: 'i1', indicator: { ...row, weight: '15', score: '14' } }))
      .thenThrows(InvalidInput, { problems: [expect.objectContaining({ path: 'reason' })] }));

  it('removes a row', () =>
    given(aReportDrafted())
      .when(command('RemoveIndicator', preparer, { indicatorId: 'i2' }))
      .then({ type: 'IndicatorRemoved', data: { indicatorId: 'i2', totals: { form: { weight: '85', score: '85' } } } }));
});

describe('SubmitSelfEvaluation', () => {
  it('submits a form without errors of the preparer\'s own making', () =>
    given(aReportDrafted())
      .when(command('SubmitSelfEvaluation', preparer))
      .then({ type: 'SelfEvaluationSubmitted', data: { revision: 1, submittedBy: 'hn-preparer', warnings: [] } }));

  it('is refused while the weights do not sum to 100, naming WEIGHTS_NOT_100', () =>
    given(aReportDrafted(), { type: 'IndicatorRemoved', data: { indicatorId: 'i2' } })
      .when(command('SubmitSelfEvaluation', preparer))
      .thenThrows(SubmissionBlocked, { problems: expect.arrayContaining([expect.objectContaining({ code: 'WEIGHTS_NOT_100' })]) }));
});

describe('WithdrawSubmission and SendBackReport', () => {
  it('lets the preparer withdraw before sign-off', () =>
    given(aReportDrafted(), aSubmission()).when(command('WithdrawSubmission', preparer)).then({ type: 'SubmissionWithdrawn', data: { revision: 1 } }));

  it('lets the head send back with a comment', () =>
    given(aReportDrafted(), aSubmission())
      .when(command('SendBackReport', head, { comment: '请核实成本指标' }))
      .then({ type: 'ReportSentBack', data: { comment: '请核实成本指标' } }));
});

describe('SignOffReport', () => {
  it('signs the current version', () =>
    given(aReportDrafted(), aSubmission()).when(command('SignOffReport', head)).then({
      type: 'ReportSignedOff', data: { signedVersion: 2, headHash: null },
    }));

  it('is refused to a preparer', () =>
    given(aReportDrafted(), aSubmission()).when(command('SignOffReport', preparer)).thenThrows(RoleNotPermitted));

  it('is refused to another department\'s head', () =>
    given(aReportDrafted(), aSubmission()).when(command('SignOffReport', otherHead)).thenThrows(RoleNotPermitted));

  it('is refused to the head who submitted it (segregation of duties)', () =>
    given(aReportDrafted(), aSubmission(head.username)).when(command('SignOffReport', head)).thenThrows(RoleNotPermitted));

  it('is refused while still a draft', () =>
    given(aReportDrafted()).when(command('SignOffReport', head)).thenThrows(IllegalTransition, { state: 'draft' }));
});

describe('review', () => {
  const signed = () => [aReportDrafted(), aSubmission(), aSignOff()];

  it('comments on an indicator', () =>
    given(...signed())
      .when(command('AddReviewComment', reviewer, { commentId: 'c1', indicatorId: 'i4', body: '成本数据请附凭证' }))
      .then({ type: 'ReviewCommentAdded', data: { commentId: 'c1', indicatorId: 'i4', body: '成本数据请附凭证' } }));

  it('adjusts a score with a reason, from the self score', () =>
    given(...signed())
      .when(command('AdjustScore', reviewer, { indicatorId: 'i5', score: '8', reason: '效益证据不足' }))
      .then({ type: 'ScoreAdjusted', data: { indicatorId: 'i5', from: '10', to: '8', reason: '效益证据不足' } }));

  it('returns only with comments', () =>
    given(...signed()).when(command('ReturnReport', reviewer, { comments: [] })).thenThrows(InvalidInput));

  it('returns with comments to draft', () =>
    given(...signed())
      .when(command('ReturnReport', reviewer, { comments: [{ commentId: 'c2', indicatorId: 'i1', body: '请补充说明' }] }))
      .then({ type: 'ReportReturned', data: { comments: [{ commentId: 'c2', indicatorId: 'i1', body: '请补充说明' }] } }));

  it('approves the signed version', () =>
    given(...signed()).when(command('ApproveReport', reviewer)).then({ type: 'ReportApproved', data: { approvedVersion: 3, headHash: null } }));

  it('is not the head\'s to approve', () =>
    given(...signed()).when(command('ApproveReport', head)).thenThrows(RoleNotPermitted));
});

describe('PublishReport and OpenRevision', () => {
  const approved = () => [aReportDrafted(), aSubmission(), aSignOff(), anApproval()];

  it('publishes a reviewed report', () =>
    given(...approved()).when(command('PublishReport', reviewer)).then({ type: 'ReportPublished', data: { revision: 1 } }));

  it('opens revision 2 of a published report with a reason', () =>
    given(...approved(), aPublication())
      .when(command('OpenRevision', head, { reason: '审计发现成本数据有误' }))
      .then({ type: 'RevisionOpened', data: { revision: 2, reason: '审计发现成本数据有误' } }));

  it('refuses to publish a report not yet reviewed', () =>
    given(aReportDrafted(), aSubmission(), aSignOff())
      .when(command('PublishReport', reviewer))
      .thenThrows(IllegalTransition, { state: 'signed_off', allowed: ['AddReviewComment', 'AdjustScore', 'ReturnReport', 'ApproveReport'] }));
});

describe('totals follow the scores (SPEC §6)', () => {
  const department = () => aReportDrafted(beijingOffice());
  const misprinted = () => aReportDrafted({ ...hotline(), total: { weight: '100', score: '99' } });

  it('moves 附件1\'s 总分 with a rule score, and leaves 附件3\'s alone', () =>
    given(department())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'r4', score: '2', reason: '复核' }))
      .then({
        type: 'SelfScoreChanged',
        data: { indicatorId: 'r4', from: '1', to: '2', reason: '复核', totals: { rules: { score: '97' } } },
      }));

  it('moves 附件3\'s 总分 with a score of its own', () =>
    given(department())
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i8', score: '5', reason: '复核' }))
      .then({
        type: 'SelfScoreChanged',
        data: { indicatorId: 'i8', from: '4', to: '5', reason: '复核', totals: { form: { score: '97' } } },
      }));

  it('moves the total weight with a row\'s weight', () =>
    given(aReportDrafted())
      .when(command('SetIndicator', preparer, {
        indicatorId: 'i3', indicator: { ...hotline().indicators[2], weight: '5', score: '5' }, reason: '分值调整',
      }))
      .then(
        { type: 'IndicatorEdited', data: { indicatorId: 'i3', indicator: { ...hotline().indicators[2], weight: '5', score: '10' } } },
        {
          type: 'SelfScoreChanged',
          data: { indicatorId: 'i3', from: '10', to: '5', reason: '分值调整', totals: { form: { weight: '95', score: '95' } } },
        },
      ));

  it('moves a level subtotal printed in its level cell, 产出指标(50分), with the level\'s weights', () => {
    const form = fixture('seed-004/03-open-government-a.json');
    const row = form.indicators.findIndex((r: { level1: string }) => r.level1 === '产出指标(50分)');
    const edited = { ...form.indicators[row], weight: String(Number(form.indicators[row].weight) - 2) };
    const [event] = given(aReportDrafted(form))
      .when(command('SetIndicator', preparer, { indicatorId: `i${row + 1}`, indicator: { ...edited, score: '' } }))
      .events();
    expect((event.data as { totals?: unknown }).totals).toEqual({ form: { weight: '98', levels: { '产出指标(50分)': '产出指标(48分)' } } });
    const after = [aReportDrafted(form), event].reduce(reportDecider.evolve, reportDecider.initialState());
    expect(formOf(after.document).indicators.filter((r) => r.level1.startsWith('产出指标')).map((r) => r.level1))
      .toEqual(expect.arrayContaining(['产出指标(48分)']));
    expect(formOf(after.document).indicators.map((r) => r.level1)).not.toContain('产出指标(50分)');
  });

  it('keeps a disagreeing imported total while nothing it sums changes', () =>
    given(misprinted())
      .when(command('SetIndicator', preparer, { indicatorId: 'i1', indicator: { ...hotline().indicators[0], target: '≥95%' } }))
      .then({ type: 'IndicatorEdited', data: { indicatorId: 'i1', indicator: { ...hotline().indicators[0], target: '≥95%' } } }));

  it('takes the sum once the preparer accepts it', () =>
    given(misprinted())
      .when(command('AcceptSum', preparer, {}))
      .then({ type: 'SumAccepted', data: { totals: { form: { weight: '100', score: '100' } } } }));

  it('accepts the sum of one named table of a department report', () =>
    given(aReportDrafted({ ...beijingOffice(), ruleTotal: { weight: '100', score: '100' } }))
      .when(command('AcceptSum', preparer, { table: 'rules' }))
      .then({ type: 'SumAccepted', data: { totals: { rules: { weight: '100', score: '96' } } } }));

  it('has nothing to accept when the totals are the sums', () =>
    given(aReportDrafted()).when(command('AcceptSum', preparer, {})).then());

  it('refuses 附件1 of a project form', () =>
    given(aReportDrafted())
      .when(command('AcceptSum', preparer, { table: 'rules' }))
      .thenThrows(InvalidInput, { problems: [expect.objectContaining({ path: 'table' })] }));

  it('blocks submission while a printed total is not the sum, naming SUM_MISMATCH', () =>
    given(misprinted())
      .when(command('SubmitSelfEvaluation', preparer))
      .thenThrows(SubmissionBlocked, { problems: [expect.objectContaining({ code: 'SUM_MISMATCH', path: 'total.score' })] }));
});

describe('weights are read as the scoring engine reads them (issue #11 item 1)', () => {
  it.each([['１５'], ['15.0'], [' 15 ']])('scores a row whose weight is printed %p', (weight) =>
    given(aReportDrafted({ ...hotline(), indicators: hotline().indicators.map((row: object, i: number) => (i ? row : { ...row, weight })) }))
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score: '15', reason: '复核' }))
      .then());

  it('scores up to a full-width weight, and no further', () =>
    given(aReportDrafted({ ...hotline(), indicators: hotline().indicators.map((row: object, i: number) => (i ? row : { ...row, weight: '１５', score: '１４' })) }))
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'i1', score: '15.01', reason: '复核' }))
      .thenThrows(InvalidInput, { problems: [expect.objectContaining({ path: 'score', message: '得分 15.01 超过该指标分值 15' })] }));

  it('scores the execution row whose weight is printed 10分', () =>
    given(aReportDrafted({ ...hotline(), funds: { ...hotline().funds, total: { ...hotline().funds.total, weight: '10分' } } }))
      .when(command('ChangeSelfScore', preparer, { indicatorId: 'execution', score: '9', reason: '执行偏慢' }))
      .then({ type: 'SelfScoreChanged', data: { indicatorId: 'execution', from: '10', to: '9', reason: '执行偏慢', totals: { form: { score: '99' } } } }));
});

describe('refusals read in Chinese (issue #9 item 5)', () => {
  it('names the state and the commands by their labels, codes kept in the fields', () =>
    given(aReportDrafted(), aSubmission(), aSignOff(), anApproval(), aPublication())
      .when(command('SubmitSelfEvaluation', preparer))
      .thenThrows(IllegalTransition, {
        message: '报告当前状态为 已公开，不能执行 提交自评；此状态允许：开启修订', state: 'published', allowed: ['OpenRevision'],
      }));
});
