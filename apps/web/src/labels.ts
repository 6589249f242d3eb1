import { ROLE_LABELS, STATE_LABELS } from '../../../libs/domain/src/report/labels';

// One owner for the words people read about states, roles, commands and events: the domain (libs/domain), whose
// labels file imports nothing at run time, so the web app bundles it as it is (like flag-labels.ts).
export { actorLabel, COMMAND_LABELS, commandLabel, EVENT_LABELS, ROLE_LABELS, STATE_LABELS } from '../../../libs/domain/src/report/labels';

export const KIND_LABELS: Record<string, string> = {
  'project-form': '项目支出绩效自评表',
  'department-report': '部门整体支出绩效自评报告',
};

export const SEVERITY_LABELS: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** The cells of an indicator row as the form prints them. */
export const FIELD_LABELS: Record<string, string> = {
  level1: '一级指标', level2: '二级指标', name: '三级指标', target: '年度指标值', actual: '实际完成值',
  weight: '分值', score: '得分', deviation: '偏差原因', comparator: '比较符', unit: '单位',
};

export const roleLabel = (role: string | undefined) => (role === 'system' ? '系统' : ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? '');

export const stateLabel = (state: string, returned = false) => (returned && state === 'draft' ? '已退回' : STATE_LABELS[state as keyof typeof STATE_LABELS] ?? '');

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
