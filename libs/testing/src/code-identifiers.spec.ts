import { codeIdentifiersIn } from './code-identifiers';

describe('codeIdentifiersIn', () => {
  it('finds each kind of code identifier', () => {
    expect(codeIdentifiersIn('问题 TARGET_FAR_EXCEEDED 位于 indicators[0].actual')).toEqual(['flag code: TARGET_FAR_EXCEEDED', 'JSON path: indicators[0].actual']);
    expect(codeIdentifiersIn('不能执行 SubmitSelfEvaluation')).toEqual(['event or command name: SubmitSelfEvaluation']);
    expect(codeIdentifiersIn('状态为 published')).toEqual(['state name: published']);
    expect(codeIdentifiersIn('jixiao-worker（system）')).toEqual(['role code: （system）', 'worker account: jixiao-worker']);
    expect(codeIdentifiersIn('funds.total.executionRate')).toEqual(['camelCase key: executionRate']);
  });

  it('lets Chinese text, numbers, file formats and user names through', () => {
    expect(codeIdentifiersIn('第3行 实际完成值 89.82% 自评报告（PDF） hn-preparer reviewer（财政局审核人） 第 2 版 · 12 KB')).toEqual([]);
  });
});
