import { z } from 'zod';

/**
 * What the API answers, as zod schemas: the OpenAPI document's response bodies come from these, and the contract
 * test validates every response the e2e tests receive against them (SPEC §10). `.meta({ id })` names a shape in
 * components.schemas (the web app's generated types use those names); `description` is for integrators.
 */
const d = (description: string) => ({ description });
const nullableText = (description: string) => z.string().nullable().meta(d(description));

export const ROLES = ['preparer', 'head', 'reviewer', 'auditor', 'admin'] as const;
export const STATES = ['draft', 'self_scored', 'signed_off', 'reviewed', 'published'] as const;
export const KINDS = ['project-form', 'department-report'] as const;

export const Role = z.enum(ROLES).meta({ id: 'Role', description: '角色：preparer 填表人、head 单位负责人、reviewer 财政审核人、auditor 审计、admin 管理员' });
export const ReportState = z.enum(STATES).meta({ id: 'ReportState', description: '状态：draft 草稿、self_scored 已自评待签发、signed_off 已签发待审核、reviewed 已审核、published 已公开' });
export const ReportKind = z.enum(KINDS).meta({ id: 'ReportKind', description: 'project-form 项目支出绩效自评表；department-report 部门整体支出绩效自评报告' });

export const ProblemItem = z.looseObject({
  path: z.string().meta(d('出错的字段路径，如 indicators[2].weight、Idempotency-Key、(body)')),
  message: z.string().meta(d('中文说明')),
}).meta({ id: 'ProblemItem', description: '一处输入问题' });

export const Problem = z.looseObject({
  type: z.string().meta(d('问题类型，如 /problems/invalid-input、/problems/stale-version、/problems/illegal-transition')),
  title: z.string().meta(d('中文标题')),
  status: z.number().int().meta(d('HTTP 状态码')),
  detail: z.string().meta(d('中文详细说明')),
  code: z.string().optional().meta(d('机器可读代码，如 PASSWORD_CHANGE_REQUIRED、SIGN_IN_THROTTLED、IDEMPOTENCY_KEY_REUSED')),
  errors: z.array(ProblemItem).optional().meta(d('输入无效（400）或不能提交（422）时的逐项问题')),
  currentVersion: z.number().int().optional().meta(d('412：报告当前版本')),
  state: z.string().optional().meta(d('409：报告当前状态')),
  allowedCommands: z.array(z.string()).optional().meta(d('409：当前状态下本用户可执行的操作')),
}).meta({ id: 'Problem', description: 'RFC 9457 问题详情（application/problem+json）' });

export const User = z.object({
  username: z.string().meta(d('用户名')),
  role: Role,
  department: nullableText('所属单位（主管部门）编码：填表人、单位负责人'),
  region: nullableText('所属区划编码：财政审核人、审计、限定区划的管理员'),
  email: nullableText('电子邮箱'),
  displayName: z.string().meta(d('姓名')),
  mustChangePassword: z.boolean().meta(d('是否须先修改密码（新建或重置后）')),
}).meta({ id: 'User', description: '当前登录账号' });

export const Session = z.object({
  accessToken: z.string().meta(d('访问令牌，作为 Authorization: Bearer … 发送，有效 12 小时')),
  user: User,
}).meta({ id: 'Session', description: '登录结果' });

export const Flag = z.object({
  code: z.string().meta(d('一致性标记代码，如 SUM_MISMATCH、WEIGHT_SUM、PART_MISSING')),
  severity: z.enum(['error', 'warning', 'info']).meta(d('严重程度：error 错误（须处理）、warning 提醒、info 信息')),
  path: z.string().meta(d('所指位置')),
  message: z.string().meta(d('中文说明')),
  expected: nullableText('应为'),
  actual: nullableText('实为'),
  at: z.string().optional().meta(d('导入文件中的出处：工作表与单元格（Word：表、行、列），如“Sheet1!D12”')),
}).meta({ id: 'Flag', description: '一致性标记（SPEC §6）' });

