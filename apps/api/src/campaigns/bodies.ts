import { z } from 'zod';

export const OpenCampaignBody = z.strictObject({
  fiscalYear: z.string({ error: '年度应为文本，如 "2024"' }),
  title: z.string({ error: '任务名称应为文本' }).max(200, '任务名称最长 200 个字符'),
  region: z.string({ error: '区划编码应为文本' }),
  selfEvaluationDue: z.string({ error: '自评截止日期应为 YYYY-MM-DD' }),
  reviewDue: z.string({ error: '审核截止日期应为 YYYY-MM-DD' }),
  departments: z.union([z.literal('all'), z.array(z.string()).max(10000)], { error: '单位应为单位编码的数组或 "all"' }),
  departmentReports: z.boolean({ error: '是否包含部门整体自评应为 true 或 false' }),
});

const cell = z.union([z.string().max(500), z.number()]).optional();

export const ProjectListBody = z.strictObject({
  projects: z.array(z.strictObject({
    code: cell, name: cell, department: cell, implementingUnit: cell,
    initialBudget: cell, annualBudget: cell, executed: cell, executionWeight: cell,
  })).max(100000),
});

export const AttachBody = z.strictObject({ reportId: z.string({ error: '应给出要关联的报告编号' }) });
