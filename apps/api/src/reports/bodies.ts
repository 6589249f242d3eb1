import { z } from 'zod';

const text = (max = 2000) => z.string().max(max);
const required = (max = 2000) => z.string().trim().min(1, '不能为空').max(max);

export const IndicatorBody = z.strictObject({
  level1: text(100),
  level2: text(100),
  name: required(500),
  target: text(500).default(''),
  actual: text(500).default(''),
  weight: text(20),
  score: z.union([text(20), z.number().transform(String)]).default(''),
  deviation: text().default(''),
  comparator: text(10).optional(),
  unit: text(20).optional(),
  reason: text(500).optional(),
});

export const ScoreBody = z.strictObject({
  score: z.union([z.string().max(20), z.number().transform(String)]),
  reason: required(500),
});

export const DetailsBody = z
  .strictObject({
    title: required(500).optional(),
    funds: z.record(z.string(), z.unknown()).optional(),
    goals: z.strictObject({ planned: text(5000), achieved: text(5000) }).optional(),
    total: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: '至少需要修改一个字段：title、funds、goals 或 total' });

export const AcceptSumBody = z.strictObject({ table: z.enum(['form', 'rules']).optional() });
export const SendBackBody = z.strictObject({ comment: required(2000) });
export const CommentBody = z.strictObject({ indicatorId: z.string().max(64).nullish(), body: required(2000) });
export const ReturnBody = z.strictObject({
  comments: z.array(z.strictObject({ indicatorId: z.string().max(64).nullish(), body: required(2000) })).min(1, '至少一条审核意见'),
});
export const RevisionBody = z.strictObject({ reason: required(2000) });
export const EmptyBody = z.strictObject({});

export const ListQuery = z.strictObject({
  fiscalYear: z.string().max(10).optional(),
  department: z.string().max(100).optional(),
  state: z.enum(['draft', 'self_scored', 'signed_off', 'reviewed', 'published']).optional(),
  kind: z.enum(['project-form', 'department-report']).optional(),
  grade: z.enum(['优', '良', '中', '差']).optional(),
  hasErrors: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['updatedAt', '-updatedAt', 'title', '-title', 'total', '-total', 'fiscalYear', '-fiscalYear']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
