import type { z } from 'zod';

export interface Problem {
  path: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = { string: '文本', number: '数字', boolean: '是或否', object: '对象', array: '列表' };

/**
 * The one reading of a zod issue as a problem people read (SPEC: bad input names the field, in Chinese): an unknown
 * key is named by its own path, a missing field says so, a wrong type names the expected one. `root` names the whole.
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], root: string, prefix: readonly string[] = []): Problem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: `不允许的字段 ${key}` }));
    }
    if (issue.code === 'invalid_type') {
      const missing = (issue as { input?: unknown }).input === undefined;
      return [{ path: path || root, message: missing ? '缺少必填字段' : `类型错误：应为${TYPE_NAMES[issue.expected] ?? issue.expected}` }];
    }
    return [{ path: path || root, message: issue.message }];
  });
}