export const IndicatorView = z.object({
  id: z.string().meta(d('指标编号')),
  section: z.enum(['form', 'rules']).meta(d('form 自评表；rules 附件1 评分表')),
  path: z.string().meta(d('在导入文件中的位置')),
  level1: z.string().meta(d('一级指标')),
  level2: z.string().meta(d('二级指标')),
  name: z.string().meta(d('三级指标')),
  target: z.string().meta(d('年度指标值')),
  actual: z.string().meta(d('实际完成值')),
  weight: z.string().meta(d('分值')),
  selfScore: nullableText('自评得分'),
  computedScore: nullableText('系统计算得分'),
  reviewScore: nullableText('审核调整得分'),
  status: z.string().meta(d('计算状态，如 scored、unresolved')),
  deviation: z.string().meta(d('偏差原因及改进措施')),
  criterion: z.string().optional().meta(d('附件1：评分标准')),
  explanation: z.string().optional().meta(d('附件1：指标解释')),
}).meta({ id: 'Indicator', description: '一条绩效指标' });

export const ReviewComment = z.looseObject({
  commentId: z.string().meta(d('意见编号')),
  indicatorId: z.string().nullable().meta(d('所针对的指标编号；为空表示针对整份报告')),
  body: z.string().meta(d('意见内容')),
  revision: z.number().int().meta(d('提出意见时的修订')),
  returned: z.boolean().meta(d('是否随退回提出')),
}).meta({ id: 'ReviewComment', description: '审核意见或退回意见' });

const decimal = z.string().meta(d('两位小数的分值，如 86.50'));

export const ReportView = z.object({
  id: z.uuid().meta(d('报告编号')),
  kind: ReportKind,
  state: ReportState,
  version: z.number().int().meta(d('版本（事件数），即 ETag')),
  revision: z.number().int().meta(d('修订次数（公开后重新打开的次数）')),
  fiscalYear: z.string().meta(d('年度')),
  department: z.string().meta(d('主管部门编码')),
  departmentName: z.string().meta(d('主管部门名称')),
  title: z.string().meta(d('标题')),
  funds: z.unknown().meta(d('资金情况（年初预算数、全年预算数、全年执行数等，单位见 unit）')),
  goals: z.unknown().meta(d('年度总体目标：planned 预期目标、achieved 实际完成情况')),
  execution: z.object({
    rate: nullableText('预算执行率'),
    weight: z.string().meta(d('执行率分值')),
    score: nullableText('执行率自评得分'),
    computedScore: nullableText('执行率计算得分'),
    reviewScore: nullableText('执行率审核得分'),
  }).meta(d('预算执行率')),
  indicators: z.array(IndicatorView).meta(d('绩效指标（部门报告先列附件1，再列附件3）')),
  total: z.object({
    self: decimal.meta(d('自评总分')),
    computed: decimal.meta(d('计算总分')),
    review: decimal.meta(d('审核总分（未调整的取自评分）')),
    printed: nullableText('表上填写的总分'),
  }).meta(d('总分')),
  grade: z.string().meta(d('等级：优、良、中、差')),
  flags: z.array(Flag).meta(d('一致性标记')),
  comments: z.array(ReviewComment).meta(d('审核意见')),
  submittedBy: z.string().nullable().meta(d('提交人用户名')),
  signedVersion: z.number().int().nullable().meta(d('签发时的版本')),
  approvedVersion: z.number().int().nullable().meta(d('审核通过时的版本')),
  publishedRevision: z.number().int().nullable().meta(d('已公开的修订')),
  everSignedOff: z.boolean().meta(d('是否曾经签发')),
  selfEvaluationForm: z.looseObject({
    total: z.looseObject({ computed: z.string(), printed: z.string().nullable() }),
    grade: z.string(),
  }).optional().meta(d('部门报告：附件3 自评表的总分和等级')),
  printed: z.record(z.string(), z.unknown()).meta(d('表上其余印刷内容：项目名称、主管部门、实施单位、部门报告的正文各节等')),
  allowedCommands: z.array(z.string()).meta(d('当前用户在此状态下可执行的操作')),
  returned: z.boolean().optional().meta(d('草稿是否因退回而来')),
}).meta({ id: 'ReportView', description: '一份自评报告（SPEC §10 GET /api/reports/:id）' });

export const PublicReportView = ReportView.omit({ comments: true, submittedBy: true })
  .meta({ id: 'PublicReportView', description: '已公开的报告：不含审核意见和用户名' });

export const Created = z.object({
  id: z.uuid().meta(d('新报告编号')),
  version: z.number().int().meta(d('版本')),
  state: ReportState,
}).meta({ id: 'CreatedReport', description: '新建的草稿' });

