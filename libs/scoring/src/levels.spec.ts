import { gradeOf } from './grade';
import { level1KeyOf, level2KeyOf } from './levels';

describe('level names (SPEC §3)', () => {
  it.each([
    ['产出指标(50分)', '数量指标', 'output', 'quantity'], ['效益指标（30分）', '经济效益指标', 'effect', 'economic'],
    ['效益指标', '经济效益', 'effect', 'economic'], ['满意度指标(10分)', '服务对象满意度指标', 'satisfaction', 'satisfaction'],
    ['(50分)', '成本指标', 'output', 'cost'], ['（30分）', '可持续影响指标', 'effect', 'sustainability'], ['', '生态效益', 'effect', 'ecological'],
  ])('%s / %s → %s / %s', (level1, level2, key1, key2) => {
    expect(level1KeyOf(level1, level2)).toBe(key1);
    expect(level2KeyOf(level2)).toBe(key2);
  });
});

describe('grade of the total: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差', () => {
  it.each([['100', '优'], ['90', '优'], ['89.99', '良'], ['80', '良'], ['79.99', '中'], ['60', '中'], ['59.99', '差'], ['0', '差']])('%s → %s', (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });
});
