import fc from 'fast-check';
import { applicableWeight, executionWeight } from '@jixiao/scoring';
import { aReportDrafted, actors, command, hotline } from '@jixiao/testing';
import { decide } from './decide';
import { formOf } from './document-cells';
import { evolve, initialReport } from './report';

const FULL_WIDTH = (text: string) => text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const weightText = fc
  .oneof(
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom('', '.0', '.5', '.25')).map(([n, d]) => `${n}${d}`),
    fc.constantFrom('', '/', '—', '-', '不涉及', '10分', '-5', 'abc', '5万元', '５％'),
  )
  .chain((text) => fc.constantFrom(text, FULL_WIDTH(text), ` ${text} `));

function reportWith(indicatorWeight: string, executionWeightText: string) {
  const form = hotline();
  form.indicators[0].weight = indicatorWeight;
  form.funds.total.weight = executionWeightText;
  return evolve(initialReport(), aReportDrafted(form));
}

const accepts = (report: ReturnType<typeof reportWith>, indicatorId: string, score: string) => {
  try {
    decide(command('ChangeSelfScore', actors.preparer, { indicatorId, score, reason: '复核' }), report);
    return true;
  } catch {
    return false;
  }
};

describe('a score is bounded by the weight the scoring engine reads (issue #11 item 1)', () => {
  it('accepts 0 and the full weight of every row scoring finds applicable, and refuses every other row', () => {
    fc.assert(
      fc.property(weightText, (text) => {
        const report = reportWith(text, '10');
        const weight = applicableWeight(formOf(report.document).indicators[0]);
        expect(accepts(report, 'i1', '0')).toBe(weight !== null);
        if (weight !== null) {
          expect(accepts(report, 'i1', weight.toString())).toBe(true);
          expect(accepts(report, 'i1', weight.plus('0.01').toString())).toBe(false);
        }
      }),
    );
  });

  it('bounds the execution score by the execution weight scoring reads', () => {
    fc.assert(
      fc.property(weightText, (text) => {
        const weight = executionWeight(text);
        const report = reportWith('15', text);
        expect(accepts(report, 'execution', weight.toString())).toBe(true);
        expect(accepts(report, 'execution', weight.plus('0.01').toString())).toBe(false);
      }),
    );
  });
});