export const ReportListItem = z.object({
  id: z.uuid(),
  kind: ReportKind,
  state: ReportState,
  version: z.number().int(),
  revision: z.number().int(),
  fiscalYear: z.string().meta(d('年度')),
  department: z.string().meta(d('主管部门编码')),
  departmentName: z.string().meta(d('主管部门名称')),
  title: z.string().meta(d('标题')),
  total: z.object({ self: z.string().nullable(), computed: z.string().nullable() }).meta(d('自评总分与计算总分')),
  grade: z.string().nullable().meta(d('等级')),
  errorFlags: z.number().int().meta(d('错误级标记数')),
  publishedRevision: z.number().int().nullable().meta(d('已公开的修订')),
  updatedAt: z.string().meta(d('最后修改时间（ISO 8601）')),
  returned: z.boolean().meta(d('是否为退回的草稿（显示为“已退回”）')),
}).meta({ id: 'ReportListItem', description: '报告列表中的一行' });

const page = z.number().int().meta(d('页码'));
const pageSize = z.number().int().meta(d('每页条数'));
export const ReportList = z.object({
  items: z.array(ReportListItem),
  total: z.number().int().meta(d('符合条件的总数；搜索（q）最多数到 1000，更多时 totalCapped 为 true')),
  totalCapped: z.boolean().meta(d('搜索结果超过 1000 份：total 为 1000，显示为“1000+”')),
  page, pageSize,
}).meta({ id: 'ReportList', description: '报告列表' });

export const PublicListItem = z.object({
  id: z.uuid(), kind: ReportKind, title: z.string(), fiscalYear: z.string(), departmentName: z.string(),
  revision: z.number().int(), total: z.unknown().meta(d('总分')), grade: z.string().nullable(),
}).meta({ id: 'PublicReportListItem', description: '公开报告列表中的一行' });
export const PublicList = z.object({ items: z.array(PublicListItem), total: z.number().int() }).meta({ id: 'PublicReportList', description: '已公开报告列表' });

const EventActor = z.looseObject({
  username: z.string().meta(d('用户名')), role: z.string().meta(d('角色')), department: z.string().nullable().optional(),
}).nullable().meta(d('操作人；系统（后台任务）为空'));

export const HistoryLine = z.object({
  position: z.string().meta(d('事件在日志中的位置')),
  version: z.number().int().meta(d('事件在报告中的版本')),
  stream: z.string().meta(d('事件流')),
  type: z.string().meta(d('事件类型，如 ReportDrafted、SelfEvaluationSubmitted')),
  at: z.string().meta(d('时间（ISO 8601）')),
  actor: EventActor,
  data: z.unknown().meta(d('事件内容')),
  hash: z.string().meta(d('哈希链中的本事件哈希')),
  label: z.string().meta(d('中文事件名')),
  actorLabel: z.string().meta(d('中文操作人')),
  changes: z.array(z.looseObject({
    what: z.string().meta(d('改了什么')), from: z.string().nullable().optional(), to: z.string().nullable().optional(), why: z.string().optional(),
  })).meta(d('中文的修改说明')),
}).meta({ id: 'HistoryLine', description: '报告历史中的一个事件' });

export const DocumentLink = z.object({
  format: z.enum(['xlsx', 'docx', 'pdf']).meta(d('格式')),
  version: z.number().int().meta(d('所依据的报告版本')),
  contentType: z.string(),
  sha256: z.string().meta(d('文件 SHA-256')),
  bytes: z.number().int().meta(d('字节数')),
  renderedAt: z.unknown().meta(d('生成时间')),
  url: z.string().meta(d('下载地址')),
}).meta({ id: 'DocumentLink', description: '已生成的一份文档' });

