import { aPublication, aReportDrafted, aSignOff, aSubmission, anApproval } from '@jixiao/testing';
import { evolve, initialReport } from './report';
import { formOf, readScore } from './document-cells';

describe('evolve', () => {
  it('walks the states of SPEC §7 and counts versions', () => {
    const events = [aReportDrafted(), aSubmission(), aSignOff(), anApproval(), aPublication()];
    const states = [];
    let report = initialReport();
    for (const event of events) {
      report = evolve(report, event);
      states.push(report.state);
    }
    expect(states).toEqual(['draft', 'self_scored', 'signed_off', 'reviewed', 'published']);
    expect(report.version).toBe(5);
    expect(report.everSignedOff).toBe(true);
  });

  it('writes a self score into the printed cell and keeps a review score beside it', () => {
    let report = evolve(initialReport(), aReportDrafted());
    report = evolve(report, { type: 'SelfScoreChanged', data: { indicatorId: 'i2', from: '15', to: '13', reason: 'r' } });
    report = evolve(report, { type: 'ScoreAdjusted', data: { indicatorId: 'i2', from: '13', to: '12', reason: 'r' } });
    expect(readScore(report, 'i2')).toBe('13');
    expect(report.reviewScores).toEqual({ i2: '12' });
  });

  it('writes the totals an event carries into the printed 总分 row, and leaves them when it carries none', () => {
    let report = evolve(initialReport(), aReportDrafted());
    report = evolve(report, { type: 'SelfScoreChanged', data: { indicatorId: 'i1', from: '15', to: '14', reason: 'r', totals: { form: { score: '99' } } } });
    expect(formOf(report.document).total).toEqual({ weight: '100', score: '99' });
    report = evolve(report, { type: 'SelfScoreChanged', data: { indicatorId: 'i1', from: '14', to: '13', reason: 'stored before totals followed' } });
    expect(formOf(report.document).total).toEqual({ weight: '100', score: '99' });
  });
});
