import { z } from 'zod';
import { departmentReportSchema, projectFormSchema } from '@jixiao/scoring';
import { LoginBody } from '../auth/auth.controller';
import { ScoreChangesQuery } from '../audit/list-score-changes';
import { DepartmentBody, RegionBody, UnitBody } from '../organisation/organisation.controller';
import { PasswordBody } from '../organisation/password.controller';
import { AuditQuery, SignInQuery } from '../organisation/records.controller';
import { CreateBody, PatchBody, UserListQuery } from '../organisation/users.controller';
import { PublicListQuery } from '../public/public-reports.controller';
import {
  AcceptSumBody, CommentBody, DetailsBody, EmptyBody, IndicatorBody, ListQuery, ReturnBody, RevisionBody, ScoreBody, SendBackBody,
} from '../reports/bodies';
import { StatisticsQuery } from '../stats/get-statistics';
import { AttachBody, OpenCampaignBody, ProjectListBody } from '../campaigns/bodies';
import { TaskPage } from '../campaigns/campaigns.controller';
import { BatchBody, DiffQuery, ReplyBody } from '../reviewing/reviewing.controller';
import * as R from './responses';

/** A header the API reads or sends, documented once. */
export type HeaderName = 'ETag' | 'Location' | 'Retry-After' | 'Content-Disposition';

export interface Answer {
  description: string;
  /** A JSON body; omitted with `file` (a download) or for 204. */
  schema?: z.ZodType;
  /** A download: its media types. */
  file?: string[];
  headers?: HeaderName[];
}

