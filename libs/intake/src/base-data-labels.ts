// The printed row and column names of 附件2 部门整体支出绩效评价基础数据表, for the keys the import format uses.
// One owner: the reader of files (this lib) reads them, libs/documents prints them (PDF, DOCX, XLSX) and the web
// app shows them through libs/documents/src/base-data.ts. This file imports nothing, so both bundle it as it is.
// An amount group's name ends in （万元）; its items' names do not (the printed 经费控制情况 table nests them so).

export const BASE_DATA_LABELS: Readonly<Record<string, string>> = {
  staffing: '财政供养人员情况（人）',
  authorized: '编制数',
  actual2021: '实际在职人数',
  controlRate: '控制率',
  threePublicExpenses: '三公经费（万元）',
  columns: '栏目',
  total: '合计',
  vehicles: '1、公务用车购置和维护经费',
  vehicleOperation: '其中：公车运行维护',
  travelAbroad: '2、出国经费',
  reception: '3、公务接待',
  projectExpenditure: '项目支出（万元）',
  operations: '1、业务工作经费',
  stability: '2、维权维稳经费',
  publicExpenses: '公用经费（万元）',
  office: '其中：办公经费',
  utilitiesAndTravel: '水费、电费、差旅费',
  meetingsAndTraining: '会议费、培训费',
  basicExpenditureAdjustment: '部门基本支出预算调整（万元）',
  buildings: '楼堂馆所控制情况',
  approvedArea: '批复规模（㎡）',
  actualArea: '实际规模（㎡）',
  areaControlRate: '规模控制率',
  budgetedInvestment: '预算投资（万元）',
  actualInvestment: '实际投资（万元）',
  investmentControlRate: '投资概算控制率',
  governmentProcurement: '政府采购金额',
};

/** The heading of the one table the amount groups share, its columns the printed years. */
export const AMOUNTS_HEADING = '经费控制情况（万元）';

/** An amount group's row name as printed in that table: its label without the unit the heading already gives. */
export const AMOUNT_UNIT = /（万元）$/;