const Figures = z.object({
  reports: z.number().int().meta(d('报告数')),
  byState: z.record(z.string(), z.number().int()).meta(d('各状态的报告数')),
  averageComputedTotal: nullableText('平均计算总分'),
  grades: z.record(z.string(), z.number().int()).meta(d('各等级的报告数')),
  withErrorFlags: z.number().int().meta(d('有错误级标记的报告数')),
  funds: z.object({
    annualBudget: nullableText('全年预算数合计（万元）'),
    executed: nullableText('全年执行数合计（万元）'),
    executionRate: nullableText('预算执行率'),
  }),
});
export const Statistics = z.object({
  fiscalYear: z.string().nullable().meta(d('年度；为空表示全部年度')),
  region: z.object({ code: z.string(), name: z.string() }).nullable()
    .meta(d('所统计的区划（含其下级区划）；为空表示全部（仅限不受区划限制的账号）')),
  home: z.object({ code: z.string(), name: z.string() }).nullable()
    .meta(d('本账号统计的起点区划；为空表示全部区划（不受区划限制的账号）')),
  trail: z.array(z.object({ code: z.string(), name: z.string() }))
    .meta(d('从起点（不含）到所统计区划（含）的各级区划，自上而下，用于逐级返回')),
  overall: Figures,
  regions: z.array(Figures.extend({
    region: z.string().meta(d('下级区划编码')),
    regionName: z.string().meta(d('下级区划名称')),
    departments: z.number().int().meta(d('该区划（含其下级）有可见报告的主管部门数')),
  })).meta(d('各下级区划（有可见报告的），数字为其整个辖区的合计')),
  departments: z.array(Figures.extend({ department: z.string(), departmentName: z.string().nullable() }))
    .meta(d('各主管部门，按编码排序的一页')),
  departmentsTotal: z.number().int().meta(d('有可见报告的主管部门总数')),
  page: z.number().int().meta(d('页码')),
  pageSize: z.number().int().meta(d('每页主管部门数')),
}).meta({ id: 'Statistics', description: '统计' });

export const ScoreChange = z.object({
  position: z.string(),
  report: z.object({
    id: z.uuid(), title: z.string(), revision: z.number().int(), fiscalYear: z.string(), department: z.string(), departmentName: z.string().nullable(),
  }).meta(d('所属报告')),
  indicator: z.object({ id: z.string(), name: z.string().nullable() }).meta(d('指标')),
  from: nullableText('原分值'),
  to: nullableText('新分值'),
  actor: z.object({ username: z.string().nullable(), role: z.string().nullable(), department: z.string().nullable() }).meta(d('修改人')),
  at: z.string().meta(d('时间（ISO 8601）')),
  reason: nullableText('理由'),
  source: z.enum(['self', 'reviewer', 'system']).meta(d('self 自评、reviewer 审核调整、system 重新计算')),
}).meta({ id: 'ScoreChange', description: '一次分值变动' });
export const ScoreChangeList = z.object({ items: z.array(ScoreChange), total: z.number().int(), page, pageSize }).meta({ id: 'ScoreChangeList', description: '分值变动列表' });

const Probe = z.looseObject({ ok: z.boolean(), ms: z.number(), error: z.string().optional() });
export const Health = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']).meta(d('ok 正常；degraded 降级（后台任务失败或落后）；unavailable 不可用')),
  degraded: z.array(z.string()).optional().meta(d('降级原因')),
  database: Probe.meta(d('PostgreSQL')),
  redis: Probe.meta(d('Redis')),
  queue: Probe.meta(d('任务队列：lag 未入队事件数（数到 1001 为止，lagCapped 为 true 表示更多）、waiting 等待任务、failed 失败任务')),
}).meta({ id: 'Health', description: '健康状况' });
export const Readiness = z.object({
  status: z.enum(['ready', 'not-ready']), database: Probe, redis: Probe, migrations: Probe.meta(d('pending：未执行的迁移')),
}).meta({ id: 'Readiness', description: '就绪探针' });
export const Liveness = z.object({ status: z.literal('live'), uptimeSeconds: z.number().int() }).meta({ id: 'Liveness', description: '存活探针' });

export const Region = z.looseObject({
  code: z.string().meta(d('区划编码，如 340400')), name: z.string().meta(d('名称')), parentCode: z.string().nullable().meta(d('上级区划编码')),
}).meta({ id: 'Region', description: '区划（财政局）' });
export const Unit = z.looseObject({
  code: z.string().meta(d('单位编码')), name: z.string().meta(d('名称')), departmentCode: z.string().nullable().optional().meta(d('所属主管部门编码')),
}).meta({ id: 'Unit', description: '实施单位' });
export const Department = z.looseObject({
  code: z.string().meta(d('主管部门编码，如 009')), name: z.string().meta(d('名称')), regionCode: z.string().nullable().meta(d('所属区划编码')),
  units: z.array(z.object({ code: z.string(), name: z.string() })).meta(d('下属实施单位')),
}).meta({ id: 'Department', description: '主管部门' });
export const Account = z.looseObject({
  username: z.string(), displayName: z.string(), role: Role,
  department: z.string().nullable().optional(), region: z.string().nullable().optional(), email: z.string().nullable().optional(),
  active: z.boolean().optional().meta(d('是否启用')), mustChangePassword: z.boolean().optional(),
}).meta({ id: 'Account', description: '账号' });
export const CreatedAccount = z.object({
  user: Account, oneTimePassword: z.string().meta(d('一次性密码，只显示这一次')),
}).meta({ id: 'CreatedAccount', description: '新建的账号及其一次性密码' });
export const PasswordReset = z.object({ username: z.string(), oneTimePassword: z.string().meta(d('一次性密码，只显示这一次')) })
  .meta({ id: 'PasswordReset', description: '重置后的一次性密码' });