export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, with the global prefix: `/api/reports/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** bearer (default): a signed-in account; public: no login; optional: either (published documents). */
  auth?: 'bearer' | 'public' | 'optional';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** multipart/form-data with one file field `file`. */
  upload?: string;
  /** multipart/form-data with several files (any field name, usually `files`). */
  uploadMany?: string;
  ifMatch?: 'required' | 'optional';
  idempotent?: boolean;
  answers: Record<number, Answer>;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCUMENT_TYPES = [XLSX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'];
const reportId = z.object({ id: z.string().meta({ description: '报告编号（UUID）' }) });
const indicatorParams = reportId.extend({ indicatorId: z.string().meta({ description: '指标编号（字母、数字、- 和 _，最长 64 个字符）；新的编号即新增一条指标' }) });
const username = z.object({ username: z.string().meta({ description: '用户名' }) });
const campaignId = z.object({ id: z.string().meta({ description: '自评任务编号（UUID）' }) });
const taskParams = campaignId.extend({ taskId: z.string().meta({ description: '任务编号（UUID）' }) });
const commentParams = reportId.extend({ commentId: z.string().meta({ description: '意见编号' }) });
const notificationId = z.object({ id: z.string().meta({ description: '通知编号（数字）' }) });
const documentParams = reportId.extend({ format: z.enum(['xlsx', 'docx', 'pdf']).meta({ description: '文档格式' }) });

// Problem answers (application/problem+json); the codes each can carry are in the description.
const P = {
  400: { description: '输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符' },
  401: { description: '未登录，或令牌已失效（已退出、账号变更或停用）' },
  403: { description: '无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码' },
  404: { description: '不存在，或对本用户不可见（/problems/not-found）' },
  409: { description: '当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED' },
  412: { description: 'If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion）' },
  413: { description: '请求体或上传文件过大（上限 5 MB）' },
  422: { description: '自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题）' },
  428: { description: '缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag）' },
  429: { description: 'SIGN_IN_THROTTLED：登录失败次数过多，按 Retry-After 秒后再试', headers: ['Retry-After'] as HeaderName[] },
  503: { description: '数据库暂不可用（/problems/database-unavailable），请求未完成，可重试' },
} satisfies Record<number, Answer>;
const problems = (...statuses: (keyof typeof P)[]) => Object.fromEntries(statuses.map((s) => [s, P[s]])) as Record<number, Answer>;

/** Campaign commands: a 409 is a campaign conflict (SPEC §17). */
const campaignProblems = (...statuses: (keyof typeof P)[]): Record<number, Answer> => ({
  ...problems(...statuses),
  ...(statuses.includes(409) ? { 409: { description: '与任务现状冲突（/problems/campaign-conflict），如任务已开始、报告已关联到另一项任务；或 IDEMPOTENCY_KEY_REUSED' } } as Record<number, Answer> : {}),
});

/** Admin POSTs and the password change honour an Idempotency-Key as the report commands do: their 409 is a reused key (SPEC §10, §19). */
const adminProblems = (...statuses: (keyof typeof P)[]): Record<number, Answer> => ({
  ...problems(...statuses),
  409: { description: 'IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同）' },
});

const report = (description: string): Answer => ({ description, schema: R.ReportView, headers: ['ETag'] });
const SIGNED_IN = [401, 403, 503] as const;

/** A transition: If-Match required, an Idempotency-Key honoured, 200 with the report (SPEC §7, §10). */
const transition = (path: string, summary: string, description: string, body: z.ZodType = EmptyBody): Route => ({
  method: 'post', path: `/api/reports/{id}/${path}`, tag: 'reports', summary, description, params: reportId, body,
  ifMatch: 'required', idempotent: true,
  answers: { 200: report('转换后的报告（与 GET 相同）'), ...problems(400, ...SIGNED_IN, 404, 409, 412, 413, 422, 428) },
});
/** An edit: If-Match honoured when sent. */
const edit = (method: Route['method'], path: string, summary: string, description: string, body: z.ZodType | undefined, params: z.ZodObject = reportId): Route => ({
  method, path: `/api/reports/{id}${path}`, tag: 'reports', summary, description, params, body, ifMatch: 'optional', idempotent: method === 'post',
  answers: { 200: report('修改后的报告（与 GET 相同）'), ...problems(400, ...SIGNED_IN, 404, 409, 412, 413) },
});

export const ROUTES: Route[] = [
  // auth
  {
    method: 'post', path: '/api/auth/login', tag: 'auth', auth: 'public', summary: '登录', body: LoginBody,
    description: '以用户名和密码登录，得到访问令牌。同一用户名 15 分钟内失败 5 次，或同一地址失败 30 次，即答 429 并给出 Retry-After。',
    answers: { 200: { description: '登录成功', schema: R.Session }, ...problems(400, 401, 413, 429, 503) },
  },
  {
    method: 'post', path: '/api/auth/logout', tag: 'auth', summary: '退出登录', description: '使当前令牌失效；本账号的其他令牌不受影响。',
    answers: { 204: { description: '已退出' }, ...problems(401, 503) },
  },
  {
    method: 'post', path: '/api/auth/password', tag: 'auth', summary: '修改密码', body: PasswordBody,
    description: '新密码至少 10 个字符，不能是用户名，不能是常见密码。新建或重置的账号须先修改密码，此前其他接口均答 403 PASSWORD_CHANGE_REQUIRED。成功后旧令牌失效，返回新令牌。带 Idempotency-Key 重发（即使所带的是已因本次修改失效的旧令牌）时返回第一次的应答（同一新令牌），不再修改。',
    answers: { 200: { description: '已修改，附新令牌', schema: R.Session }, ...adminProblems(400, 401, 403, 413, 503) },
  },
  // reports
  {
    method: 'post', path: '/api/reports', tag: 'reports', summary: '导入（新建）自评表',
    description: 'JSON 请求体为 SPEC §2 的导入文件（jixiao.project-form.v1 或 jixiao.department-report.v1）；也可用 multipart/form-data 的 file 字段上传填好的 XLSX 模板。新建为草稿。',
    body: z.union([
      projectFormSchema.meta({ id: 'ProjectFormDocument', description: '项目支出绩效自评表（SPEC §2，format: jixiao.project-form.v1）' }),
      departmentReportSchema.meta({ id: 'DepartmentReportDocument', description: '部门整体支出绩效自评报告（SPEC §2，format: jixiao.department-report.v1）' }),
    ]).meta({ description: 'SPEC §2 导入文件：JSON 的各单元格均为表上印刷的文字' }),
    upload: '填好的自评表 XLSX', idempotent: true,
    answers: {
      200: { description: '同一文件已导入本单位本年度：返回首次导入的报告', schema: R.Created, headers: ['ETag'] },
      201: { description: '已新建草稿', schema: R.Created, headers: ['ETag', 'Location'] },
      ...problems(400, ...SIGNED_IN, 409, 413),
    },
  },
  {
    method: 'get', path: '/api/reports', tag: 'reports', summary: '报告列表', query: ListQuery,
    description: '本用户可见的报告，可按年度、部门、状态、类型、等级、是否有错误标记和关键字筛选，分页。',
    answers: { 200: { description: '报告列表', schema: R.ReportList }, ...problems(400, ...SIGNED_IN) },
  },
  {
    method: 'get', path: '/api/reports/{id}', tag: 'reports', summary: '读取报告', params: reportId,
    description: '报告全文：资金、执行率、指标、总分、等级、一致性标记、审核意见，以及本用户可执行的操作。ETag 为报告版本。',
    answers: { 200: report('报告'), ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'get', path: '/api/reports/{id}/history', tag: 'reports', summary: '报告历史', params: reportId,
    description: '报告的每个事件，按顺序：谁、何时、做了什么、改了什么。',
    answers: { 200: { description: '事件列表', schema: z.array(R.HistoryLine) }, ...problems(...SIGNED_IN, 404) },
  },
  edit('patch', '', '修改报告基本信息', '草稿中修改标题、资金、年度目标或总分。', DetailsBody),
  edit('put', '/indicators/{indicatorId}', '新增或修改一条指标', '请求体为 SPEC §2 的一条指标；新的指标编号即新增。', IndicatorBody, indicatorParams),
  edit('delete', '/indicators/{indicatorId}', '删除一条指标', '草稿中删除一条指标。', undefined, indicatorParams),
  edit('put', '/indicators/{indicatorId}/score', '打分', '草稿中为填表人的自评得分；已签发后为财政审核人的调整得分。须写明理由。', ScoreBody, indicatorParams),
  edit('post', '/accept-sum', '采用合计为总分', 'SPEC §6：以各项之和作为表上总分（table：form 自评表或附件3，rules 附件1；不填为全部）。', AcceptSumBody),
  edit('post', '/comments', '添加审核意见', '财政审核人对整份报告或一条指标提出意见。', CommentBody),
  transition('submit', '提交自评', '填表人提交草稿，待单位负责人签发。有错误级标记时答 422。'),
  transition('withdraw', '撤回提交', '签发前撤回到草稿。'),
  transition('sign-off', '签发', '单位负责人签发，报送财政审核。'),
  transition('send-back', '退回填表人（负责人）', '单位负责人附意见退回草稿。', SendBackBody),
  transition('return', '退回（审核）', '财政审核人附逐条意见退回草稿。', ReturnBody),
  transition('approve', '审核通过', '财政审核人审核通过。'),
  transition('publish', '公开', '公开已审核的报告。'),
  transition('revisions', '重新打开（修订）', '已公开的报告开始一次修订，须写明理由；修订公开前，上一修订仍然公开。', RevisionBody),
  // documents
  {
    method: 'get', path: '/api/reports/{id}/documents', tag: 'documents', auth: 'optional', summary: '报告的文档', params: reportId,
    description: '已生成的 XLSX、DOCX、PDF。已公开的版本无需登录；本部门成员和审核人可读每个版本。',
    answers: { 200: { description: '文档列表', schema: z.array(R.DocumentLink) }, ...problems(401, 403, 404, 503) },
  },
  {
    method: 'get', path: '/api/reports/{id}/documents/{format}', tag: 'documents', auth: 'optional', summary: '下载文档', params: documentParams,
    query: z.object({ version: z.string().optional().meta({ description: '报告版本；不填为最新' }) }),
    answers: { 200: { description: '文档文件', file: DOCUMENT_TYPES, headers: ['Content-Disposition'] }, ...problems(400, 401, 403, 404, 503) },
  },
  {
    method: 'get', path: '/api/public/reports/{id}/documents', tag: 'public', auth: 'public', summary: '已公开报告的文档', params: reportId,
    answers: { 200: { description: '文档列表', schema: z.array(R.DocumentLink) }, ...problems(404, 503) },
  },
  {
    method: 'get', path: '/api/public/reports/{id}/documents/{format}', tag: 'public', auth: 'public', summary: '下载已公开报告的文档', params: documentParams,
    answers: { 200: { description: '文档文件', file: DOCUMENT_TYPES, headers: ['Content-Disposition'] }, ...problems(400, 404, 503) },
  },
  {
    method: 'get', path: '/api/templates/project-form.xlsx', tag: 'documents', auth: 'public', summary: '项目支出绩效自评表模板',
    answers: { 200: { description: '空白模板', file: [XLSX], headers: ['Content-Disposition'] } },
  },
  // public
  {
    method: 'get', path: '/api/public/reports', tag: 'public', auth: 'public', summary: '已公开报告列表', query: PublicListQuery,
    description: '无需登录；只含已公开的修订。',
    answers: { 200: { description: '已公开报告', schema: R.PublicList }, ...problems(400, 503) },
  },
  {
    method: 'get', path: '/api/public/reports/{id}', tag: 'public', auth: 'public', summary: '读取已公开报告', params: reportId,
    description: '已公开的修订，不含审核意见和用户名。',
    answers: { 200: { description: '已公开的报告', schema: R.PublicReportView }, ...problems(404, 503) },
  },
  // stats, audit
  {
    method: 'get', path: '/api/stats', tag: 'stats', summary: '统计', query: StatisticsQuery,
    description: '本用户可见报告的状态、等级、平均分和资金执行情况：所选区划（默认为本账号所属区划）的合计、各下级区划的合计，及按主管部门分页。'
      + '区划不存在或超出本账号范围时为 400，errors[] 指出 region。',
    answers: { 200: { description: '统计', schema: R.Statistics }, ...problems(400, ...SIGNED_IN) },
  },
  {
    method: 'get', path: '/api/score-changes', tag: 'audit', summary: '分值变动', query: ScoreChangesQuery,
    description: '谁在何时把哪条指标的分值从多少改为多少，理由是什么：自评、审核调整和系统重新计算，最新的在前。',
    answers: { 200: { description: '分值变动', schema: R.ScoreChangeList }, ...problems(400, ...SIGNED_IN) },
  },
  // health
  {
    method: 'get', path: '/api/health', tag: 'health', auth: 'public', summary: '健康状况', description: '数据库、Redis 和任务队列的状况；数据库或 Redis 不可用时答 503。',
    answers: { 200: { description: '正常或降级', schema: R.Health }, 503: { description: '不可用', schema: R.Health } },
  },
  {
    method: 'get', path: '/api/health/ready', tag: 'health', auth: 'public', summary: '就绪探针', description: '数据库、Redis 可用且迁移已全部执行。',
    answers: { 200: { description: '就绪', schema: R.Readiness }, 503: { description: '未就绪', schema: R.Readiness } },
  },
  {
    method: 'get', path: '/api/health/live', tag: 'health', auth: 'public', summary: '存活探针',
    answers: { 200: { description: '进程存活', schema: R.Liveness } },
  },
  // admin
  ...(['regions', 'departments', 'units'] as const).map((kind): Route => ({
    method: 'get', path: `/api/admin/${kind}`, tag: 'admin', summary: { regions: '区划列表', departments: '主管部门列表（含实施单位）', units: '实施单位列表' }[kind],
    description: '管理员可见范围内的（限定区划的管理员只见本区划及下级）。',
    answers: { 200: { description: '列表', schema: z.array({ regions: R.Region, departments: R.Department, units: R.Unit }[kind]) }, ...problems(...SIGNED_IN) },
  })),
  {
    method: 'post', path: '/api/admin/regions', tag: 'admin', summary: '新增区划', body: RegionBody, idempotent: true,
    answers: { 201: { description: '已新增', schema: R.Region }, ...adminProblems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'post', path: '/api/admin/departments', tag: 'admin', summary: '新增主管部门', body: DepartmentBody, idempotent: true,
    answers: { 201: { description: '已新增', schema: R.Department }, ...adminProblems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'post', path: '/api/admin/units', tag: 'admin', summary: '新增实施单位', body: UnitBody, idempotent: true,
    answers: { 201: { description: '已新增', schema: R.Unit }, ...adminProblems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'get', path: '/api/admin/users', tag: 'admin', summary: '账号列表', query: UserListQuery,
    answers: { 200: { description: '账号', schema: z.array(R.Account) }, ...problems(400, ...SIGNED_IN) },
  },
  {
    method: 'post', path: '/api/admin/users', tag: 'admin', summary: '新建账号', body: CreateBody, idempotent: true,
    description: '返回一次性密码，只显示这一次；账号首次登录后须修改密码。带同一 Idempotency-Key 重发返回第一次的答复（同一个一次性密码，服务端加密保存），不再新建。',
    answers: { 201: { description: '已新建', schema: R.CreatedAccount }, ...adminProblems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'patch', path: '/api/admin/users/{username}', tag: 'admin', summary: '修改账号', params: username, body: PatchBody,
    description: '姓名、角色、单位、区划、邮箱、启用或停用。角色、单位变更或停用在账号下次请求时生效（此前签发的令牌答 401）。',
    answers: { 200: { description: '修改后的账号', schema: R.Account }, ...problems(400, ...SIGNED_IN, 404, 409, 413) },
  },
  {
    method: 'post', path: '/api/admin/users/{username}/reset-password', tag: 'admin', summary: '重置密码', params: username, idempotent: true,
    description: '带同一 Idempotency-Key 重发返回第一次的一次性密码，不再重置。',
    answers: { 200: { description: '一次性密码，只显示这一次', schema: R.PasswordReset }, ...adminProblems(400, ...SIGNED_IN, 404) },
  },
  {
    method: 'post', path: '/api/admin/organisation', tag: 'admin', summary: '批量导入组织与账号', upload: '按模板填写的组织与账号 XLSX（区划、单位、用户三张表）',
    idempotent: true, description: '任何一行有误则全部不导入，400 的 errors[] 指出表、行、列。带同一 Idempotency-Key 重发同一文件返回第一次的结果（含其一次性密码）。',
    answers: { 200: { description: '每行的结果', schema: R.OrganisationImport }, ...adminProblems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'get', path: '/api/templates/organisation.xlsx', tag: 'admin', auth: 'public', summary: '组织与账号模板',
    answers: { 200: { description: '空白模板', file: [XLSX], headers: ['Content-Disposition'] } },
  },
  {
    method: 'get', path: '/api/admin/audit', tag: 'admin', summary: '组织与账号变动记录', query: AuditQuery,
    answers: { 200: { description: '变动记录', schema: z.array(R.AuditLine) }, ...problems(400, ...SIGNED_IN) },
  },
  {
    method: 'get', path: '/api/admin/sign-ins', tag: 'admin', summary: '登录记录', query: SignInQuery,
    answers: { 200: { description: '登录记录', schema: R.SignInList }, ...problems(400, ...SIGNED_IN) },
  },
  // campaigns (SPEC §17)
  {
    method: 'post', path: '/api/campaigns', tag: 'campaigns', summary: '发起自评任务', body: OpenCampaignBody, idempotent: true,
    description: '财政审核人为本区划发起，或管理员发起：年度、名称、区划、自评和审核截止日期、参与的主管部门（或 "all"）、是否包含部门整体自评。',
    answers: { 201: { description: '已发起', schema: R.Campaign, headers: ['Location'] }, ...campaignProblems(400, ...SIGNED_IN, 409, 413) },
  },
  {
    method: 'get', path: '/api/campaigns', tag: 'campaigns', summary: '自评任务列表', description: '涉及本用户可见主管部门的自评任务，最新的在前（最多 500 个）。',
    answers: { 200: { description: '自评任务', schema: z.array(R.Campaign) }, ...problems(...SIGNED_IN) },
  },
  {
    method: 'get', path: '/api/campaigns/{id}', tag: 'campaigns', summary: '读取自评任务', params: campaignId,
    answers: { 200: { description: '自评任务', schema: R.Campaign }, ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'get', path: '/api/campaigns/{id}/tasks', tag: 'campaigns', summary: '自评任务的各项', params: campaignId, query: TaskPage,
    description: '本用户可见主管部门的任务，按部门和清单顺序，分页；每项附关联报告的版本、状态和是否逾期。',
    answers: { 200: { description: '任务列表', schema: R.CampaignTaskList }, ...problems(400, ...SIGNED_IN, 404) },
  },
  {
    method: 'post', path: '/api/campaigns/{id}/projects', tag: 'campaigns', summary: '导入项目清单', params: campaignId, body: ProjectListBody,
    upload: '按项目清单模板填写的 XLSX', idempotent: true,
    description: 'JSON 或上传模板 XLSX。任何一行有误则全部不导入，400 的 errors[] 逐项指出行和列；再次导入只新增新的项目编码。',
    answers: { 201: { description: '已导入', schema: R.ProjectListImport }, ...campaignProblems(400, ...SIGNED_IN, 404, 409, 413) },
  },
  {
    method: 'post', path: '/api/campaigns/{id}/tasks/{taskId}/start', tag: 'campaigns', summary: '开始填报', params: taskParams, idempotent: true,
    description: '以项目清单中的资金新建该项目的自评表草稿，并关联到任务。',
    answers: { 201: { description: '新建的草稿（与 GET /api/reports/{id} 相同）', schema: R.ReportView, headers: ['ETag', 'Location'] }, ...campaignProblems(400, ...SIGNED_IN, 404, 409) },
  },
  {
    method: 'post', path: '/api/campaigns/{id}/tasks/{taskId}/attach', tag: 'campaigns', summary: '关联已导入的报告', params: taskParams, body: AttachBody,
    description: '把本部门已导入的一份报告关联到任务；任务状态随之跟随该报告。',
    answers: { 201: { description: '已关联', schema: R.TaskAttached }, ...campaignProblems(400, ...SIGNED_IN, 404, 409, 413) },
  },
  {
    method: 'get', path: '/api/campaigns/{id}/progress', tag: 'campaigns', summary: '自评任务进度', params: campaignId,
    description: '各主管部门的任务数、各状态的任务数和逾期数。',
    answers: { 200: { description: '进度', schema: R.CampaignProgress }, ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'get', path: '/api/campaigns/{id}/summary.xlsx', tag: 'campaigns', summary: '自评结果汇总表', params: campaignId,
    answers: { 200: { description: '汇总表', file: [XLSX], headers: ['Content-Disposition'] }, ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'get', path: '/api/templates/project-list.xlsx', tag: 'campaigns', summary: '项目清单模板',
    answers: { 200: { description: '空白模板', file: [XLSX], headers: ['Content-Disposition'] }, ...problems(...SIGNED_IN) },
  },
  // inbox
  {
    method: 'get', path: '/api/inbox', tag: 'inbox', summary: '待办', description: '等待本用户处理的任务和报告，逾期的在前；附未读通知数。',
    answers: { 200: { description: '待办', schema: R.Inbox }, ...problems(...SIGNED_IN) },
  },
  {
    method: 'get', path: '/api/notifications', tag: 'inbox', summary: '通知', description: '截止提醒，未读的在前（最多 200 条）。',
    answers: { 200: { description: '通知', schema: R.NotificationList }, ...problems(...SIGNED_IN) },
  },
  {
    method: 'post', path: '/api/notifications/{id}/read', tag: 'inbox', summary: '标为已读', params: notificationId,
    answers: { 200: { description: '已读', schema: R.NotificationRead }, ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'post', path: '/api/notifications/read-all', tag: 'inbox', summary: '全部标为已读', description: '把本用户所有未读通知标为已读。',
    answers: { 200: { description: '标记的条数与余下的未读数', schema: R.NotificationsReadAll }, ...problems(...SIGNED_IN) },
  },
  // reviewing many (SPEC §17)
  {
    method: 'get', path: '/api/reports/{id}/comments', tag: 'reviewing', summary: '审核意见及回复', params: reportId,
    answers: { 200: { description: '意见列表', schema: z.array(R.CommentThread) }, ...problems(...SIGNED_IN, 404) },
  },
  {
    method: 'post', path: '/api/reports/{id}/comments/{commentId}/replies', tag: 'reviewing', summary: '回复审核意见', params: commentParams, body: ReplyBody,
    answers: { 201: { description: '回复后的意见', schema: R.CommentThread }, ...problems(400, ...SIGNED_IN, 404, 409, 413) },
  },
  {
    method: 'post', path: '/api/reports/{id}/comments/{commentId}/resolve', tag: 'reviewing', summary: '意见标为已解决', params: commentParams,
    answers: { 200: { description: '已解决的意见', schema: R.CommentThread }, ...problems(...SIGNED_IN, 404, 409) },
  },
  {
    method: 'post', path: '/api/reports/batch', tag: 'reviewing', summary: '批量审核通过或公开', body: BatchBody,
    description: '逐项执行，每项带上其版本（相当于 If-Match）；一项被拒不影响其他项，results 中给出该项单独发送时的状态码和说明。',
    answers: { 200: { description: '逐项结果', schema: R.BatchResult }, ...problems(400, ...SIGNED_IN, 413) },
  },
  {
    method: 'get', path: '/api/reports/{id}/diff', tag: 'reviewing', summary: '版本间的变化', params: reportId, query: DiffQuery,
    description: '两个版本之间改动的单元格、分值变动，以及上次退回的意见是否已回应；不给 from 时为自上次退回以来。',
    answers: { 200: { description: '变化', schema: R.ReportDiff }, ...problems(400, ...SIGNED_IN, 404) },
  },
  // importing many files (SPEC §18)
  {
    method: 'post', path: '/api/reports/bulk', tag: 'reports', summary: '批量导入自评表',
    uploadMany: '多个 .json/.xlsx/.docx 文件或一个 .zip（每个文件最大 5 MB，最多 100 个）',
    description: '部门填表人上传；每张自评表一项结果：成功的给出报告编号（此前已导入同一文件则为首次导入的报告），不能导入的逐项说明原因。',
    answers: { 201: { description: '每张自评表的结果', schema: z.array(R.BulkImportResult) }, ...problems(400, ...SIGNED_IN, 413) },
  },
];
