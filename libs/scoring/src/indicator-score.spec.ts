import type { ProjectIndicatorInput } from './document';
import { scoreIndicator } from './indicator-score';

const row = (cells: Partial<ProjectIndicatorInput>): ProjectIndicatorInput => ({
  level1: '产出指标', level2: '数量指标', name: '指标', target: '≥90%', actual: '90%', weight: '10', score: '10', deviation: '', ...cells,
});
const scored = (cells: Partial<ProjectIndicatorInput>) => {
  const { result, flags } = scoreIndicator(row(cells), 'indicators[0]');
  return { score: result.computedScore, status: result.status, codes: flags.map((f) => f.code) };
};

describe('quantitative indicators (财预〔2020〕10号: 未完成指标值的，按照完成值与指标值的比例记分)', () => {
  it('scores full weight when the target is met, exactly or beyond', () => {
    expect(scored({ target: '≥90%', actual: '90%' })).toEqual({ score: '10.00', status: 'met', codes: [] });
    expect(scored({ target: '≤492万元', actual: '4,920,000元' })).toMatchObject({ score: '10.00', status: 'met' });
  });

  it('scores weight × actual / target below a higher-is-better target', () => {
    // 10 × 81/90 = 9.00; 10 × 2/3 = 6.666… → 6.67
    expect(scored({ target: '≥90%', actual: '81%', score: '9', deviation: '未达标' })).toEqual({ score: '9.00', status: 'not_met', codes: [] });
    expect(scored({ target: '≥3次', actual: '2', score: '6.67', deviation: '延期' })).toMatchObject({ score: '6.67', codes: [] });
  });

  it('scores weight × target / actual above a lower-is-better target; a bare number in a cost row is ≤', () => {
    // 10 × 100/125 = 8.00
    expect(scored({ level2: '成本指标', target: '100万元', actual: '125', score: '8', deviation: '超支' })).toMatchObject({ score: '8.00', status: 'not_met' });
    expect(scored({ level2: '数量指标', target: '100', actual: '125' })).toMatchObject({ score: '10.00', status: 'met' });
  });

  it('scores weight × (1 − |actual − target| / target) off an exact target, never below 0', () => {
    // 10 × (1 − 2/12) = 8.333… → 8.33; 10 × (1 − 30/12) < 0 → 0
    expect(scored({ target: '＝12期', actual: '10', score: '8.33', deviation: '停刊两期' })).toMatchObject({ score: '8.33', codes: [] });
    expect(scored({ target: '＝12期', actual: '42', score: '0', deviation: '口径有误' })).toMatchObject({ score: '0.00', codes: [] });
  });

  it('flags a self score that differs from the computed one', () => {
    expect(scored({ target: '≥90%', actual: '81%', score: '10' })).toMatchObject({ score: '9.00', codes: ['SCORE_MISMATCH'] });
  });

  it('flags an actual at least twice a higher-is-better target (info), and only then', () => {
    expect(scored({ target: '≥2次', actual: '4' }).codes).toEqual(['TARGET_FAR_EXCEEDED']);
    expect(scored({ target: '≥2次', actual: '3.99' }).codes).toEqual([]);
    expect(scored({ target: '≤2月', actual: '4', score: '5', deviation: '延期' }).codes).toEqual([]);
  });

  it('does not compare an actual in another unit, and flags it', () => {
    expect(scored({ target: '≥90%', actual: '90家' })).toMatchObject({ score: '10.00', status: 'unresolved', codes: ['ACTUAL_UNPARSED'] });
  });
});

describe('qualitative indicators (three bands: 80%–100%, 60%–80%, under 60%)', () => {
  it('keeps a self score inside the achieved band, 80% included', () => {
    expect(scored({ target: '显著', actual: '达成预期指标', score: '8' })).toMatchObject({ score: '8.00', status: 'met', codes: ['DEVIATION_REASON_MISSING'] });
    expect(scored({ target: '较好', actual: '显著', score: '10' })).toMatchObject({ score: '10.00', status: 'met', codes: [] });
  });

  it('moves a score outside its band to the nearest edge', () => {
    expect(scored({ target: '显著', actual: '达成', score: '7.99', deviation: '略' })).toMatchObject({ score: '8.00', codes: ['SCORE_OUT_OF_BAND'] });
    // one step below (明显 under 显著) is partial: [6, 8), 80% excluded; the highest score inside is 7.99
    expect(scored({ target: '显著', actual: '明显', score: '8', deviation: '略' })).toMatchObject({ score: '7.99', status: 'partial', codes: ['SCORE_OUT_OF_BAND'] });
    expect(scored({ target: '显著', actual: '明显', score: '5.99', deviation: '略' })).toMatchObject({ score: '6.00', codes: ['SCORE_OUT_OF_BAND'] });
    expect(scored({ target: '显著', actual: '部分达成', score: '6', deviation: '略' })).toMatchObject({ score: '6.00', status: 'partial', codes: [] });
    expect(scored({ target: '显著', actual: '未达成', score: '6', deviation: '略' })).toMatchObject({ score: '5.99', status: 'not_met', codes: ['SCORE_OUT_OF_BAND'] });
    expect(scored({ target: '显著', actual: '未达成', score: '5.99', deviation: '略' })).toMatchObject({ score: '5.99', codes: [] });
  });

  it('lets the self score stand when the achievement cannot be read', () => {
    expect(scored({ target: '显著', actual: '见附件', score: '9', deviation: '略' })).toMatchObject({ score: '9.00', status: 'unresolved', codes: ['QUALITATIVE_UNRESOLVED'] });
  });
});

describe('rows that are missing something', () => {
  it('treats an empty, dashed or 不涉及 weight as not applicable: weight 0, no flags', () => {
    for (const weight of ['', '/', '—', '-', '不涉及']) {
      expect(scored({ weight, score: '', actual: '' })).toEqual({ score: null, status: 'not_applicable', codes: [] });
    }
    expect(scored({ name: '此项目不涉及', score: '' })).toMatchObject({ status: 'not_applicable', codes: [] });
  });

  it('flags a blank score as missing, never zero', () => {
    expect(scored({ score: '' })).toMatchObject({ score: '10.00', codes: ['SCORE_MISSING'] });
  });

  it('flags a blank actual; the self score stands, status missing', () => {
    expect(scored({ actual: '', score: '7', deviation: '略' })).toEqual({ score: '7.00', status: 'missing', codes: ['ACTUAL_MISSING'] });
  });

  it('flags a score above the weight, and bounds the computed score by the weight', () => {
    expect(scored({ actual: '', score: '12' })).toMatchObject({ score: '10.00', codes: ['SCORE_EXCEEDS_WEIGHT', 'ACTUAL_MISSING'] });
  });

  it('flags a score below the weight without a deviation reason', () => {
    expect(scored({ target: '≥90%', actual: '81%', score: '9' }).codes).toEqual(['DEVIATION_REASON_MISSING']);
  });
});
