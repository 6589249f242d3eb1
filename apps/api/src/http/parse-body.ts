import { InvalidInput, Problem } from '@jixiao/domain';
import type { z } from 'zod';

export function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: `不允许的字段 ${key}` }));
    }
    return [{ path: base || '(body)', message: describe(issue) }];
  });
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return (issue as { input?: unknown }).input === undefined ? '缺少必填字段' : `类型错误，应为 ${issue.expected}`;
  }
  return issue.message;
}

export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new InvalidInput(zodProblems(parsed.error));
  return parsed.data;
}
