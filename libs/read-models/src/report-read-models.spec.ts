import fc from 'fast-check';
import { evolve, formOf, initialReport, Report, ReportEvent } from '@jixiao/domain';
import { aReportDrafted, beijingOffice, hotline } from '@jixiao/testing';
import { reportReadModels, viewJsonOf } from './report-read-models';
import { toReportView } from './report-view';

const scores = fc.constantFrom('0', '1', '4.5', '5', '10', '12.25', '', '不适用');

/** What a life of edits and reviews does to a report's rows, each event as the domain records it. */
function eventsFor(report: Report): fc.Arbitrary<ReportEvent> {
  const formIds = report.indicatorIds;
  const anyId = fc.constantFrom(...formIds, ...report.ruleIds, 'execution');
  const rowOf = (id: string) => formOf(report.document).indicators[Math.max(0, formIds.indexOf(id))];
  return fc.oneof(
    fc.record({ indicatorId: anyId, to: scores }).map(({ indicatorId, to }) => ({ type: 'SelfScoreChanged', data: { indicatorId, from: '', to, reason: 'r' } }) as ReportEvent),
    fc.record({ indicatorId: anyId, to: scores }).map(({ indicatorId, to }) => ({ type: 'ScoreAdjusted', data: { indicatorId, from: '', to, reason: 'r' } }) as ReportEvent),
    fc.record({ indicatorId: fc.constantFrom(...formIds), target: fc.constantFrom('≥90%', '≤5万元', '显著', '不涉及'), weight: fc.constantFrom('5', '10', '20') })
      .map(({ indicatorId, target, weight }) => ({ type: 'IndicatorEdited', data: { indicatorId, indicator: { ...rowOf(indicatorId), target, weight } } }) as ReportEvent),
    fc.constantFrom(...formIds).map((indicatorId) => ({ type: 'IndicatorRemoved', data: { indicatorId } }) as ReportEvent),
    fc.constantFrom('80', '99.5', '').map((score) => ({ type: 'SumAccepted', data: { totals: { form: { score } } } }) as ReportEvent),
  );
}

describe('the view a command writes and sends', () => {
  it.each([['a project form', hotline], ['a department report', beijingOffice]])(
    'is, for %s after any edits, the view built afresh, and its JSON the text JSON.stringify writes',
    (_, document) => {
      const drafted = [aReportDrafted(document())].reduce(evolve, initialReport());
      // Each step's event is drawn from what the report then holds, with the case's seed.
      fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer(), (count, seed) => {
        let report = drafted;
        for (let step = 0; step < count; step++) {
          const [event] = fc.sample(eventsFor(report), { numRuns: 1, seed: seed + step });
          report = evolve(report, event);
          const view = reportReadModels.viewOf(report);
          expect(view).toEqual(toReportView(report));
          expect(viewJsonOf(view)).toBe(JSON.stringify(view));
        }
      }), { numRuns: 40 });
    },
  );

  it('keeps the view of a row nothing touched, frozen, and builds the touched row\'s again', () => {
    const drafted = [aReportDrafted()].reduce(evolve, initialReport());
    const before = reportReadModels.viewOf(drafted);
    const changed = evolve(drafted, { type: 'SelfScoreChanged', data: { indicatorId: 'i2', from: '', to: '1', reason: 'r' } } as ReportEvent);
    const after = reportReadModels.viewOf(changed);
    expect(after.indicators[0]).toBe(before.indicators[0]);
    expect(Object.isFrozen(after.indicators[0])).toBe(true);
    expect(after.indicators[1]).not.toBe(before.indicators[1]);
    expect(after.indicators[1].selfScore).toBe('1');
    const adjusted = reportReadModels.viewOf(evolve(changed, { type: 'ScoreAdjusted', data: { indicatorId: 'i1', from: '', to: '2', reason: 'r' } } as ReportEvent));
    expect(adjusted.indicators[0]).not.toBe(after.indicators[0]);
    expect(adjusted.indicators[0].reviewScore).toBe('2');
  });
});
