import Decimal from 'decimal.js';
import type { Rule } from '../document';
import { scoreRule } from './rule-score';

const points = (rule: Rule, measured: string, full = '5') => {
  const outcome = scoreRule(rule, measured, new Decimal(full));
  return outcome.kind === 'scored' ? outcome.points.toFixed(2) : outcome.kind;
};

describe('deductPerStep', () => {
  // 在职人员控制率: ≦100% 计5分；每超过一个百分点扣0.5分，扣完为止.
  const above: Rule = { kind: 'deductPerStep', threshold: '100', direction: 'above', step: '1', deduct: '0.5' };

  it('scores full exactly at the threshold and on the good side of it', () => {
    expect(points(above, '100%')).toBe('5.00');
    expect(points(above, '99.99%')).toBe('5.00');
  });

  it('deducts once one whole step past it', () => expect(points(above, '101%')).toBe('4.50'));

  it('counts a partial step as none by default (floor), as real tables print', () => {
    expect(points(above, '100.99%')).toBe('5.00');
    expect(points(above, '102.5%')).toBe('4.00'); // 2 whole steps × 0.5
  });

  it('counts partial steps up with ceil and pro rata with exact', () => {
    expect(points({ ...above, steps: 'ceil' }, '100.01%')).toBe('4.50');
    expect(points({ ...above, steps: 'exact' }, '100.5%')).toBe('4.75');
  });

  it('never goes below 0 (扣完为止)', () => {
    expect(points(above, '110%')).toBe('0.00'); // exactly used up: 10 × 0.5
    expect(points(above, '180%')).toBe('0.00');
  });

  it('deducts below the threshold for direction below (预算完成率: 每低于5%扣2分)', () => {
    const below: Rule = { kind: 'deductPerStep', threshold: '100', direction: 'below', step: '5', deduct: '2' };
    expect(points(below, '100%')).toBe('5.00');
    expect(points(below, '99.27%')).toBe('5.00'); // the Hunan 2018 table printed 8/8 here
    expect(points(below, '95%')).toBe('3.00');
    expect(points(below, '90%')).toBe('1.00');
    expect(points(below, '85%')).toBe('0.00');
  });

  it('deducts on both sides for direction both (政府采购执行率: 每超过（降低）5%扣2分)', () => {
    const both: Rule = { kind: 'deductPerStep', threshold: '100', direction: 'both', step: '5', deduct: '2' };
    expect(points(both, '105%', '6')).toBe('4.00');
    expect(points(both, '95%', '6')).toBe('4.00');
    expect(points(both, '104.99%', '6')).toBe('6.00');
  });

  it('scores full a control rate of a thing that did not exist (0/0)', () => {
    const building: Rule = { kind: 'deductPerStep', threshold: '100', direction: 'above', step: '5', deduct: '2' };
    expect(points(building, '0/0')).toBe('5.00');
    expect(points(building, '0平方米/0平方米')).toBe('5.00');
    expect(points(building, '没有楼堂馆所项目')).toBe('5.00');
    expect(points({ kind: 'deductPerStep', threshold: '95', direction: 'below', step: '1', deduct: '1' }, '0/0', '8')).toBe('8.00');
  });
});

