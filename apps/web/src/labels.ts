import type { ReportState, Role } from './api/types';

export const STATE_LABELS: Record<ReportState, string> = {
  draft: '草稿',
  self_scored: '已自评待签署',
  signed_off: '已签署待审核',
  reviewed: '已审核待公开',
  published: '已公开',
};

export const ROLE_LABELS: Record<Role, string> = {
  preparer: '填表人',
  head: '单位负责人',
  reviewer: '财政局审核人',
  auditor: '审计监督',
  admin: '系统管理员',
};

export const KIND_LABELS: Record<string, string> = {
  'project-form': '项目支出绩效自评表',
  'department-report': '部门整体支出绩效自评报告',
};

export const EVENT_LABELS: Record<string, string> = {
  ReportDrafted: '导入草稿',
  ReportDetailsEdited: '修改基本信息',
  IndicatorAdded: '新增指标',
  IndicatorEdited: '修改指标',
  IndicatorRemoved: '删除指标',
  SelfScoreChanged: '修改自评得分',
  ScoreAdjusted: '审核调整得分',
  ScoresRecomputed: '系统重新计算得分',
  SelfEvaluationSubmitted: '提交自评',
  SubmissionWithdrawn: '撤回提交',
  ReportSentBack: '负责人退回',
  ReportSignedOff: '负责人签署',
  ReviewCommentAdded: '审核意见',
  ReportReturned: '财政局退回',
  ReportApproved: '审核通过',
  ReportPublished: '公开',
  RevisionOpened: '开启修订',
  DocumentsRendered: '生成文档',
};

export const SEVERITY_LABELS: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const FIELD_LABELS: Record<string, string> = {
  level1: '一级指标', level2: '二级指标', name: '三级指标', target: '年度指标值', actual: '实际完成值',
  weight: '分值', score: '得分', deviation: '偏差原因', comparator: '比较符', unit: '单位',
};

const OTHER_ROLES: Record<string, string> = { auditor: '审计监督', system: '系统' };
export const roleLabel = (role: string | undefined) => ROLE_LABELS[role as Role] ?? OTHER_ROLES[role ?? ''] ?? '';

/** Who did something, as people read it: the worker is 系统; a user is their name and role. */
export function actorLabel(actor: { username: string; role: string } | null | undefined): string {
  if (!actor || actor.role === 'system') return '系统';
  return `${actor.username}（${roleLabel(actor.role)}）`;
}
export const stateLabel = (state: string, returned = false) => (returned && state === 'draft' ? '已退回' : STATE_LABELS[state as ReportState] ?? '');

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
