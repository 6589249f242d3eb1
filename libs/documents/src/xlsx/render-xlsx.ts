import { Workbook } from 'exceljs';
import { formOf, isDepartmentReport, RenderInput } from '../render-input';
import { addBaseDataSheet } from './base-data-sheet';
import { addRuleSheet } from './department-sheets';
import { addProjectFormSheet } from './project-form-sheet';

export async function renderXlsx(input: RenderInput): Promise<Buffer> {
  const workbook = new Workbook();
  stamp(workbook, input);
  const { form, result, heading } = formOf(input);
  if (isDepartmentReport(input.document)) {
    addRuleSheet(workbook, input);
    addBaseDataSheet(workbook, input.document.baseData);
    addProjectFormSheet(workbook, '附件3 自评表', { heading, form, result, reviewScores: input.reviewScores });
  } else {
    addProjectFormSheet(workbook, '项目支出绩效自评表', { heading, form, result, reviewScores: input.reviewScores });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function blankProjectFormTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  stamp(workbook, null);
  const empty = { initialBudget: '', annualBudget: '', executed: '' };
  const levels: [string, string][] = [
    ['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '时效指标'], ['产出指标', '成本指标'],
    ['效益指标', '经济效益指标'], ['效益指标', '社会效益指标'], ['效益指标', '生态效益指标'], ['效益指标', '可持续影响指标'],
    ['满意度指标', '服务对象满意度指标'],
  ];
  const form = {
    funds: { total: { ...empty, weight: '10', executionRate: '', score: '' }, currentYear: empty, carryOver: empty, other: empty },
    goals: { planned: '', achieved: '' },
    indicators: levels.map(([level1, level2]) => ({ level1, level2, name: '', target: '', actual: '', weight: '', score: '', deviation: '' })),
    total: { weight: '100', score: '' },
  };
  addProjectFormSheet(workbook, '项目支出绩效自评表', {
    heading: { projectName: '', competentDepartment: '', implementingUnit: '', fiscalYear: String(new Date().getFullYear() - 1) },
    form, result: null,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Metadata dates from the report, not the clock, so one version always renders to the same bytes. */
function stamp(workbook: Workbook, input: RenderInput | null): void {
  const fixed = new Date(Date.UTC(2000, 0, 1));
  workbook.creator = 'Jixiao 绩效';
  workbook.created = fixed;
  workbook.modified = fixed;
  if (input) workbook.title = `${input.title}（第 ${input.revision} 次修订，版本 ${input.version}）`;
}
