import { beijingOffice } from '@jixiao/testing';
import { ruleOfCriterion } from './rule-criterion';

describe('ruleOfCriterion: the rule behind a printed 评分标准 (SPEC §5)', () => {
  const rows: [string, any][] = beijingOffice().ruleIndicators.filter((r: any) => r.name !== '行政效能').map((r: any) => [r.name, r]);

  it.each(rows)('reads %s as its transcribed rule', (_name, row) => {
    expect(ruleOfCriterion(row.criterion, row.weight) ?? ruleOfCriterion(row.explanation, row.weight)).toEqual(row.rule);
  });

  it('reads a levels criterion whose first level is a long sentence, to a label the measured value still finds', () => {
    const row = beijingOffice().ruleIndicators.find((r: any) => r.name === '行政效能');
    expect(ruleOfCriterion(row.criterion, row.weight)).toEqual({ kind: 'levels', levels: { 降低行政成本效果较好: '6', 一般: '3', 无效果或者效果不明显: '0' } });
  });

  it.each([['按照年度考核结果评定。'], [''], ['得分=实际完成数/计划数×分值']])('gives no rule for %p', (criterion) => {
    expect(ruleOfCriterion(criterion, '5')).toBeNull();
  });
});
