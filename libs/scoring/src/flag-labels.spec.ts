import fc from 'fast-check';
import { FLAG_CODES } from './flags';
import { FLAG_LABELS, flagLabel, placeOf } from './flag-labels';

describe('flag labels', () => {
  it('give every flag code a Chinese label', () => {
    for (const code of FLAG_CODES) expect(FLAG_LABELS[code]).toMatch(/[\u4e00-\u9fff]/);
    expect(flagLabel('SOMETHING_NEW')).toBe('核查问题');
    expect(flagLabel('toString')).toBe('核查问题');
    expect(placeOf('toString')).toBe('');
    expect(placeOf('indicators[0].constructor')).toBe('第1行');
  });

  it('name the place in the form, never the JSON path', () => {
    expect(placeOf('indicators[2].actual')).toBe('第3行 实际完成值');
    expect(placeOf('selfEvaluationForm.indicators[0].score')).toBe('附件3 第1行 得分');
    expect(placeOf('ruleIndicators[3].measured')).toBe('附件1 第4行 实际测算值');
    expect(placeOf('funds.total.executionRate')).toBe('项目资金 年度资金总额 执行率');
    expect(placeOf('selfEvaluationForm.total.score')).toBe('附件3 总分');
    expect(placeOf('ruleTotal.score')).toBe('附件1 总分');
    expect(placeOf('levels.output')).toBe('产出指标 分值小计');
    expect(placeOf('weights')).toBe('分值合计');
  });

  it('never echoes an ASCII identifier, whatever the path', () => {
    fc.assert(fc.property(fc.string(), (path) => {
      expect(placeOf(path)).not.toMatch(/[A-Za-z_]/);
    }));
    fc.assert(fc.property(fc.constantFrom('indicators', 'ruleIndicators', 'selfEvaluationForm.indicators'), fc.nat(99),
      fc.constantFrom('actual', 'target', 'score', 'weight', 'measured', 'deviation', 'unknownField'), (list, i, field) => {
        expect(placeOf(`${list}[${i}].${field}`)).toMatch(new RegExp(`第${i + 1}行`));
        expect(placeOf(`${list}[${i}].${field}`)).not.toMatch(/[A-Za-z_[\]]/);
      }));
  });
});