export const AuditLine = z.object({
  position: z.string(), type: z.string().meta(d('事件类型，如 AccountCreated')), at: z.unknown().meta(d('时间')),
  actor: EventActor, data: z.unknown().meta(d('变动内容')),
}).meta({ id: 'AuditLine', description: '一次组织或账号变动' });
export const SignIn = z.object({
  id: z.string(), at: z.string(), username: z.string(), address: z.string().meta(d('来源地址')),
  outcome: z.enum(['success', 'failure', 'locked']).meta(d('success 成功、failure 失败、locked 被限制')), known: z.boolean().meta(d('用户名是否存在')),
}).meta({ id: 'SignIn', description: '一次登录尝试' });
export const SignInList = z.object({ items: z.array(SignIn), total: z.number().int() }).meta({ id: 'SignInList', description: '登录记录' });
export const OrganisationImport = z.object({
  rows: z.array(z.looseObject({ outcome: z.enum(['created', 'updated', 'unchanged']) })).meta(d('每行的结果')),
  counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
}).meta({ id: 'OrganisationImport', description: '批量导入结果' });

// Campaigns and the inbox (SPEC §17)
export const TaskStateEnum = z.enum(['not_started', 'drafting', 'returned', 'sent_back', 'awaiting_sign_off', 'awaiting_review', 'reviewed', 'published'])
  .meta({ id: 'TaskState', description: '任务状态：not_started 未开始、drafting 填报中、returned 已退回、sent_back 已退回（负责人）、awaiting_sign_off 待签发、awaiting_review 待审核、reviewed 已审核、published 已公开' });
const day = (description: string) => z.string().meta(d(`${description}（YYYY-MM-DD）`));

export const Campaign = z.object({
  id: z.uuid().meta(d('自评任务编号')),
  fiscalYear: z.string().meta(d('年度')),
  title: z.string().meta(d('任务名称')),
  region: z.string().meta(d('区划编码')),
  regionName: nullableText('区划名称'),
  selfEvaluationDue: day('自评截止日期'),
  reviewDue: day('审核截止日期'),
  departments: z.array(z.string()).meta(d('参与的主管部门编码')),
  departmentReports: z.boolean().meta(d('是否包含部门整体支出绩效自评')),
  openedBy: z.string().meta(d('发起人用户名')),
  openedAt: z.string().meta(d('发起时间（ISO 8601）')),
}).meta({ id: 'Campaign', description: '一个自评任务（SPEC §17）' });

export const CampaignTask = z.object({
  id: z.uuid().meta(d('任务编号')),
  kind: ReportKind,
  department: z.string().meta(d('主管部门编码')),
  departmentName: z.string().meta(d('主管部门名称')),
  projectCode: nullableText('项目编码；部门整体自评为空'),
  projectName: z.string().meta(d('项目名称')),
  implementingUnit: z.string().meta(d('实施单位')),
  initialBudget: z.string().meta(d('年初预算数（万元），项目清单中的文字')),
  annualBudget: z.string().meta(d('全年预算数（万元）')),
  executed: z.string().meta(d('全年执行数（万元）')),
  executionWeight: z.string().meta(d('执行率分值')),
  reportId: nullableText('所关联的报告编号；未开始为空'),
  version: z.number().int().nullable().meta(d('所关联报告的版本（If-Match 用）')),
  state: TaskStateEnum,
  stateLabel: z.string().meta(d('中文任务状态')),
  due: z.string().nullable().meta(d('当前状态的截止日期（YYYY-MM-DD）；已审核、已公开为空')),
  overdue: z.boolean().meta(d('是否已逾期')),
}).meta({ id: 'CampaignTask', description: '自评任务中的一项（一个项目或一个部门的整体自评）' });
export const CampaignTaskList = z.object({ total: z.number().int().meta(d('任务总数')), items: z.array(CampaignTask) })
  .meta({ id: 'CampaignTaskList', description: '自评任务的各项' });

