import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { DepartmentReportDocument, ProjectFormDocument, Rule } from './document';
import { FLAG_CODES } from './flags';
import type { IndicatorResult } from './indicator-score';
import type { ScoredRows } from './project-form';
import { scoreDocument } from './score-document';

// Cells mix what forms print with arbitrary text, so both the reading and the fallbacks are exercised.
const printedCell = fc.constantFrom(
  '', '/', '—', '不涉及', '≥90%', '>=90 %', '≤492万元', '＝12期', '1.68万元', '95百分比', '≥９０％', '60家', '12', '0', '-3',
  '显著', '较好', '一般', '达成预期指标', '部分达成', '未达成', '见附件', '100%', '0/0', '①②④', '效果明显', '1e5', '١٢',
);
const cell = fc.oneof({ weight: 3, arbitrary: printedCell }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) });
const amount = fc.oneof(fc.integer({ min: 0, max: 100000 }).map((n) => (n / 100).toFixed(2)), cell);
const level = fc.constantFrom<[string, string]>(['产出指标(50分)', '数量指标'], ['产出指标', '成本指标'], ['效益指标（30分）', '社会效益'], ['满意度指标', '满意度指标'], ['', '']);

const indicator = fc.record({
  level: level, name: cell, target: cell, actual: cell, weight: fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), cell),
  score: fc.oneof(fc.integer({ min: 0, max: 3000 }).map((n) => (n / 100).toFixed(2)), cell), deviation: cell,
}).map(({ level: [level1, level2], ...rest }) => ({ level1, level2, ...rest }));

const funds = fc.record({ initialBudget: amount, annualBudget: amount, executed: amount, weight: cell, executionRate: cell, score: cell });
const formParts = fc.record({ total: funds, indicators: fc.array(indicator, { maxLength: 12 }), totalScore: cell });

const projectForm = formParts.map(({ total, indicators, totalScore }): ProjectFormDocument => ({
  format: 'jixiao.project-form.v1', fiscalYear: '2024', projectName: 'p', competentDepartment: 'd', implementingUnit: 'u',
  funds: { total }, goals: { planned: '', achieved: '' }, indicators, total: { weight: '100', score: totalScore },
}));

const number = fc.oneof(fc.integer({ min: -200, max: 200 }).map(String), cell);
const rule: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ kind: fc.constant('deductPerStep' as const), threshold: number, direction: fc.constantFrom('above' as const, 'below' as const, 'both' as const), step: number, deduct: number, steps: fc.constantFrom('floor' as const, 'ceil' as const, 'exact' as const) }),
  fc.record({ kind: fc.constant('bands' as const), bands: fc.array(fc.record({ max: number, inclusive: fc.boolean(), points: number }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('levels' as const), levels: fc.dictionary(cell, number, { maxKeys: 4 }) }),
  fc.record({ kind: fc.constant('checklist' as const), items: fc.array(fc.record({ mark: fc.constantFrom('①', '②', '⑪', 'a'), points: number }), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('deductPerCount' as const), deduct: number }),
  fc.constant({ kind: 'ratio' as const }),
);
const ruleRow = fc.record({ name: cell, weight: fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), cell), measured: cell, rule, score: cell });

const departmentReport = fc.record({ rows: fc.array(ruleRow, { maxLength: 10 }), form: formParts, total: cell }).map(({ rows, form, total }): DepartmentReportDocument => ({
  format: 'jixiao.department-report.v1', fiscalYear: '2021', department: 'd', title: 't', sections: [], baseData: {},
  ruleIndicators: rows.map((r) => ({ level1: '过程', level2: '预算执行', criterion: '', ...r })),
  ruleTotal: { weight: '100', score: total }, selfAssessedGrade: '优',
  selfEvaluationForm: { funds: { total: form.total }, indicators: form.indicators, total: { weight: '100', score: form.totalScore } },
}));

const twoDecimals = /^-?\d+\.\d{2}$/;
const sumOf = (values: (string | null)[]) => values.reduce((t, v) => (v === null ? t : t.plus(v)), new Decimal(0)).toFixed(2);

function expectBounded(indicators: IndicatorResult[]): void {
  for (const i of indicators) {
    if (i.computedScore === null) continue;
    expect(i.computedScore).toMatch(twoDecimals);
    expect(new Decimal(i.computedScore).greaterThanOrEqualTo(0)).toBe(true);
    expect(new Decimal(i.computedScore).lessThanOrEqualTo(i.weight)).toBe(true);
  }
}

describe('scoreDocument properties', () => {
  it('project form: never throws; scores within 0..weight; totals are the sums of their parts; known flag codes', () => {
    fc.assert(fc.property(projectForm, (form) => {
      const result = scoreDocument(form);
      if (result.kind !== 'project-form') throw new Error('kind');
      expectBounded(result.indicators);
      const execution = result.execution.score;
      if (execution !== null) expect(new Decimal(execution).lessThanOrEqualTo(result.execution.weight)).toBe(true);
      expect(result.total.computed).toBe(sumOf([execution, ...result.indicators.map((i) => i.computedScore)]));
      expect(sumOf(Object.values(result.levelTotals).map((l) => l.computed)))
        .toBe(sumOf(result.indicators.filter((i) => i.level1Key !== null).map((i) => i.computedScore)));
      for (const f of result.flags) expect(FLAG_CODES).toContain(f.code);
    }), { numRuns: 400 });
  });

  it('department report: never throws; rule scores within 0..weight; the rule total is their sum', () => {
    fc.assert(fc.property(departmentReport, (report) => {
      const result = scoreDocument(report);
      if (result.kind !== 'department-report') throw new Error('kind');
      expectBounded(result.indicators);
      expectBounded(result.selfEvaluationForm.indicators);
      expect(result.total.computed).toBe(sumOf(result.indicators.map((i) => i.computedScore)));
      expect(sumOf(Object.values(result.levelTotals).map((l) => l.computed))).toBe(result.total.computed);
      for (const f of result.flags) expect(FLAG_CODES).toContain(f.code);
    }), { numRuns: 300 });
  });

  it('scored again with the rows scored before, a changed form scores as it does afresh, whatever rows were replaced, added, removed or moved', () => {
    const edit = fc.record({ at: fc.nat(), replaceWith: fc.option(indicator), insert: fc.option(indicator), remove: fc.boolean() });
    fc.assert(fc.property(fc.oneof(projectForm, departmentReport), fc.array(edit, { maxLength: 6 }), (first, edits) => {
      const scoredRows: ScoredRows = new WeakMap();
      const formOf = (document: typeof first) => ('selfEvaluationForm' in document ? document.selfEvaluationForm : document);
      const withRows = (document: typeof first, indicators: ProjectFormDocument['indicators']): typeof first =>
        ('selfEvaluationForm' in document ? { ...document, selfEvaluationForm: { ...document.selfEvaluationForm, indicators } } : { ...document, indicators });
      let document = first;
      expect(scoreDocument(document, scoredRows)).toEqual(scoreDocument(document));
      for (const { at, replaceWith, insert, remove } of edits) {
        const rows = [...formOf(document).indicators];
        const i = rows.length ? at % rows.length : 0;
        if (replaceWith) rows[i] = replaceWith;
        if (insert) rows.splice(i, 0, insert);
        if (remove && rows.length) rows.splice(i, 1);
        document = withRows(document, rows);
        expect(scoreDocument(document, scoredRows)).toEqual(scoreDocument(document));
      }
    }), { numRuns: 300 });
  });
});
