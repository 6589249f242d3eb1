import type { Role } from '../actor';
import type { ReportCommandType } from './commands';
import type { ReportStatus } from './report-kind';

/** The one wording of each state, command and role that people read (SPEC §7; issue #9 item 5). */
export const STATE_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  self_scored: '已自评待签署',
  signed_off: '已签署待审核',
  reviewed: '已审核待公开',
  published: '已公开',
};

export const COMMAND_LABELS: Record<ReportCommandType, string> = {
  DraftReport: '创建草稿',
  EditReportDetails: '修改基本信息',
  SetIndicator: '修改指标',
  RemoveIndicator: '删除指标',
  ChangeSelfScore: '修改自评得分',
  AcceptSum: '采用合计作为总分',
  SubmitSelfEvaluation: '提交自评',
  WithdrawSubmission: '撤回提交',
  SendBackReport: '退回填表人',
  SignOffReport: '签署',
  AddReviewComment: '添加审核意见',
  AdjustScore: '调整审核得分',
  ReturnReport: '退回修改',
  ApproveReport: '审核通过',
  PublishReport: '公开',
  OpenRevision: '开启修订',
};

/** Every event a report's history shows, the worker's included. */
export const EVENT_LABELS: Record<string, string> = {
  ReportDrafted: '导入草稿',
  ReportDetailsEdited: '修改基本信息',
  IndicatorAdded: '新增指标',
  IndicatorEdited: '修改指标',
  IndicatorRemoved: '删除指标',
  SelfScoreChanged: '修改自评得分',
  SumAccepted: '采用合计作为总分',
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

export const ROLE_LABELS: Record<Role, string> = {
  preparer: '填表人',
  head: '单位负责人',
  reviewer: '财政局审核人',
  auditor: '审计监督',
  admin: '系统管理员',
};

/** Who did it, as people read it: the worker is the system, a user is named with their role. */
export function actorLabel(actor: { username: string; role: string } | null | undefined): string {
  if (!actor) return '系统';
  if (actor.role === 'system') return '系统（评分与文档服务）';
  return `${actor.username}（${ROLE_LABELS[actor.role as Role] ?? actor.role}）`;
}

export const stateLabel = (state: string) => STATE_LABELS[state as ReportStatus] ?? state;
export const commandLabel = (command: string) => COMMAND_LABELS[command as ReportCommandType] ?? command;