export const ProjectListImport = z.object({
  added: z.number().int().meta(d('新增的项目数')),
  unchanged: z.number().int().meta(d('已在清单中（项目编码相同）而未改动的行数')),
}).meta({ id: 'ProjectListImport', description: '项目清单导入结果' });

export const TaskAttached = z.object({
  taskId: z.string().meta(d('任务编号')),
  reportId: z.string().meta(d('所关联的报告编号')),
}).meta({ id: 'TaskAttached', description: '任务已关联报告' });

export const CampaignProgress = z.object({
  campaign: Campaign,
  today: day('今天'),
  departments: z.array(z.object({
    department: z.string().meta(d('主管部门编码')),
    departmentName: z.string().meta(d('主管部门名称')),
    total: z.number().int().meta(d('任务数')),
    overdue: z.number().int().meta(d('逾期任务数')),
    byState: z.record(TaskStateEnum, z.number().int()).meta(d('各任务状态的任务数')),
  })).meta(d('各主管部门的进度')),
}).meta({ id: 'CampaignProgress', description: '自评任务进度' });

export const InboxItem = z.object({
  taskId: nullableText('任务编号；不属于任何自评任务的报告为空'),
  campaignId: nullableText('自评任务编号'),
  campaignTitle: nullableText('自评任务名称'),
  kind: ReportKind,
  department: z.string().meta(d('主管部门编码')),
  departmentName: z.string().meta(d('主管部门名称')),
  projectCode: nullableText('项目编码'),
  title: z.string().meta(d('项目名称或报告标题')),
  reportId: nullableText('报告编号；未开始为空'),
  version: z.number().int().nullable().meta(d('报告版本（批量操作的 If-Match）')),
  state: TaskStateEnum,
  stateLabel: z.string().meta(d('中文任务状态')),
  due: z.string().nullable().meta(d('截止日期（YYYY-MM-DD）')),
  overdue: z.boolean().meta(d('是否已逾期')),
  feedback: z.object({
    by: z.string().meta(d('退回人用户名')),
    role: z.string().meta(d('退回人角色')),
    at: z.string().meta(d('退回时间（ISO 8601）')),
    comments: z.array(z.object({ indicatorId: z.string().nullable().meta(d('指标编号；为空表示整份报告')), body: z.string().meta(d('意见')) })),
  }).nullable().meta(d('退回的报告：退回时的意见')),
}).meta({ id: 'InboxItem', description: '待办中的一项' });
export const Inbox = z.object({
  today: day('今天'),
  items: z.array(InboxItem).meta(d('待办，逾期的在前（最多 200 项）')),
  total: z.number().int().meta(d('待办总数')),
  overdue: z.number().int().meta(d('逾期数')),
  unreadNotifications: z.number().int().meta(d('未读通知数')),
}).meta({ id: 'Inbox', description: '待办' });

export const Notification = z.object({
  id: z.string().meta(d('通知编号')),
  taskId: z.string().meta(d('任务编号')),
  kind: z.enum(['due_soon', 'overdue']).meta(d('due_soon 即将到期、overdue 已逾期')),
  day: day('提醒日期'),
  title: z.string().meta(d('标题')),
  body: z.string().meta(d('内容')),
  link: z.string().meta(d('链接')),
  createdAt: z.string().meta(d('创建时间（ISO 8601）')),
  readAt: z.string().nullable().meta(d('已读时间（ISO 8601）；未读为空')),
}).meta({ id: 'Notification', description: '一条截止提醒' });
export const NotificationList = z.object({
  items: z.array(Notification).meta(d('通知，未读的在前（最多 200 条）')),
  unread: z.number().int().meta(d('未读数')),
}).meta({ id: 'NotificationList', description: '通知' });
export const NotificationRead = z.object({
  id: z.string().meta(d('通知编号')),
  readAt: z.string().meta(d('已读时间（ISO 8601）')),
}).meta({ id: 'NotificationRead', description: '已标为已读的通知' });

export const NotificationsReadAll = z.object({
  read: z.number().int().meta(d('本次标为已读的条数')),
  unread: z.number().int().meta(d('余下的未读通知数')),
}).meta({ id: 'NotificationsReadAll', description: '全部标为已读的结果' });

