import { loadSession, clearSession } from '../session/storage';

export interface ProblemItem {
  path: string;
  message: string;
  code?: string;
}

export interface Problem {
  status: number;
  title: string;
  detail: string;
  errors: ProblemItem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

interface Options {
  method?: string;
  body?: unknown;
  ifMatch?: number;
  anonymous?: boolean;
  idempotencyKey?: string;
}

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const session = options.anonymous ? null : loadSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`/api${path}`, { method: options.method ?? 'GET', headers, body });
  if (response.status === 401 && session) {
    clearSession();
    window.location.assign('/login');
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(toProblem(response.status, payload));
  return payload as T;
}

function toProblem(status: number, payload: any): Problem {
  return {
    status,
    title: payload?.title ?? `请求失败（${status}）`,
    detail: payload?.detail ?? payload?.message ?? '',
    errors: Array.isArray(payload?.errors) ? payload.errors : [],
  };
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const { title, detail, errors } = error.problem;
    const lines = errors.length ? errors.map((e) => e.message).join('；') : detail;
    return lines && lines !== title ? `${title}：${lines}` : title;
  }
  return '网络错误，请稍后重试';
}