describe('bands', () => {
  // 预算控制率: =0 计5分；0-10%（含）4分；10-20%（含）3分；20-30%（含）2分；大于30%不得分.
  const control: Rule = {
    kind: 'bands',
    bands: [{ max: '0', points: '5' }, { max: '10', points: '4' }, { max: '20', points: '3' }, { max: '30', points: '2' }, { points: '0' }],
  };

  it('takes the first band the value falls in, upper bounds included', () => {
    expect(points(control, '0%')).toBe('5.00');
    expect(points(control, '0.01%')).toBe('4.00');
    expect(points(control, '10%')).toBe('4.00');
    expect(points(control, '10.01%')).toBe('3.00');
    expect(points(control, '30%')).toBe('2.00');
    expect(points(control, '38.22%')).toBe('0.00');
  });

  it('leaves an exclusive bound to the next band', () => {
    const exclusive: Rule = { kind: 'bands', bands: [{ max: '10', inclusive: false, points: '4' }, { points: '1' }] };
    expect(points(exclusive, '9.99%')).toBe('4.00');
    expect(points(exclusive, '10%')).toBe('1.00');
  });

  it('reads min-based bands (满意度: 90%（含）以上6分；80%（含）-90% 4分)', () => {
    const satisfaction: Rule = { kind: 'bands', bands: [{ min: '90', points: '6' }, { min: '80', points: '4' }, { min: '70', points: '2' }, { points: '0' }] };
    expect(points(satisfaction, '90%', '6')).toBe('6.00');
    expect(points(satisfaction, '89.99%', '6')).toBe('4.00');
    expect(points(satisfaction, '80%', '6')).toBe('4.00');
    expect(points(satisfaction, '69.9%', '6')).toBe('0.00');
    const exclusiveMin: Rule = { kind: 'bands', bands: [{ min: '90', inclusive: false, points: '6' }, { points: '0' }] };
    expect(points(exclusiveMin, '90%', '6')).toBe('0.00');
  });

  it('caps band points at the full weight and scores 0/0 full', () => {
    expect(points({ kind: 'bands', bands: [{ points: '9' }] }, '50%')).toBe('5.00');
    expect(points(control, '0/0')).toBe('5.00');
  });
});

describe('levels', () => {
  const effect: Rule = { kind: 'levels', levels: { 效果明显: '5', 效果一般: '2.5', 无效果: '0' } };

  it('gives the points of the measured label', () => {
    expect(points(effect, '效果明显')).toBe('5.00');
    expect(points(effect, '效果一般')).toBe('2.50');
    expect(points(effect, '无效果')).toBe('0.00');
  });

  it('prefers the longest label the text holds, so 效果不明显 is not 效果明显', () => {
    const efficiency: Rule = { kind: 'levels', levels: { 效果较好: '6', 一般: '3', 无效果或者效果不明显: '0' } };
    expect(points(efficiency, '效果不明显', '6')).toBe('0.00');
    expect(points(efficiency, '效果较好', '6')).toBe('6.00');
  });

  it('cannot read a label it does not know', () => expect(points(effect, '很好')).toBe('unreadable'));
});

describe('checklist', () => {
  const items = ['①', '②', '③', '④'].map((mark) => ({ mark, points: '2' }));
  const rule: Rule = { kind: 'checklist', items };

  it('sums the items the measured value marks', () => {
    expect(points(rule, '①②③④', '8')).toBe('8.00');
    expect(points(rule, '①②④', '8')).toBe('6.00');
    expect(points(rule, '无', '8')).toBe('0.00');
  });

  it('keeps circled marks apart: ⑪ is not ① and ①', () => {
    const eleven: Rule = { kind: 'checklist', items: [{ mark: '①', points: '1' }, { mark: '⑪', points: '1' }] };
    expect(points(eleven, '⑪', '2')).toBe('1.00');
  });

  it('cannot read a text that marks nothing', () => expect(points(rule, '全部符合', '8')).toBe('unreadable'));
});

describe('deductPerCount', () => {
  const rule: Rule = { kind: 'deductPerCount', deduct: '1' };

  it('deducts per case and never below 0 (扣完为止)', () => {
    expect(points(rule, '0', '6')).toBe('6.00');
    expect(points(rule, '1例', '6')).toBe('5.00');
    expect(points(rule, '6', '6')).toBe('0.00');
    expect(points(rule, '9', '6')).toBe('0.00');
  });
});

describe('ratio', () => {
  const rule: Rule = { kind: 'ratio' };

  it('scores full × measured, capped at full', () => {
    expect(points(rule, '0.75', '8')).toBe('6.00');
    expect(points(rule, '87.5%', '8')).toBe('7.00');
    expect(points(rule, '120%', '8')).toBe('8.00');
  });

  it('does not guess whether a bare number above 1 is a percent', () => expect(points(rule, '95', '8')).toBe('unreadable'));
});

describe('measured values the rule cannot use', () => {
  const rule: Rule = { kind: 'deductPerStep', threshold: '100', direction: 'above', step: '1', deduct: '0.5' };

  it('reports a blank measure as missing, text as unreadable, a broken rule as rule_unreadable', () => {
    expect(points(rule, '  ')).toBe('missing');
    expect(points(rule, '较高')).toBe('unreadable');
    expect(points({ ...rule, step: '一' }, '100%')).toBe('rule_unreadable');
  });
});
