import type { TableBlock } from './table-block';

// The printed row names of 附件2 部门整体支出绩效评价基础数据表, for the keys the import format uses.
const LABELS: Record<string, string> = {
  staffing: '财政供养人员情况（人）', authorized: '编制数', actual2021: '实际在职人数', controlRate: '控制率',
  threePublicExpenses: '三公经费（万元）', columns: '栏目', total: '合计', vehicles: '1、公务用车购置和维护经费',
  vehicleOperation: '其中：公车运行维护', travelAbroad: '2、出国经费', reception: '3、公务接待',
  projectExpenditure: '项目支出（万元）', operations: '1、业务工作经费', stability: '2、维权维稳经费',
  publicExpenses: '公用经费（万元）', office: '其中：办公经费', utilitiesAndTravel: '水费、电费、差旅费',
  meetingsAndTraining: '会议费、培训费', basicExpenditureAdjustment: '部门基本支出预算调整（万元）',
  buildings: '楼堂馆所控制情况', approvedArea: '批复规模（㎡）', actualArea: '实际规模（㎡）', areaControlRate: '规模控制率',
  budgetedInvestment: '预算投资（万元）', actualInvestment: '实际投资（万元）', investmentControlRate: '投资概算控制率',
  governmentProcurement: '政府采购金额',
};

const labelOf = (key: string) => LABELS[key] ?? key;

/** Nested base data as [项目, 数值] rows; a group's column names (`columns`) head the values that follow. */
export function baseDataRows(value: unknown, path: string[] = []): [string, string][] {
  if (Array.isArray(value)) return [[path.map(labelOf).join(' · '), value.map((v) => String(v ?? '')).join(' | ')]];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => baseDataRows(inner, [...path, key]));
  }
  return [[path.map(labelOf).join(' · '), String(value ?? '')]];
}

export function baseDataTable(baseData: unknown): TableBlock {
  return {
    kind: 'rules',
    title: '附件2：部门整体支出绩效评价基础数据表',
    headings: ['项目', '数值'],
    rows: baseDataRows(baseData ?? {}),
    widths: [4, 6],
  };
}