// Reviewing many (SPEC §17)
const Who = { username: z.string().meta(d('用户名')), role: z.string().meta(d('角色')), at: z.string().meta(d('时间（ISO 8601）')) };
const Reply = z.object({ commentId: z.string().meta(d('所回复的意见编号')), replyId: z.string().meta(d('回复编号')), body: z.string().meta(d('回复内容')), ...Who });
const Resolved = z.object(Who).nullable().meta(d('谁在何时标为已解决；未解决为空'));
export const CommentThread = z.object({
  commentId: z.string().meta(d('意见编号')),
  indicatorId: z.string().nullable().meta(d('所针对的指标编号；为空表示整份报告')),
  body: z.string().meta(d('意见内容')),
  returned: z.boolean().meta(d('是否随退回提出')),
  author: z.string().meta(d('提出人用户名')),
  role: z.string().meta(d('提出人角色')),
  at: z.string().meta(d('提出时间（ISO 8601）')),
  replies: z.array(Reply).meta(d('填表人的回复')),
  resolved: Resolved,
}).meta({ id: 'CommentThread', description: '一条审核意见及其回复' });

export const BatchResult = z.object({
  command: z.enum(['approve', 'publish']).meta(d('approve 审核通过；publish 公开')),
  succeeded: z.number().int().meta(d('成功项数')),
  failed: z.number().int().meta(d('失败项数')),
  results: z.array(z.union([
    z.object({
      id: z.string(), ok: z.literal(true), status: z.literal(200),
      version: z.number().int().meta(d('转换后的版本')), state: ReportState,
    }),
    z.object({
      id: z.string(), ok: z.literal(false), status: z.number().int().meta(d('单独发送时的 HTTP 状态码')),
      title: z.string().meta(d('中文标题')), detail: z.string().meta(d('中文说明')),
    }),
  ])).meta(d('逐项结果，按请求顺序')),
}).meta({ id: 'BatchResult', description: '批量审核或公开的结果：每项单独决定，一项被拒不影响其他项' });

export const ReportDiff = z.object({
  id: z.string().meta(d('报告编号')),
  from: z.number().int().meta(d('起始版本')),
  to: z.number().int().meta(d('结束版本')),
  taskState: TaskStateEnum,
  sinceReturn: z.boolean().meta(d('是否为自上次退回以来的变化（未给 from 且曾退回）')),
  returned: z.object({ version: z.number().int(), at: z.string(), by: z.string() }).nullable().meta(d('起始版本之前最近的一次退回')),
  sentBack: z.object({ version: z.number().int(), comment: z.string(), by: z.string(), at: z.string() }).nullable().meta(d('最近一次负责人退回')),
  cells: z.array(z.object({
    path: z.string().meta(d('位置，如 title、funds.total.executed、indicators.i3.actual')),
    label: z.string().meta(d('表上的名称')),
    from: nullableText('原值'),
    to: nullableText('新值'),
  })).meta(d('两个版本之间不同的单元格')),
  scores: z.array(z.object({
    version: z.number().int(), kind: z.enum(['self', 'review']).meta(d('self 自评；review 审核调整')), indicatorId: z.string(),
    from: z.string().nullable().meta(d('原分值')), to: z.string().meta(d('新分值')), reason: z.string().meta(d('理由')),
    by: z.string(), role: z.string(), at: z.string(),
  })).meta(d('期间的分值变动')),
  comments: z.array(z.object({
    commentId: z.string(), indicatorId: z.string().nullable(), body: z.string(),
    by: z.string(), role: z.string(), at: z.string(),
    replies: z.array(Reply), resolved: Resolved,
    answered: z.boolean().meta(d('是否已回应：有回复，或所指指标已改动')),
  })).meta(d('上次退回的意见及其处理')),
}).meta({ id: 'ReportDiff', description: '报告两个版本之间的变化（默认自上次退回以来）' });

// Importing many files (SPEC §18)
export const BulkImportResult = z.union([
  z.object({
    file: z.string().meta(d('文件名（zip 内为其中的路径）')), sheet: z.string().meta(d('工作表；JSON、Word 为空字符串')),
    ok: z.literal(true), id: z.uuid().meta(d('报告编号')), existing: z.literal(true).optional().meta(d('此前已导入同一文件：返回首次导入的报告')),
  }),
  z.object({
    file: z.string(), sheet: z.string(), ok: z.literal(false), problems: z.array(ProblemItem).meta(d('不能导入的原因，逐项')),
  }),
]).meta({ id: 'BulkImportResult', description: '一张自评表的导入结果' });
