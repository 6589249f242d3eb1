import type { DepartmentReportResult } from './department-report';
import { scoreDocument } from './score-document';
import { flagLines, loadFixture } from './testing/fixtures';

// 湖南省怀化市人民政府驻北京联络处 2021, worked out by hand from SPEC §4–§6 and the printed cells.
describe('seed 003: department report with rule-scored indicators (附件1) and a self-evaluation form (附件3)', () => {
  const result = scoreDocument(loadFixture('seed-003/huaihua-beijing-office-2021.json')) as DepartmentReportResult;

  it('scores each rule of 附件1 from its measured value', () => {
    expect(result.kind).toBe('department-report');
    expect(result.indicators.map((i) => [i.name, i.computedScore, i.status])).toEqual([
      ['在职人员控制率', '5.00', 'met'], // 100% ≤ 100%: no step over the threshold
      ['“三公经费”变动率', '5.00', 'met'], // −10.01% ≤ 0
      ['预算完成率', '5.00', 'met'], // 100%: no step below 100
      ['预算控制率', '0.00', 'not_met'], // 38.22% > 30% (大于30%不得分); self 1 matches no band
      ['新建楼堂馆所面积控制率', '5.00', 'met'], // 0 ≤ 100% (no project: 没有楼堂馆所项目的部门按满分计算)
      ['新建楼堂馆所投资概算控制率', '5.00', 'met'],
      ['公用经费控制率', '8.00', 'met'], // 100% ≤ 100%
      ['“三公经费”控制率', '7.00', 'met'], // 76.69% ≤ 100%
      ['政府采购执行率', '6.00', 'met'], // exactly 100%, both directions
      ['管理制度健全性', '8.00', 'met'], // ①②③④ × 2
      ['资金使用合规性', '6.00', 'met'], // 0 cases × 1
      ['预决算信息公开性', '5.00', 'met'], // ①–⑤ × 1
      ['重点工作实际完成率', '8.00', 'missing'], // measured blank: self 8 stands
      ['经济效益', '5.00', 'met'], // 效果明显
      ['社会效益', '5.00', 'met'],
      ['行政效能', '6.00', 'met'], // 效果较好
      ['社会公众或服务对象满意度', '6.00', 'met'], // 100% ≥ 90%
    ]);
  });

  it('totals the rule table by level and overall', () => {
    // 投入 5+5 = 10; 过程 5+5+5+0+5+5 + 8+7+6+8+6+5 = 60 − 5 = 55; 产出及效率 8+5+5+6+6 = 30. 10+55+30 = 95.
    expect(result.levelTotals).toEqual({
      投入: { weight: '10', computed: '10.00' }, 过程: { weight: '60', computed: '55.00' }, 产出及效率: { weight: '30', computed: '30.00' },
    });
    expect(result.total).toEqual({ computed: '95.00', printed: '96', weight: '100' });
    expect(result.grade).toBe('优'); // 95 ≥ 90, as printed: no GRADE_MISMATCH
  });

  it('flags the self score of 预算控制率, the missing measure and the total', () => {
    // Printed 96 = the sum of the printed self scores (100 − 4 for 预算控制率's 1 of 5): no SUM_MISMATCH.
    // Computed 95 ≠ 96: TOTAL_MISMATCH. 附件3's own flags follow, their paths under selfEvaluationForm.
    expect(flagLines(result.flags)).toEqual([
      'SCORE_MISMATCH ruleIndicators[3].score expected=0.00',
      'MEASURE_MISSING ruleIndicators[12].measured',
      'TOTAL_MISMATCH ruleTotal.score expected=95.00',
      'DEVIATION_REASON_MISSING selfEvaluationForm.indicators[7].deviation',
    ]);
    expect(result.flags.find((f) => f.code === 'MEASURE_MISSING')?.severity).toBe('info');
  });

  it('scores the embedded form (附件3) like a project form', () => {
    const form = result.selfEvaluationForm;
    // 264.18/264.18 = 100%, 10.00. "60家" without comparator (not cost) is ≥: 60家 met; "100%" met;
    // 成本节约率 ≥5% vs 5% met. 效果显著/有效执行 equal their targets. 生态效益 效果一般 vs 效果显著: 显著 → 一般
    // is three steps down → not achieved, band 0–60% of 8 = [0, 4.8); self 4 lies in it and stands, but no
    // deviation reason is given. 可持续 names its target 可持续性: achieved. 100% ≥ 95%.
    expect([form.execution.rate, form.execution.score]).toEqual(['100.00%', '10.00']);
    expect(form.indicators.map((i) => [i.computedScore, i.status])).toEqual([
      ['10.00', 'met'], ['10.00', 'met'], ['10.00', 'met'], ['10.00', 'met'], ['10.00', 'met'],
      ['8.00', 'met'], ['8.00', 'met'], ['4.00', 'not_met'], ['6.00', 'met'], ['10.00', 'met'],
    ]);
    // 10 + 50 + (8+8+4+6 = 26) + 10 = 96 = printed 96, and = printed parts.
    expect(form.total).toEqual({ computed: '96.00', printed: '96', weight: '100' });
    expect(form.grade).toBe('优');
    expect(flagLines(form.flags)).toEqual(['DEVIATION_REASON_MISSING selfEvaluationForm.indicators[7].deviation']);
  });
});
