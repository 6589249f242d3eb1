import { beijingOffice } from '@jixiao/testing';
import { ruleOfCriterion } from './rule-criterion';

describe('ruleOfCriterion: the rule behind a printed 评分标准 (SPEC §5)', () => {
  const rows: [string, any][] = beijingOffice().ruleIndicators.map((r: any) => [r.name, r]);

  it.each(rows)('reads %s as its transcribed rule', (_name, row) => {
    expect(ruleOfCriterion(row.criterion, row.weight) ?? ruleOfCriterion(row.explanation, row.weight)).toEqual(row.rule);
  });

  it.each([['按照年度考核结果评定。'], [''], ['得分=实际完成数/计划数×分值']])('gives no rule for %p', (criterion) => {
    expect(ruleOfCriterion(criterion, '5')).toBeNull();
  });
});
