import type { Workbook, Worksheet } from 'exceljs';
import type { RenderInput } from '../render-input';
import { borderRows, merge, put } from './sheet-style';

const RULE_HEADINGS = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '计算说明', '实际测算值', '自评得分', '系统计算得分'];

/** 附件1 部门整体支出绩效评价指标表. */
export function addRuleSheet(workbook: Workbook, input: RenderInput): Worksheet {
  const sheet = workbook.addWorksheet('附件1 指标评分表');
  sheet.columns = [10, 10, 18, 6, 40, 36, 12, 8, 10].map((width) => ({ width }));
  merge(sheet, 'A1:I1', `${input.document.title ?? ''} 附件1：部门整体支出绩效评价指标评分表`, { bold: true, size: 14 });
  RULE_HEADINGS.forEach((text, i) => put(sheet, `${String.fromCharCode(65 + i)}2`, text, { bold: true }));
  const rows: any[] = input.document.ruleIndicators ?? [];
  rows.forEach((row, i) => {
    [row.level1, row.level2, row.name, row.weight, row.criterion, row.explanation ?? '', row.measured, row.score, input.result?.indicators[i]?.computedScore ?? '']
      .forEach((value, c) => put(sheet, `${String.fromCharCode(65 + c)}${3 + i}`, value, { align: c === 4 || c === 5 ? 'left' : 'center' }));
  });
  const totalRow = 3 + rows.length;
  merge(sheet, `A${totalRow}:C${totalRow}`, '合计', { bold: true });
  put(sheet, `D${totalRow}`, input.document.ruleTotal?.weight ?? '');
  put(sheet, `H${totalRow}`, input.document.ruleTotal?.score ?? '');
  put(sheet, `I${totalRow}`, input.result?.total.computed ?? '');
  borderRows(sheet, 2, totalRow, RULE_HEADINGS.length);
  return sheet;
}
