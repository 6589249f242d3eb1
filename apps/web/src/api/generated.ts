/* Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit. */

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录
         * @description 以用户名和密码登录，得到访问令牌。同一用户名 15 分钟内失败 5 次，或同一地址失败 30 次，即答 429 并给出 Retry-After。
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录
         * @description 使当前令牌失效；本账号的其他令牌不受影响。
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码
         * @description 新密码至少 10 个字符，不能是用户名，不能是常见密码。新建或重置的账号须先修改密码，此前其他接口均答 403 PASSWORD_CHANGE_REQUIRED。成功后旧令牌失效，返回新令牌。带 Idempotency-Key 重发（即使所带的是已因本次修改失效的旧令牌）时返回第一次的应答（同一新令牌），不再修改。
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报告列表
         * @description 本用户可见的报告，可按年度、部门、状态、类型、等级、是否有错误标记和关键字筛选，分页。
         */
        get: operations["getReports"];
        put?: never;
        /**
         * 导入（新建）自评表
         * @description JSON 请求体为 SPEC §2 的导入文件（jixiao.project-form.v1 或 jixiao.department-report.v1）；也可用 multipart/form-data 的 file 字段上传填好的 XLSX 模板。新建为草稿。
         */
        post: operations["postReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 读取报告
         * @description 报告全文：资金、执行率、指标、总分、等级、一致性标记、审核意见，以及本用户可执行的操作。ETag 为报告版本。
         */
        get: operations["getReportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改报告基本信息
         * @description 草稿中修改标题、资金、年度目标或总分。
         */
        patch: operations["patchReportsId"];
        trace?: never;
    };
    "/api/reports/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报告历史
         * @description 报告的每个事件，按顺序：谁、何时、做了什么、改了什么。
         */
        get: operations["getReportsIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 新增或修改一条指标
         * @description 请求体为 SPEC §2 的一条指标；新的指标编号即新增。
         */
        put: operations["putReportsIdIndicatorsIndicatorId"];
        post?: never;
        /**
         * 删除一条指标
         * @description 草稿中删除一条指标。
         */
        delete: operations["deleteReportsIdIndicatorsIndicatorId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/indicators/{indicatorId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 打分
         * @description 草稿中为填表人的自评得分；已签发后为财政审核人的调整得分。须写明理由。
         */
        put: operations["putReportsIdIndicatorsIndicatorIdScore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/accept-sum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 采用合计为总分
         * @description SPEC §6：以各项之和作为表上总分（table：form 自评表或附件3，rules 附件1；不填为全部）。
         */
        post: operations["postReportsIdAcceptSum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审核意见及回复 */
        get: operations["getReportsIdComments"];
        put?: never;
        /**
         * 添加审核意见
         * @description 财政审核人对整份报告或一条指标提出意见。
         */
        post: operations["postReportsIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交自评
         * @description 填表人提交草稿，待单位负责人签发。有错误级标记时答 422。
         */
        post: operations["postReportsIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回提交
         * @description 签发前撤回到草稿。
         */
        post: operations["postReportsIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签发
         * @description 单位负责人签发，报送财政审核。
         */
        post: operations["postReportsIdSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回填表人（负责人）
         * @description 单位负责人附意见退回草稿。
         */
        post: operations["postReportsIdSendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回（审核）
         * @description 财政审核人附逐条意见退回草稿。
         */
        post: operations["postReportsIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过
         * @description 财政审核人审核通过。
         */
        post: operations["postReportsIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公开
         * @description 公开已审核的报告。
         */
        post: operations["postReportsIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新打开（修订）
         * @description 已公开的报告开始一次修订，须写明理由；修订公开前，上一修订仍然公开。
         */
        post: operations["postReportsIdRevisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报告的文档
         * @description 已生成的 XLSX、DOCX、PDF。已公开的版本无需登录；本部门成员和审核人可读每个版本。
         */
        get: operations["getReportsIdDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/documents/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文档 */
        get: operations["getReportsIdDocumentsFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已公开报告的文档 */
        get: operations["getPublicReportsIdDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/{id}/documents/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已公开报告的文档 */
        get: operations["getPublicReportsIdDocumentsFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/project-form.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目支出绩效自评表模板 */
        get: operations["getTemplatesProjectFormXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已公开报告列表
         * @description 无需登录；只含已公开的修订。
         */
        get: operations["getPublicReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 读取已公开报告
         * @description 已公开的修订，不含审核意见和用户名。
         */
        get: operations["getPublicReportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统计
         * @description 本用户可见报告的状态、等级、平均分和资金执行情况：所选区划（默认为本账号所属区划）的合计、各下级区划的合计，及按主管部门分页。区划不存在或超出本账号范围时为 400，errors[] 指出 region。
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/score-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分值变动
         * @description 谁在何时把哪条指标的分值从多少改为多少，理由是什么：自评、审核调整和系统重新计算，最新的在前。
         */
        get: operations["getScoreChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康状况
         * @description 数据库、Redis 和任务队列的状况；数据库或 Redis 不可用时答 503。
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪探针
         * @description 数据库、Redis 可用且迁移已全部执行。
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活探针 */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 区划列表
         * @description 管理员可见范围内的（限定区划的管理员只见本区划及下级）。
         */
        get: operations["getAdminRegions"];
        put?: never;
        /** 新增区划 */
        post: operations["postAdminRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 主管部门列表（含实施单位）
         * @description 管理员可见范围内的（限定区划的管理员只见本区划及下级）。
         */
        get: operations["getAdminDepartments"];
        put?: never;
        /** 新增主管部门 */
        post: operations["postAdminDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实施单位列表
         * @description 管理员可见范围内的（限定区划的管理员只见本区划及下级）。
         */
        get: operations["getAdminUnits"];
        put?: never;
        /** 新增实施单位 */
        post: operations["postAdminUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 */
        get: operations["getAdminUsers"];
        put?: never;
        /**
         * 新建账号
         * @description 返回一次性密码，只显示这一次；账号首次登录后须修改密码。带同一 Idempotency-Key 重发返回第一次的答复（同一个一次性密码，服务端加密保存），不再新建。
         */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改账号
         * @description 姓名、角色、单位、区划、邮箱、启用或停用。角色、单位变更或停用在账号下次请求时生效（此前签发的令牌答 401）。
         */
        patch: operations["patchAdminUsersUsername"];
        trace?: never;
    };
    "/api/admin/users/{username}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码
         * @description 带同一 Idempotency-Key 重发返回第一次的一次性密码，不再重置。
         */
        post: operations["postAdminUsersUsernameResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入组织与账号
         * @description 任何一行有误则全部不导入，400 的 errors[] 指出表、行、列。带同一 Idempotency-Key 重发同一文件返回第一次的结果（含其一次性密码）。
         */
        post: operations["postAdminOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/organisation.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织与账号模板 */
        get: operations["getTemplatesOrganisationXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织与账号变动记录 */
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录记录 */
        get: operations["getAdminSignIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 自评任务列表
         * @description 涉及本用户可见主管部门的自评任务，最新的在前（最多 500 个）。
         */
        get: operations["getCampaigns"];
        put?: never;
        /**
         * 发起自评任务
         * @description 财政审核人为本区划发起，或管理员发起：年度、名称、区划、自评和审核截止日期、参与的主管部门（或 "all"）、是否包含部门整体自评。
         */
        post: operations["postCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 读取自评任务 */
        get: operations["getCampaignsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 自评任务的各项
         * @description 本用户可见主管部门的任务，按部门和清单顺序，分页；每项附关联报告的版本、状态和是否逾期。
         */
        get: operations["getCampaignsIdTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入项目清单
         * @description JSON 或上传模板 XLSX。任何一行有误则全部不导入，400 的 errors[] 逐项指出行和列；再次导入只新增新的项目编码。
         */
        post: operations["postCampaignsIdProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/tasks/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始填报
         * @description 以项目清单中的资金新建该项目的自评表草稿，并关联到任务。
         */
        post: operations["postCampaignsIdTasksTaskIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/tasks/{taskId}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关联已导入的报告
         * @description 把本部门已导入的一份报告关联到任务；任务状态随之跟随该报告。
         */
        post: operations["postCampaignsIdTasksTaskIdAttach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 自评任务进度
         * @description 各主管部门的任务数、各状态的任务数和逾期数。
         */
        get: operations["getCampaignsIdProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自评结果汇总表 */
        get: operations["getCampaignsIdSummaryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/project-list.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目清单模板 */
        get: operations["getTemplatesProjectListXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待办
         * @description 等待本用户处理的任务和报告，逾期的在前；附未读通知数。
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 通知
         * @description 截止提醒，未读的在前（最多 200 条）。
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 */
        post: operations["postNotificationsIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全部标为已读
         * @description 把本用户所有未读通知标为已读。
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/comments/{commentId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回复审核意见 */
        post: operations["postReportsIdCommentsCommentIdReplies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/comments/{commentId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 意见标为已解决 */
        post: operations["postReportsIdCommentsCommentIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量审核通过或公开
         * @description 逐项执行，每项带上其版本（相当于 If-Match）；一项被拒不影响其他项，results 中给出该项单独发送时的状态码和说明。
         */
        post: operations["postReportsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 版本间的变化
         * @description 两个版本之间改动的单元格、分值变动，以及上次退回的意见是否已回应；不给 from 时为自上次退回以来。
         */
        get: operations["getReportsIdDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入自评表
         * @description 部门填表人上传；每张自评表一项结果：成功的给出报告编号（此前已导入同一文件则为首次导入的报告），不能导入的逐项说明原因。
         */
        post: operations["postReportsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 账号 */
        Account: {
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            department?: string | null;
            region?: string | null;
            email?: string | null;
            /** @description 是否启用 */
            active?: boolean;
            mustChangePassword?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description 一次组织或账号变动 */
        AuditLine: {
            position: string;
            /** @description 事件类型，如 AccountCreated */
            type: string;
            /** @description 时间 */
            at: unknown;
            /** @description 操作人；系统（后台任务）为空 */
            actor: ({
                /** @description 用户名 */
                username: string;
                /** @description 角色 */
                role: string;
                department?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description 变动内容 */
            data: unknown;
        };
        /** @description 批量审核或公开的结果：每项单独决定，一项被拒不影响其他项 */
        BatchResult: {
            /**
             * @description approve 审核通过；publish 公开
             * @enum {string}
             */
            command: "approve" | "publish";
            /** @description 成功项数 */
            succeeded: number;
            /** @description 失败项数 */
            failed: number;
            /** @description 逐项结果，按请求顺序 */
            results: ({
                id: string;
                /** @constant */
                ok: true;
                /** @constant */
                status: 200;
                /** @description 转换后的版本 */
                version: number;
                state: components["schemas"]["ReportState"];
            } | {
                id: string;
                /** @constant */
                ok: false;
                /** @description 单独发送时的 HTTP 状态码 */
                status: number;
                /** @description 中文标题 */
                title: string;
                /** @description 中文说明 */
                detail: string;
            })[];
        };
        /** @description 一张自评表的导入结果 */
        BulkImportResult: {
            /** @description 文件名（zip 内为其中的路径） */
            file: string;
            /** @description 工作表；JSON、Word 为空字符串 */
            sheet: string;
            /** @constant */
            ok: true;
            /**
             * Format: uuid
             * @description 报告编号
             */
            id: string;
            /**
             * @description 此前已导入同一文件：返回首次导入的报告
             * @constant
             */
            existing?: true;
        } | {
            file: string;
            sheet: string;
            /** @constant */
            ok: false;
            /** @description 不能导入的原因，逐项 */
            problems: components["schemas"]["ProblemItem"][];
        };
        /** @description 一个自评任务（SPEC §17） */
        Campaign: {
            /**
             * Format: uuid
             * @description 自评任务编号
             */
            id: string;
            /** @description 年度 */
            fiscalYear: string;
            /** @description 任务名称 */
            title: string;
            /** @description 区划编码 */
            region: string;
            /** @description 区划名称 */
            regionName: string | null;
            /** @description 自评截止日期（YYYY-MM-DD） */
            selfEvaluationDue: string;
            /** @description 审核截止日期（YYYY-MM-DD） */
            reviewDue: string;
            /** @description 参与的主管部门编码 */
            departments: string[];
            /** @description 是否包含部门整体支出绩效自评 */
            departmentReports: boolean;
            /** @description 发起人用户名 */
            openedBy: string;
            /** @description 发起时间（ISO 8601） */
            openedAt: string;
        };
        /** @description 自评任务进度 */
        CampaignProgress: {
            campaign: components["schemas"]["Campaign"];
            /** @description 今天（YYYY-MM-DD） */
            today: string;
            /** @description 各主管部门的进度 */
            departments: {
                /** @description 主管部门编码 */
                department: string;
                /** @description 主管部门名称 */
                departmentName: string;
                /** @description 任务数 */
                total: number;
                /** @description 逾期任务数 */
                overdue: number;
                /** @description 各任务状态的任务数 */
                byState: {
                    [key: string]: number;
                };
            }[];
        };
        /** @description 自评任务中的一项（一个项目或一个部门的整体自评） */
        CampaignTask: {
            /**
             * Format: uuid
             * @description 任务编号
             */
            id: string;
            kind: components["schemas"]["ReportKind"];
            /** @description 主管部门编码 */
            department: string;
            /** @description 主管部门名称 */
            departmentName: string;
            /** @description 项目编码；部门整体自评为空 */
            projectCode: string | null;
            /** @description 项目名称 */
            projectName: string;
            /** @description 实施单位 */
            implementingUnit: string;
            /** @description 年初预算数（万元），项目清单中的文字 */
            initialBudget: string;
            /** @description 全年预算数（万元） */
            annualBudget: string;
            /** @description 全年执行数（万元） */
            executed: string;
            /** @description 执行率分值 */
            executionWeight: string;
            /** @description 所关联的报告编号；未开始为空 */
            reportId: string | null;
            /** @description 所关联报告的版本（If-Match 用） */
            version: number | null;
            state: components["schemas"]["TaskState"];
            /** @description 中文任务状态 */
            stateLabel: string;
            /** @description 当前状态的截止日期（YYYY-MM-DD）；已审核、已公开为空 */
            due: string | null;
            /** @description 是否已逾期 */
            overdue: boolean;
        };
        /** @description 自评任务的各项 */
        CampaignTaskList: {
            /** @description 任务总数 */
            total: number;
            items: components["schemas"]["CampaignTask"][];
        };
        /** @description 一条审核意见及其回复 */
        CommentThread: {
            /** @description 意见编号 */
            commentId: string;
            /** @description 所针对的指标编号；为空表示整份报告 */
            indicatorId: string | null;
            /** @description 意见内容 */
            body: string;
            /** @description 是否随退回提出 */
            returned: boolean;
            /** @description 提出人用户名 */
            author: string;
            /** @description 提出人角色 */
            role: string;
            /** @description 提出时间（ISO 8601） */
            at: string;
            /** @description 填表人的回复 */
            replies: {
                /** @description 所回复的意见编号 */
                commentId: string;
                /** @description 回复编号 */
                replyId: string;
                /** @description 回复内容 */
                body: string;
                /** @description 用户名 */
                username: string;
                /** @description 角色 */
                role: string;
                /** @description 时间（ISO 8601） */
                at: string;
            }[];
            /** @description 谁在何时标为已解决；未解决为空 */
            resolved: {
                /** @description 用户名 */
                username: string;
                /** @description 角色 */
                role: string;
                /** @description 时间（ISO 8601） */
                at: string;
            } | null;
        };
        /** @description 新建的账号及其一次性密码 */
        CreatedAccount: {
            user: components["schemas"]["Account"];
            /** @description 一次性密码，只显示这一次 */
            oneTimePassword: string;
        };
        /** @description 新建的草稿 */
        CreatedReport: {
            /**
             * Format: uuid
             * @description 新报告编号
             */
            id: string;
            /** @description 版本 */
            version: number;
            state: components["schemas"]["ReportState"];
        };
        /** @description 主管部门 */
        Department: {
            /** @description 主管部门编码，如 009 */
            code: string;
            /** @description 名称 */
            name: string;
            /** @description 所属区划编码 */
            regionCode: string | null;
            /** @description 下属实施单位 */
            units: {
                code: string;
                name: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description 部门整体支出绩效自评报告（SPEC §2，format: jixiao.department-report.v1） */
        DepartmentReportDocument: {
            /** @constant */
            format: "jixiao.department-report.v1";
            source?: string;
            origin?: {
                file?: string;
                sheet?: string;
                cells?: {
                    [key: string]: string;
                };
                lines?: {
                    place: string;
                    text: string;
                }[];
                notes?: {
                    /** @enum {string} */
                    code: "PART_MISSING" | "CELL_UNPLACED" | "RULE_UNREAD";
                    place: string;
                    message: string;
                    text?: string;
                }[];
            };
            fiscalYear: string;
            department: string;
            title: string;
            sections: {
                heading: string;
                body: string;
            }[];
            ruleIndicators: {
                level1: string;
                level1Weight?: string;
                level2: string;
                level2Weight?: string;
                name: string;
                weight: string;
                criterion: string;
                explanation?: string;
                measured: string;
                rule: {
                    /** @constant */
                    kind: "deductPerStep";
                    full?: string;
                    threshold: string;
                    /** @enum {string} */
                    direction: "above" | "below" | "both";
                    step: string;
                    deduct: string;
                    /** @enum {string} */
                    steps?: "floor" | "ceil" | "exact";
                } | {
                    /** @constant */
                    kind: "bands";
                    full?: string;
                    bands: {
                        max?: string;
                        min?: string;
                        inclusive?: boolean;
                        points: string;
                    }[];
                } | {
                    /** @constant */
                    kind: "levels";
                    full?: string;
                    levels: {
                        [key: string]: string;
                    };
                } | {
                    /** @constant */
                    kind: "checklist";
                    full?: string;
                    items: {
                        mark: string;
                        points: string;
                    }[];
                } | {
                    /** @constant */
                    kind: "deductPerCount";
                    full?: string;
                    deduct: string;
                } | {
                    /** @constant */
                    kind: "ratio";
                    full?: string;
                };
                score: string;
            }[];
            ruleTotal: {
                weight: string;
                score: string;
            };
            selfAssessedGrade?: string;
            baseData: {
                [key: string]: unknown;
            };
            selfEvaluationForm: {
                funds: {
                    total: {
                        initialBudget: string;
                        annualBudget: string;
                        executed: string;
                        weight: string;
                        executionRate: string;
                        score: string;
                    };
                    unit?: string;
                } & {
                    [key: string]: unknown;
                };
                goals?: {
                    planned: string;
                    achieved: string;
                };
                indicators: {
                    level1: string;
                    level2: string;
                    name: string;
                    target: string;
                    actual: string;
                    weight: string;
                    score: string;
                    deviation: string;
                    comparator?: string;
                    unit?: string;
                }[];
                total: {
                    weight: string;
                    score: string;
                };
            };
        };
        /** @description 已生成的一份文档 */
        DocumentLink: {
            /**
             * @description 格式
             * @enum {string}
             */
            format: "xlsx" | "docx" | "pdf";
            /** @description 所依据的报告版本 */
            version: number;
            contentType: string;
            /** @description 文件 SHA-256 */
            sha256: string;
            /** @description 字节数 */
            bytes: number;
            /** @description 生成时间 */
            renderedAt: unknown;
            /** @description 下载地址 */
            url: string;
        };
        /** @description 一致性标记（SPEC §6） */
        Flag: {
            /** @description 一致性标记代码，如 SUM_MISMATCH、WEIGHT_SUM、PART_MISSING */
            code: string;
            /**
             * @description 严重程度：error 错误（须处理）、warning 提醒、info 信息
             * @enum {string}
             */
            severity: "error" | "warning" | "info";
            /** @description 所指位置 */
            path: string;
            /** @description 中文说明 */
            message: string;
            /** @description 应为 */
            expected: string | null;
            /** @description 实为 */
            actual: string | null;
            /** @description 导入文件中的出处：工作表与单元格（Word：表、行、列），如“Sheet1!D12” */
            at?: string;
        };
        /** @description 健康状况 */
        Health: {
            /**
             * @description ok 正常；degraded 降级（后台任务失败或落后）；unavailable 不可用
             * @enum {string}
             */
            status: "ok" | "degraded" | "unavailable";
            /** @description 降级原因 */
            degraded?: string[];
            /** @description PostgreSQL */
            database: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Redis */
            redis: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description 任务队列：lag 未入队事件数（数到 1001 为止，lagCapped 为 true 表示更多）、waiting 等待任务、failed 失败任务 */
            queue: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description 报告历史中的一个事件 */
        HistoryLine: {
            /** @description 事件在日志中的位置 */
            position: string;
            /** @description 事件在报告中的版本 */
            version: number;
            /** @description 事件流 */
            stream: string;
            /** @description 事件类型，如 ReportDrafted、SelfEvaluationSubmitted */
            type: string;
            /** @description 时间（ISO 8601） */
            at: string;
            /** @description 操作人；系统（后台任务）为空 */
            actor: ({
                /** @description 用户名 */
                username: string;
                /** @description 角色 */
                role: string;
                department?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description 事件内容 */
            data: unknown;
            /** @description 哈希链中的本事件哈希 */
            hash: string;
            /** @description 中文事件名 */
            label: string;
            /** @description 中文操作人 */
            actorLabel: string;
            /** @description 中文的修改说明 */
            changes: ({
                /** @description 改了什么 */
                what: string;
                from?: string | null;
                to?: string | null;
                why?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        /** @description 待办 */
        Inbox: {
            /** @description 今天（YYYY-MM-DD） */
            today: string;
            /** @description 待办，逾期的在前（最多 200 项） */
            items: components["schemas"]["InboxItem"][];
            /** @description 待办总数 */
            total: number;
            /** @description 逾期数 */
            overdue: number;
            /** @description 未读通知数 */
            unreadNotifications: number;
        };
        /** @description 待办中的一项 */
        InboxItem: {
            /** @description 任务编号；不属于任何自评任务的报告为空 */
            taskId: string | null;
            /** @description 自评任务编号 */
            campaignId: string | null;
            /** @description 自评任务名称 */
            campaignTitle: string | null;
            kind: components["schemas"]["ReportKind"];
            /** @description 主管部门编码 */
            department: string;
            /** @description 主管部门名称 */
            departmentName: string;
            /** @description 项目编码 */
            projectCode: string | null;
            /** @description 项目名称或报告标题 */
            title: string;
            /** @description 报告编号；未开始为空 */
            reportId: string | null;
            /** @description 报告版本（批量操作的 If-Match） */
            version: number | null;
            state: components["schemas"]["TaskState"];
            /** @description 中文任务状态 */
            stateLabel: string;
            /** @description 截止日期（YYYY-MM-DD） */
            due: string | null;
            /** @description 是否已逾期 */
            overdue: boolean;
            /** @description 退回的报告：退回时的意见 */
            feedback: {
                /** @description 退回人用户名 */
                by: string;
                /** @description 退回人角色 */
                role: string;
                /** @description 退回时间（ISO 8601） */
                at: string;
                comments: {
                    /** @description 指标编号；为空表示整份报告 */
                    indicatorId: string | null;
                    /** @description 意见 */
                    body: string;
                }[];
            } | null;
        };
        /** @description 一条绩效指标 */
        Indicator: {
            /** @description 指标编号 */
            id: string;
            /**
             * @description form 自评表；rules 附件1 评分表
             * @enum {string}
             */
            section: "form" | "rules";
            /** @description 在导入文件中的位置 */
            path: string;
            /** @description 一级指标 */
            level1: string;
            /** @description 二级指标 */
            level2: string;
            /** @description 三级指标 */
            name: string;
            /** @description 年度指标值 */
            target: string;
            /** @description 实际完成值 */
            actual: string;
            /** @description 分值 */
            weight: string;
            /** @description 自评得分 */
            selfScore: string | null;
            /** @description 系统计算得分 */
            computedScore: string | null;
            /** @description 审核调整得分 */
            reviewScore: string | null;
            /** @description 计算状态，如 scored、unresolved */
            status: string;
            /** @description 偏差原因及改进措施 */
            deviation: string;
            /** @description 附件1：评分标准 */
            criterion?: string;
            /** @description 附件1：指标解释 */
            explanation?: string;
        };
        /** @description 存活探针 */
        Liveness: {
            /** @constant */
            status: "live";
            uptimeSeconds: number;
        };
        /** @description 一条截止提醒 */
        Notification: {
            /** @description 通知编号 */
            id: string;
            /** @description 任务编号 */
            taskId: string;
            /**
             * @description due_soon 即将到期、overdue 已逾期
             * @enum {string}
             */
            kind: "due_soon" | "overdue";
            /** @description 提醒日期（YYYY-MM-DD） */
            day: string;
            /** @description 标题 */
            title: string;
            /** @description 内容 */
            body: string;
            /** @description 链接 */
            link: string;
            /** @description 创建时间（ISO 8601） */
            createdAt: string;
            /** @description 已读时间（ISO 8601）；未读为空 */
            readAt: string | null;
        };
        /** @description 通知 */
        NotificationList: {
            /** @description 通知，未读的在前（最多 200 条） */
            items: components["schemas"]["Notification"][];
            /** @description 未读数 */
            unread: number;
        };
        /** @description 已标为已读的通知 */
        NotificationRead: {
            /** @description 通知编号 */
            id: string;
            /** @description 已读时间（ISO 8601） */
            readAt: string;
        };
        /** @description 全部标为已读的结果 */
        NotificationsReadAll: {
            /** @description 本次标为已读的条数 */
            read: number;
            /** @description 余下的未读通知数 */
            unread: number;
        };
        /** @description 批量导入结果 */
        OrganisationImport: {
            /** @description 每行的结果 */
            rows: ({
                /** @enum {string} */
                outcome: "created" | "updated" | "unchanged";
            } & {
                [key: string]: unknown;
            })[];
            counts: {
                created: number;
                updated: number;
                unchanged: number;
            };
        };
        /** @description 重置后的一次性密码 */
        PasswordReset: {
            username: string;
            /** @description 一次性密码，只显示这一次 */
            oneTimePassword: string;
        };
        /** @description RFC 9457 问题详情（application/problem+json） */
        Problem: {
            /** @description 问题类型，如 /problems/invalid-input、/problems/stale-version、/problems/illegal-transition */
            type: string;
            /** @description 中文标题 */
            title: string;
            /** @description HTTP 状态码 */
            status: number;
            /** @description 中文详细说明 */
            detail: string;
            /** @description 机器可读代码，如 PASSWORD_CHANGE_REQUIRED、SIGN_IN_THROTTLED、IDEMPOTENCY_KEY_REUSED */
            code?: string;
            /** @description 输入无效（400）或不能提交（422）时的逐项问题 */
            errors?: components["schemas"]["ProblemItem"][];
            /** @description 412：报告当前版本 */
            currentVersion?: number;
            /** @description 409：报告当前状态 */
            state?: string;
            /** @description 409：当前状态下本用户可执行的操作 */
            allowedCommands?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description 一处输入问题 */
        ProblemItem: {
            /** @description 出错的字段路径，如 indicators[2].weight、Idempotency-Key、(body) */
            path: string;
            /** @description 中文说明 */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /** @description 项目支出绩效自评表（SPEC §2，format: jixiao.project-form.v1） */
        ProjectFormDocument: {
            /** @constant */
            format: "jixiao.project-form.v1";
            source?: string;
            origin?: {
                file?: string;
                sheet?: string;
                cells?: {
                    [key: string]: string;
                };
                lines?: {
                    place: string;
                    text: string;
                }[];
                notes?: {
                    /** @enum {string} */
                    code: "PART_MISSING" | "CELL_UNPLACED" | "RULE_UNREAD";
                    place: string;
                    message: string;
                    text?: string;
                }[];
            };
            fiscalYear: string;
            projectName: string;
            competentDepartment: string;
            implementingUnit: string;
            funds: {
                total: {
                    initialBudget: string;
                    annualBudget: string;
                    executed: string;
                    weight: string;
                    executionRate: string;
                    score: string;
                };
                currentYear?: {
                    initialBudget: string;
                    annualBudget: string;
                    executed: string;
                };
                carryOver?: {
                    initialBudget: string;
                    annualBudget: string;
                    executed: string;
                };
                other?: {
                    initialBudget: string;
                    annualBudget: string;
                    executed: string;
                };
                unit?: string;
            };
            goals: {
                planned: string;
                achieved: string;
            };
            indicators: {
                level1: string;
                level2: string;
                name: string;
                target: string;
                actual: string;
                weight: string;
                score: string;
                deviation: string;
                comparator?: string;
                unit?: string;
            }[];
            total: {
                weight: string;
                score: string;
            };
        };
        /** @description 项目清单导入结果 */
        ProjectListImport: {
            /** @description 新增的项目数 */
            added: number;
            /** @description 已在清单中（项目编码相同）而未改动的行数 */
            unchanged: number;
        };
        /** @description 已公开报告列表 */
        PublicReportList: {
            items: components["schemas"]["PublicReportListItem"][];
            total: number;
        };
        /** @description 公开报告列表中的一行 */
        PublicReportListItem: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReportKind"];
            title: string;
            fiscalYear: string;
            departmentName: string;
            revision: number;
            /** @description 总分 */
            total: unknown;
            grade: string | null;
        };
        /** @description 已公开的报告：不含审核意见和用户名 */
        PublicReportView: {
            /**
             * Format: uuid
             * @description 报告编号
             */
            id: string;
            kind: components["schemas"]["ReportKind"];
            state: components["schemas"]["ReportState"];
            /** @description 版本（事件数），即 ETag */
            version: number;
            /** @description 修订次数（公开后重新打开的次数） */
            revision: number;
            /** @description 年度 */
            fiscalYear: string;
            /** @description 主管部门编码 */
            department: string;
            /** @description 主管部门名称 */
            departmentName: string;
            /** @description 标题 */
            title: string;
            /** @description 资金情况（年初预算数、全年预算数、全年执行数等，单位见 unit） */
            funds: unknown;
            /** @description 年度总体目标：planned 预期目标、achieved 实际完成情况 */
            goals: unknown;
            /** @description 预算执行率 */
            execution: {
                /** @description 预算执行率 */
                rate: string | null;
                /** @description 执行率分值 */
                weight: string;
                /** @description 执行率自评得分 */
                score: string | null;
                /** @description 执行率计算得分 */
                computedScore: string | null;
                /** @description 执行率审核得分 */
                reviewScore: string | null;
            };
            /** @description 绩效指标（部门报告先列附件1，再列附件3） */
            indicators: components["schemas"]["Indicator"][];
            /** @description 总分 */
            total: {
                /** @description 自评总分 */
                self: string;
                /** @description 计算总分 */
                computed: string;
                /** @description 审核总分（未调整的取自评分） */
                review: string;
                /** @description 表上填写的总分 */
                printed: string | null;
            };
            /** @description 等级：优、良、中、差 */
            grade: string;
            /** @description 一致性标记 */
            flags: components["schemas"]["Flag"][];
            /** @description 签发时的版本 */
            signedVersion: number | null;
            /** @description 审核通过时的版本 */
            approvedVersion: number | null;
            /** @description 已公开的修订 */
            publishedRevision: number | null;
            /** @description 是否曾经签发 */
            everSignedOff: boolean;
            /** @description 部门报告：附件3 自评表的总分和等级 */
            selfEvaluationForm?: {
                total: {
                    computed: string;
                    printed: string | null;
                } & {
                    [key: string]: unknown;
                };
                grade: string;
            } & {
                [key: string]: unknown;
            };
            /** @description 表上其余印刷内容：项目名称、主管部门、实施单位、部门报告的正文各节等 */
            printed: {
                [key: string]: unknown;
            };
            /** @description 当前用户在此状态下可执行的操作 */
            allowedCommands: string[];
            /** @description 草稿是否因退回而来 */
            returned?: boolean;
        };
        /** @description 就绪探针 */
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not-ready";
            database: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
            redis: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description pending：未执行的迁移 */
            migrations: {
                ok: boolean;
                ms: number;
                error?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description 区划（财政局） */
        Region: {
            /** @description 区划编码，如 340400 */
            code: string;
            /** @description 名称 */
            name: string;
            /** @description 上级区划编码 */
            parentCode: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description 报告两个版本之间的变化（默认自上次退回以来） */
        ReportDiff: {
            /** @description 报告编号 */
            id: string;
            /** @description 起始版本 */
            from: number;
            /** @description 结束版本 */
            to: number;
            taskState: components["schemas"]["TaskState"];
            /** @description 是否为自上次退回以来的变化（未给 from 且曾退回） */
            sinceReturn: boolean;
            /** @description 起始版本之前最近的一次退回 */
            returned: {
                version: number;
                at: string;
                by: string;
            } | null;
            /** @description 最近一次负责人退回 */
            sentBack: {
                version: number;
                comment: string;
                by: string;
                at: string;
            } | null;
            /** @description 两个版本之间不同的单元格 */
            cells: {
                /** @description 位置，如 title、funds.total.executed、indicators.i3.actual */
                path: string;
                /** @description 表上的名称 */
                label: string;
                /** @description 原值 */
                from: string | null;
                /** @description 新值 */
                to: string | null;
            }[];
            /** @description 期间的分值变动 */
            scores: {
                version: number;
                /**
                 * @description self 自评；review 审核调整
                 * @enum {string}
                 */
                kind: "self" | "review";
                indicatorId: string;
                /** @description 原分值 */
                from: string | null;
                /** @description 新分值 */
                to: string;
                /** @description 理由 */
                reason: string;
                by: string;
                role: string;
                at: string;
            }[];
            /** @description 上次退回的意见及其处理 */
            comments: {
                commentId: string;
                indicatorId: string | null;
                body: string;
                by: string;
                role: string;
                at: string;
                replies: {
                    /** @description 所回复的意见编号 */
                    commentId: string;
                    /** @description 回复编号 */
                    replyId: string;
                    /** @description 回复内容 */
                    body: string;
                    /** @description 用户名 */
                    username: string;
                    /** @description 角色 */
                    role: string;
                    /** @description 时间（ISO 8601） */
                    at: string;
                }[];
                /** @description 谁在何时标为已解决；未解决为空 */
                resolved: {
                    /** @description 用户名 */
                    username: string;
                    /** @description 角色 */
                    role: string;
                    /** @description 时间（ISO 8601） */
                    at: string;
                } | null;
                /** @description 是否已回应：有回复，或所指指标已改动 */
                answered: boolean;
            }[];
        };
        /**
         * @description project-form 项目支出绩效自评表；department-report 部门整体支出绩效自评报告
         * @enum {string}
         */
        ReportKind: "project-form" | "department-report";
        /** @description 报告列表 */
        ReportList: {
            items: components["schemas"]["ReportListItem"][];
            /** @description 符合条件的总数；搜索（q）最多数到 1000，更多时 totalCapped 为 true */
            total: number;
            /** @description 搜索结果超过 1000 份：total 为 1000，显示为“1000+” */
            totalCapped: boolean;
            /** @description 页码 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        /** @description 报告列表中的一行 */
        ReportListItem: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReportKind"];
            state: components["schemas"]["ReportState"];
            version: number;
            revision: number;
            /** @description 年度 */
            fiscalYear: string;
            /** @description 主管部门编码 */
            department: string;
            /** @description 主管部门名称 */
            departmentName: string;
            /** @description 标题 */
            title: string;
            /** @description 自评总分与计算总分 */
            total: {
                self: string | null;
                computed: string | null;
            };
            /** @description 等级 */
            grade: string | null;
            /** @description 错误级标记数 */
            errorFlags: number;
            /** @description 已公开的修订 */
            publishedRevision: number | null;
            /** @description 最后修改时间（ISO 8601） */
            updatedAt: string;
            /** @description 是否为退回的草稿（显示为“已退回”） */
            returned: boolean;
        };
        /**
         * @description 状态：draft 草稿、self_scored 已自评待签发、signed_off 已签发待审核、reviewed 已审核、published 已公开
         * @enum {string}
         */
        ReportState: "draft" | "self_scored" | "signed_off" | "reviewed" | "published";
        /** @description 一份自评报告（SPEC §10 GET /api/reports/:id） */
        ReportView: {
            /**
             * Format: uuid
             * @description 报告编号
             */
            id: string;
            kind: components["schemas"]["ReportKind"];
            state: components["schemas"]["ReportState"];
            /** @description 版本（事件数），即 ETag */
            version: number;
            /** @description 修订次数（公开后重新打开的次数） */
            revision: number;
            /** @description 年度 */
            fiscalYear: string;
            /** @description 主管部门编码 */
            department: string;
            /** @description 主管部门名称 */
            departmentName: string;
            /** @description 标题 */
            title: string;
            /** @description 资金情况（年初预算数、全年预算数、全年执行数等，单位见 unit） */
            funds: unknown;
            /** @description 年度总体目标：planned 预期目标、achieved 实际完成情况 */
            goals: unknown;
            /** @description 预算执行率 */
            execution: {
                /** @description 预算执行率 */
                rate: string | null;
                /** @description 执行率分值 */
                weight: string;
                /** @description 执行率自评得分 */
                score: string | null;
                /** @description 执行率计算得分 */
                computedScore: string | null;
                /** @description 执行率审核得分 */
                reviewScore: string | null;
            };
            /** @description 绩效指标（部门报告先列附件1，再列附件3） */
            indicators: components["schemas"]["Indicator"][];
            /** @description 总分 */
            total: {
                /** @description 自评总分 */
                self: string;
                /** @description 计算总分 */
                computed: string;
                /** @description 审核总分（未调整的取自评分） */
                review: string;
                /** @description 表上填写的总分 */
                printed: string | null;
            };
            /** @description 等级：优、良、中、差 */
            grade: string;
            /** @description 一致性标记 */
            flags: components["schemas"]["Flag"][];
            /** @description 审核意见 */
            comments: components["schemas"]["ReviewComment"][];
            /** @description 提交人用户名 */
            submittedBy: string | null;
            /** @description 签发时的版本 */
            signedVersion: number | null;
            /** @description 审核通过时的版本 */
            approvedVersion: number | null;
            /** @description 已公开的修订 */
            publishedRevision: number | null;
            /** @description 是否曾经签发 */
            everSignedOff: boolean;
            /** @description 部门报告：附件3 自评表的总分和等级 */
            selfEvaluationForm?: {
                total: {
                    computed: string;
                    printed: string | null;
                } & {
                    [key: string]: unknown;
                };
                grade: string;
            } & {
                [key: string]: unknown;
            };
            /** @description 表上其余印刷内容：项目名称、主管部门、实施单位、部门报告的正文各节等 */
            printed: {
                [key: string]: unknown;
            };
            /** @description 当前用户在此状态下可执行的操作 */
            allowedCommands: string[];
            /** @description 草稿是否因退回而来 */
            returned?: boolean;
        };
        /** @description 审核意见或退回意见 */
        ReviewComment: {
            /** @description 意见编号 */
            commentId: string;
            /** @description 所针对的指标编号；为空表示针对整份报告 */
            indicatorId: string | null;
            /** @description 意见内容 */
            body: string;
            /** @description 提出意见时的修订 */
            revision: number;
            /** @description 是否随退回提出 */
            returned: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description 角色：preparer 填表人、head 单位负责人、reviewer 财政审核人、auditor 审计、admin 管理员
         * @enum {string}
         */
        Role: "preparer" | "head" | "reviewer" | "auditor" | "admin";
        /** @description 一次分值变动 */
        ScoreChange: {
            position: string;
            /** @description 所属报告 */
            report: {
                /** Format: uuid */
                id: string;
                title: string;
                revision: number;
                fiscalYear: string;
                department: string;
                departmentName: string | null;
            };
            /** @description 指标 */
            indicator: {
                id: string;
                name: string | null;
            };
            /** @description 原分值 */
            from: string | null;
            /** @description 新分值 */
            to: string | null;
            /** @description 修改人 */
            actor: {
                username: string | null;
                role: string | null;
                department: string | null;
            };
            /** @description 时间（ISO 8601） */
            at: string;
            /** @description 理由 */
            reason: string | null;
            /**
             * @description self 自评、reviewer 审核调整、system 重新计算
             * @enum {string}
             */
            source: "self" | "reviewer" | "system";
        };
        /** @description 分值变动列表 */
        ScoreChangeList: {
            items: components["schemas"]["ScoreChange"][];
            total: number;
            /** @description 页码 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
        };
        /** @description 登录结果 */
        Session: {
            /** @description 访问令牌，作为 Authorization: Bearer … 发送，有效 12 小时 */
            accessToken: string;
            user: components["schemas"]["User"];
        };
        /** @description 一次登录尝试 */
        SignIn: {
            id: string;
            at: string;
            username: string;
            /** @description 来源地址 */
            address: string;
            /**
             * @description success 成功、failure 失败、locked 被限制
             * @enum {string}
             */
            outcome: "success" | "failure" | "locked";
            /** @description 用户名是否存在 */
            known: boolean;
        };
        /** @description 登录记录 */
        SignInList: {
            items: components["schemas"]["SignIn"][];
            total: number;
        };
        /** @description 统计 */
        Statistics: {
            /** @description 年度；为空表示全部年度 */
            fiscalYear: string | null;
            /** @description 所统计的区划（含其下级区划）；为空表示全部（仅限不受区划限制的账号） */
            region: {
                code: string;
                name: string;
            } | null;
            /** @description 本账号统计的起点区划；为空表示全部区划（不受区划限制的账号） */
            home: {
                code: string;
                name: string;
            } | null;
            /** @description 从起点（不含）到所统计区划（含）的各级区划，自上而下，用于逐级返回 */
            trail: {
                code: string;
                name: string;
            }[];
            overall: {
                /** @description 报告数 */
                reports: number;
                /** @description 各状态的报告数 */
                byState: {
                    [key: string]: number;
                };
                /** @description 平均计算总分 */
                averageComputedTotal: string | null;
                /** @description 各等级的报告数 */
                grades: {
                    [key: string]: number;
                };
                /** @description 有错误级标记的报告数 */
                withErrorFlags: number;
                funds: {
                    /** @description 全年预算数合计（万元） */
                    annualBudget: string | null;
                    /** @description 全年执行数合计（万元） */
                    executed: string | null;
                    /** @description 预算执行率 */
                    executionRate: string | null;
                };
            };
            /** @description 各下级区划（有可见报告的），数字为其整个辖区的合计 */
            regions: {
                /** @description 报告数 */
                reports: number;
                /** @description 各状态的报告数 */
                byState: {
                    [key: string]: number;
                };
                /** @description 平均计算总分 */
                averageComputedTotal: string | null;
                /** @description 各等级的报告数 */
                grades: {
                    [key: string]: number;
                };
                /** @description 有错误级标记的报告数 */
                withErrorFlags: number;
                funds: {
                    /** @description 全年预算数合计（万元） */
                    annualBudget: string | null;
                    /** @description 全年执行数合计（万元） */
                    executed: string | null;
                    /** @description 预算执行率 */
                    executionRate: string | null;
                };
                /** @description 下级区划编码 */
                region: string;
                /** @description 下级区划名称 */
                regionName: string;
                /** @description 该区划（含其下级）有可见报告的主管部门数 */
                departments: number;
            }[];
            /** @description 各主管部门，按编码排序的一页 */
            departments: {
                /** @description 报告数 */
                reports: number;
                /** @description 各状态的报告数 */
                byState: {
                    [key: string]: number;
                };
                /** @description 平均计算总分 */
                averageComputedTotal: string | null;
                /** @description 各等级的报告数 */
                grades: {
                    [key: string]: number;
                };
                /** @description 有错误级标记的报告数 */
                withErrorFlags: number;
                funds: {
                    /** @description 全年预算数合计（万元） */
                    annualBudget: string | null;
                    /** @description 全年执行数合计（万元） */
                    executed: string | null;
                    /** @description 预算执行率 */
                    executionRate: string | null;
                };
                department: string;
                departmentName: string | null;
            }[];
            /** @description 有可见报告的主管部门总数 */
            departmentsTotal: number;
            /** @description 页码 */
            page: number;
            /** @description 每页主管部门数 */
            pageSize: number;
        };
        /** @description 任务已关联报告 */
        TaskAttached: {
            /** @description 任务编号 */
            taskId: string;
            /** @description 所关联的报告编号 */
            reportId: string;
        };
        /**
         * @description 任务状态：not_started 未开始、drafting 填报中、returned 已退回、sent_back 已退回（负责人）、awaiting_sign_off 待签发、awaiting_review 待审核、reviewed 已审核、published 已公开
         * @enum {string}
         */
        TaskState: "not_started" | "drafting" | "returned" | "sent_back" | "awaiting_sign_off" | "awaiting_review" | "reviewed" | "published";
        /** @description 实施单位 */
        Unit: {
            /** @description 单位编码 */
            code: string;
            /** @description 名称 */
            name: string;
            /** @description 所属主管部门编码 */
            departmentCode?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description 当前登录账号 */
        User: {
            /** @description 用户名 */
            username: string;
            role: components["schemas"]["Role"];
            /** @description 所属单位（主管部门）编码：填表人、单位负责人 */
            department: string | null;
            /** @description 所属区划编码：财政审核人、审计、限定区划的管理员 */
            region: string | null;
            /** @description 电子邮箱 */
            email: string | null;
            /** @description 姓名 */
            displayName: string;
            /** @description 是否须先修改密码（新建或重置后） */
            mustChangePassword: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 登录成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIGN_IN_THROTTLED：登录失败次数过多，按 Retry-After 秒后再试 */
            429: {
                headers: {
                    /** @description 多少秒后可再试 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已退出 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current: string;
                    next: string;
                };
            };
        };
        responses: {
            /** @description 已修改，附新令牌 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReports: {
        parameters: {
            query?: {
                fiscalYear?: string;
                department?: string;
                state?: "draft" | "self_scored" | "signed_off" | "reviewed" | "published";
                kind?: "project-form" | "department-report";
                grade?: "优" | "良" | "中" | "差";
                hasErrors?: "true" | "false";
                q?: string;
                sort?: "updatedAt" | "-updatedAt" | "title" | "-title" | "total" | "-total" | "fiscalYear" | "-fiscalYear";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报告列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProjectFormDocument"] | components["schemas"]["DepartmentReportDocument"];
                "multipart/form-data": {
                    /** @description 填好的自评表 XLSX */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 同一文件已导入本单位本年度：返回首次导入的报告 */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedReport"];
                };
            };
            /** @description 已新建草稿 */
            201: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    /** @description 新报告的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedReport"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报告 */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchReportsId: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    funds?: {
                        [key: string]: unknown;
                    };
                    goals?: {
                        planned: string;
                        achieved: string;
                    };
                    total?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryLine"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportsIdIndicatorsIndicatorId: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 指标编号（字母、数字、- 和 _，最长 64 个字符）；新的编号即新增一条指标 */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    level1: string;
                    level2: string;
                    name: string;
                    /** @default  */
                    target?: string;
                    /** @default  */
                    actual?: string;
                    weight: string;
                    score?: string | number;
                    /** @default  */
                    deviation?: string;
                    comparator?: string;
                    unit?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReportsIdIndicatorsIndicatorId: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 指标编号（字母、数字、- 和 _，最长 64 个字符）；新的编号即新增一条指标 */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportsIdIndicatorsIndicatorIdScore: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 指标编号（字母、数字、- 和 _，最长 64 个字符）；新的编号即新增一条指标 */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: string | number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdAcceptSum: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    table?: "form" | "rules";
                };
            };
        };
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 意见列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentThread"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdComments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 可选：报告当前版本的 ETag；给出时版本过期答 412 */
                "If-Match"?: string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    indicatorId?: string | null;
                    body: string;
                };
            };
        };
        responses: {
            /** @description 修改后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdSubmit: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdWithdraw: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdSignOff: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdSendBack: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdReturn: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comments: {
                        indicatorId?: string | null;
                        body: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdApprove: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdPublish: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdRevisions: {
        parameters: {
            query?: never;
            header: {
                /** @description 必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412 */
                "If-Match": string;
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 转换后的报告（与 GET 相同） */
            200: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match 与报告当前版本不符（/problems/stale-version，附 currentVersion） */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 自评不能提交（/problems/submission-blocked，errors[] 列出须先处理的问题） */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 缺少 If-Match 头（状态转换必须带上报告当前版本的 ETag） */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文档列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLink"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsIdDocumentsFormat: {
        parameters: {
            query?: {
                /** @description 报告版本；不填为最新 */
                version?: string;
            };
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 文档格式 */
                format: "xlsx" | "docx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文档文件 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicReportsIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文档列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLink"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicReportsIdDocumentsFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 文档格式 */
                format: "xlsx" | "docx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文档文件 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplatesProjectFormXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 空白模板 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicReports: {
        parameters: {
            query?: {
                fiscalYear?: string;
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已公开报告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportList"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicReportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已公开的报告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportView"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description 年度，如 2024；不填为全部年度 */
                fiscalYear?: string;
                /** @description 区划编码：只统计该区划及其下级区划；不填为本账号所属区划（不受区划限制的账号为全部） */
                region?: string;
                /** @description 主管部门表的页码，从 1 开始 */
                page?: number;
                /** @description 主管部门表每页条数，默认 50，最多 200 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistics"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScoreChanges: {
        parameters: {
            query?: {
                fiscalYear?: string;
                department?: string;
                actor?: string;
                reportId?: string;
                source?: "self" | "reviewer" | "system";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 分值变动 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreChangeList"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 正常或降级 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 就绪 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未就绪 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 进程存活 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminRegions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    parentCode?: string | null;
                };
            };
        };
        responses: {
            /** @description 已新增 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    regionCode?: string | null;
                };
            };
        };
        responses: {
            /** @description 已新增 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminUnits: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    departmentCode?: string | null;
                };
            };
        };
        responses: {
            /** @description 已新增 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                q?: string;
                role?: "preparer" | "head" | "reviewer" | "auditor" | "admin";
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"][];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "preparer" | "head" | "reviewer" | "auditor" | "admin";
                    department?: string | null;
                    region?: string | null;
                    email?: string | null;
                };
            };
        };
        responses: {
            /** @description 已新建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAccount"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminUsersUsername: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 用户名 */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    role?: "preparer" | "head" | "reviewer" | "auditor" | "admin";
                    department?: string | null;
                    region?: string | null;
                    email?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description 修改后的账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminUsersUsernameResetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 用户名 */
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一次性密码，只显示这一次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description 按模板填写的组织与账号 XLSX（区划、单位、用户三张表） */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 每行的结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationImport"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED：同一 Idempotency-Key 已用于内容不同的另一请求（请求体或上传的文件不同） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplatesOrganisationXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 空白模板 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminAudit: {
        parameters: {
            query?: {
                username?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 变动记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLine"][];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminSignIns: {
        parameters: {
            query?: {
                username?: string;
                outcome?: "success" | "failure" | "locked";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 登录记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInList"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 自评任务 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"][];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCampaigns: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fiscalYear: string;
                    title: string;
                    region: string;
                    selfEvaluationDue: string;
                    reviewDue: string;
                    departments: "all" | string[];
                    departmentReports: boolean;
                };
            };
        };
        responses: {
            /** @description 已发起 */
            201: {
                headers: {
                    /** @description 新报告的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与任务现状冲突（/problems/campaign-conflict），如任务已开始、报告已关联到另一项任务；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 自评任务 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignsIdTasks: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 任务列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTaskList"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCampaignsIdProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projects: {
                        code?: string | number;
                        name?: string | number;
                        department?: string | number;
                        implementingUnit?: string | number;
                        initialBudget?: string | number;
                        annualBudget?: string | number;
                        executed?: string | number;
                        executionWeight?: string | number;
                    }[];
                };
                "multipart/form-data": {
                    /** @description 按项目清单模板填写的 XLSX */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 已导入 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListImport"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与任务现状冲突（/problems/campaign-conflict），如任务已开始、报告已关联到另一项任务；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCampaignsIdTasksTaskIdStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
                /** @description 任务编号（UUID） */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 新建的草稿（与 GET /api/reports/{id} 相同） */
            201: {
                headers: {
                    /** @description 报告版本，如 "5"；状态转换时作为 If-Match 发回 */
                    ETag?: string;
                    /** @description 新报告的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与任务现状冲突（/problems/campaign-conflict），如任务已开始、报告已关联到另一项任务；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCampaignsIdTasksTaskIdAttach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
                /** @description 任务编号（UUID） */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reportId: string;
                };
            };
        };
        responses: {
            /** @description 已关联 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAttached"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 与任务现状冲突（/problems/campaign-conflict），如任务已开始、报告已关联到另一项任务；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignsIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 进度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgress"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignsIdSummaryXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 自评任务编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 汇总表 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplatesProjectListXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 空白模板 */
            200: {
                headers: {
                    /** @description 下载文件名（UTF-8） */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 待办 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 通知 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 通知编号（数字） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已读 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRead"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 标记的条数与余下的未读数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsReadAll"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdCommentsCommentIdReplies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 意见编号 */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description 回复后的意见 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentThread"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsIdCommentsCommentIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
                /** @description 意见编号 */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已解决的意见 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentThread"];
                };
            };
            /** @description 请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 当前状态不允许此操作（/problems/illegal-transition，附 state、allowedCommands）；或 IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    command: "approve" | "publish";
                    items: {
                        id: string;
                        version: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 逐项结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResult"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsIdDiff: {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                /** @description 报告编号（UUID） */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 变化 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDiff"];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 不存在，或对本用户不可见（/problems/not-found） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description 多个 .json/.xlsx/.docx 文件或一个 .zip（每个文件最大 5 MB，最多 100 个） */
                    files: string[];
                };
            };
        };
        responses: {
            /** @description 每张自评表的结果 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkImportResult"][];
                };
            };
            /** @description 输入无效（/problems/invalid-input，errors[] 逐项指出字段）；或请求体不是合法 JSON、含不可见控制字符 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录，或令牌已失效（已退出、账号变更或停用） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权操作（/problems/forbidden）；或 PASSWORD_CHANGE_REQUIRED：须先修改密码 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求体或上传文件过大（上限 5 MB） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据库暂不可用（/problems/database-unavailable），请求未完成，可重试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
