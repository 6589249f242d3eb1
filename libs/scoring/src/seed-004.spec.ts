import type { ProjectFormResult } from './project-form';
import { scoreDocument } from './score-document';
import { flagLines, loadFixture } from './testing/fixtures';

// Worked out by hand from SPEC §3–§6 and the printed cells, never from the engine's output.
// Rate = B/A as a percent, half-up to 2 decimals; execution score = 10 × min(B/A, 1), half-up to 2 decimals;
// total = execution score + the rounded indicator scores. "达成预期指标" achieves any qualitative target, and a
// self score of the full weight lies in the achieved band (80%–100%), so it stands.
interface Golden {
  rate: string;
  executionScore: string;
  scores: (string | null)[];
  levels: [string, string, string];
  total: string;
  grade: string;
  flags: string[];
}

const ALL_MET_TAIL = { grade: '优' };

const GOLDEN: Record<string, Golden> = {
  // A 492, B 492: 100%, 10.00. Every target met (99%≥90%, 85%≥80%, 99%≥99%, 492≤492万元, 99%≥98%);
  // 生态效益 此项目不涉及 → N/A. 10 + 50 + 30 + 10 = 100 = printed 100.
  '01-12345-hotline.json': {
    rate: '100.00%', executionScore: '10.00', scores: ['15.00', '15.00', '10.00', '10.00', '10.00', '10.00', null, '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '100.00', ...ALL_MET_TAIL, flags: [],
  },
  // 45.44/96 = 0.473333… → 47.33% (printed 47.33%), score 4.7333 → 4.73. Bare actual 45.44 takes 万元: ≤96 met.
  // No satisfaction row: weights 10+50+30 = 90 ≠ 100, satisfaction 0 ≠ 10. Total 4.73+50+30 = 84.73 → 良;
  // printed 94.73 ≠ printed parts 4.73+80 = 84.73 (SUM) and ≠ computed 84.73 (TOTAL).
  '02-business-environment.json': {
    rate: '47.33%', executionScore: '4.73', scores: ['10.00', '10.00', '20.00', '10.00', '10.00', '5.00', '5.00', '10.00'],
    levels: ['50.00', '30.00', '0.00'], total: '84.73', grade: '良',
    flags: ['WEIGHTS_NOT_100 weights expected=100', 'LEVEL_WEIGHT_MISMATCH levels.satisfaction expected=10',
      'SUM_MISMATCH total.score expected=84.73', 'TOTAL_MISMATCH total.score expected=84.73'],
  },
  // 54.56/72.80 = 0.7494505… → 74.95%, score 7.4945 → 7.49. 成本 "72.8万元" without comparator is ≤ (cost):
  // 55 ≤ 72.8 met. 95 (bare → %) ≥ 90% met. 经济效益 row blank → N/A. 7.49 + 50 + 30 + 10 = 97.49 = printed.
  '03-open-government-a.json': {
    rate: '74.95%', executionScore: '7.49', scores: ['10.00', '10.00', '15.00', '15.00', null, '10.00', '10.00', '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '97.49', ...ALL_MET_TAIL, flags: [],
  },
  // 44.01/49 = 0.8981632… → 89.82%, 8.98. 招商规模 2000 ≥ 2 × 1000万元: far exceeded (info), still full.
  // 8.98 + 50 + 30 + 10 = 98.98 = printed.
  '04-administration.json': {
    rate: '89.82%', executionScore: '8.98', scores: ['10.00', '10.00', '10.00', '10.00', '10.00', '5.00', '5.00', '10.00', '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '98.98', ...ALL_MET_TAIL, flags: ['TARGET_FAR_EXCEEDED indicators[0].actual expected=≥1000万元'],
  },
  // 13.96/24 = 0.5816666… → 58.17% (cut off 58.16%); printed 58.15% is neither → mismatch. Score 5.8166 → 5.82
  // = printed. Qualitative actuals equal their targets. 5.82 + 90 = 95.82 = printed.
  '05-foreign-affairs.json': {
    rate: '58.17%', executionScore: '5.82', scores: ['10.00', '15.00', '15.00', '10.00', '10.00', '10.00', '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '95.82', ...ALL_MET_TAIL, flags: ['EXECUTION_RATE_MISMATCH funds.total.executionRate expected=58.17%'],
  },
  // 15.18/23.17 = 0.6551575… → 65.52%; printed 65.51% is B/A cut off at 2 decimals → accepted. Score 6.55.
  // ＝12期 vs 12 met. Two blank effect rows N/A. 6.55 + 50 + 30 + 10 = 96.55 = printed.
  '06-government-gazette.json': {
    rate: '65.52%', executionScore: '6.55', scores: ['10.00', '10.00', '15.00', '15.00', null, '15.00', null, '15.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '96.55', ...ALL_MET_TAIL, flags: [],
  },
  // 73.62/99.20 = 0.7421370… → 74.21%, 7.42. 7.42 + 50 + 30 + 10 = 97.42 = printed.
  '07-open-government-b.json': {
    rate: '74.21%', executionScore: '7.42', scores: ['10.00', '15.00', '15.00', '10.00', null, '10.00', null, '20.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '97.42', ...ALL_MET_TAIL, flags: [],
  },
  // 104.20/104.20 = 100.00%, 10.00. 95百分比 ≥ 95百分比, ＝24小时 vs 24小时, 104.2 ≤ 182.68万元. Total 100.
  '08-website-security.json': {
    rate: '100.00%', executionScore: '10.00', scores: ['10.00', '10.00', '15.00', '15.00', '10.00', '10.00', null, '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '100.00', ...ALL_MET_TAIL, flags: [],
  },
  // Blank execution weight → template 10. 1.68/2.34 = 0.7179487… → 71.79%; printed 74.34% is neither rounded
  // nor cut off. Score 7.179 → 7.18 ≠ printed 7.43. Printed parts 7.43 + 90 = 97.43 = printed total (no SUM);
  // computed 7.18 + 90 = 97.18 ≠ 97.43 (TOTAL).
  '09-overseas-chinese.json': {
    rate: '71.79%', executionScore: '7.18', scores: ['10.00', '15.00', '15.00', '10.00', '10.00', '10.00', '10.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '97.18', grade: '优',
    flags: ['EXECUTION_RATE_MISMATCH funds.total.executionRate expected=71.79%', 'EXECUTION_SCORE_MISMATCH funds.total.score expected=7.18',
      'TOTAL_MISMATCH total.score expected=97.18'],
  },
  // 43.31/140 = 0.3093571… → 30.94%. Printed with 3 decimals, 30.934%: rounded 30.936, cut off 30.935 → mismatch.
  // Score 3.0936 → 3.09 = printed. 出国次数 4 ≥ 2 × 2次 (info). 出国时间 1 ≤ 2月 met.
  // 3.09 + 50 + 30 + 10 = 93.09 = printed.
  '10-official-travel-abroad.json': {
    rate: '30.94%', executionScore: '3.09', scores: ['10.00', '15.00', '15.00', '10.00', '10.00', '10.00', '5.00', '5.00', '10.00'],
    levels: ['50.00', '30.00', '10.00'], total: '93.09', ...ALL_MET_TAIL,
    flags: ['EXECUTION_RATE_MISMATCH funds.total.executionRate expected=30.936%', 'TARGET_FAR_EXCEEDED indicators[0].actual expected=≥2次'],
  },
};

describe('seed 004: the ten project forms of 淮南市人民政府办公室', () => {
  it.each(Object.entries(GOLDEN))('%s', (file, golden) => {
    const result = scoreDocument(loadFixture(`seed-004/${file}`)) as ProjectFormResult;
    expect(result.kind).toBe('project-form');
    expect([result.execution.rate, result.execution.score]).toEqual([golden.rate, golden.executionScore]);
    expect(result.indicators.map((i) => i.computedScore)).toEqual(golden.scores);
    expect(result.indicators.map((i) => i.status)).toEqual(golden.scores.map((s) => (s === null ? 'not_applicable' : 'met')));
    const { output, effect, satisfaction } = result.levelTotals;
    expect([output.computed, effect.computed, satisfaction.computed]).toEqual(golden.levels);
    expect(result.total.computed).toBe(golden.total);
    expect(result.grade).toBe(golden.grade);
    expect(flagLines(result.flags)).toEqual(golden.flags);
  });
});

describe('LEVEL_WEIGHT_MISMATCH tells the clerk what to do', () => {
  const levelFlag = (document: any) => scoreDocument(document).flags.find((f) => f.code === 'LEVEL_WEIGHT_MISMATCH')!;

  it('names a level the form lacks and asks for it, with the template’s points', () => {
    const flag = levelFlag(loadFixture('seed-004/02-business-environment.json'));
    expect(flag.message).toBe('表中没有满意度指标（模板为 10 分）：请新增满意度指标（如“服务对象满意度”），分值合计 10');
  });

  it('asks for a level’s points to be brought to the template’s when its rows add up to something else', () => {
    const document: any = loadFixture('seed-004/01-12345-hotline.json');
    const row = document.indicators.findIndex((i: any) => /满意/.test(i.level1));
    const changed = { ...document, indicators: document.indicators.map((i: any, n: number) => (n === row ? { ...i, weight: '8' } : i)) };
    expect(levelFlag(changed).message).toBe('满意度指标分值合计 8，模板为 10：请调整该级指标的分值，使其合计为 10');
  });
});
