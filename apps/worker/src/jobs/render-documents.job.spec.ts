import { beijingOffice } from '@jixiao/testing';
import { reviewScoresOf } from './render-documents.job';

describe('reviewScoresOf', () => {
  it('hands the documents the reviewer’s score of each 附件1 rule and each 附件3 row by its index, and nothing unreviewed', () => {
    const document = beijingOffice();
    const ruleIds = document.ruleIndicators.map((_: unknown, i: number) => `r${i + 1}`);
    const indicatorIds = document.selfEvaluationForm.indicators.map((_: unknown, i: number) => `i${i + 1}`);
    const scores = reviewScoresOf({ document, ruleIds, indicatorIds, reviewScores: { r4: '0', i2: '8' } });
    expect(scores).toEqual({ reviewScores: { 1: '8' }, ruleReviewScores: { 3: '0' } });
    expect(reviewScoresOf({ document, ruleIds, indicatorIds, reviewScores: {} })).toEqual({ reviewScores: {}, ruleReviewScores: {} });
  });
});
