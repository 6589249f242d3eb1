import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { IllegalTransition, InvalidInput, RoleNotPermitted, SubmissionBlocked } from '@jixiao/domain';
import { StaleVersion } from '@jixiao/event-store';
import { ReportNotFound } from '@jixiao/reports';
import { isDatabaseUnavailable } from './database-unavailable';
import { IdempotencyKeyReused } from './idempotency-key-reused';
import { multipartProblem } from './multipart';
import { CampaignConflict } from '@jixiao/domain';
import { CampaignNotFound } from '@jixiao/campaigns';
import { UploadRefused } from '@jixiao/intake';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

/** A person reads the title: Chinese for every status the API sends (codes and paths stay in the other fields). */
const TITLES: Record<number, string> = {
  400: '请求无效', 401: '未登录', 403: '无权操作', 404: '不存在', 405: '不支持的请求方法', 406: '无法提供所需格式',
  408: '请求超时', 409: '与当前状态冲突', 410: '已不存在', 411: '缺少请求长度', 412: '版本已过期', 413: '请求体过大',
  414: '请求地址过长', 415: '不支持的内容类型', 416: '请求范围无效', 422: '无法处理的内容', 428: '缺少前提条件',
  429: '请求过于频繁', 431: '请求头过大', 500: '服务器内部错误', 501: '尚未实现', 502: '上游服务错误',
  503: '服务暂不可用', 504: '上游服务超时',
};
export const titleOf = (status: number) => TITLES[status] ?? (status < 500 ? '请求错误' : '服务器错误');

const problem = (status: number, slug: string, title: string, detail: string, extra: object = {}): Problem =>
  ({ type: `/problems/${slug}`, title, status, detail, ...extra });

export function toProblem(error: unknown): Problem | null {
  if (error instanceof InvalidInput) return problem(400, 'invalid-input', '输入无效', error.message, { errors: error.problems });
  if (error instanceof RoleNotPermitted) return problem(403, 'forbidden', '无权操作', error.message);
  if (error instanceof ReportNotFound) return problem(404, 'not-found', '报告不存在', error.message);
  if (error instanceof IllegalTransition) {
    return problem(409, 'illegal-transition', '当前状态不允许此操作', error.message, { state: error.state, allowed: error.allowed, allowedCommands: error.allowed });
  }
  if (error instanceof StaleVersion) {
    const current = error.actualVersion === null ? {} : { currentVersion: error.actualVersion };
    return problem(412, 'stale-version', '版本已过期', `${error.message}；请重新读取报告后再操作`, current);
  }
  if (error instanceof IdempotencyKeyReused) {
    return problem(409, 'idempotency-key-reused', '幂等键已被另一请求使用', error.message, {
      code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ path: 'Idempotency-Key', message: error.message }],
    });
  }
  if (isDatabaseUnavailable(error)) {
    return problem(503, 'database-unavailable', titleOf(503), '数据库连接中断，请求未完成；请稍后重试');
  }
  if (error instanceof SubmissionBlocked) return problem(422, 'submission-blocked', '自评不能提交', error.message, { errors: error.problems });
  if (error instanceof CampaignNotFound) return problem(404, 'not-found', '不存在', error.message);
  if (error instanceof CampaignConflict) return problem(409, 'campaign-conflict', '与任务现状冲突', error.message);
  if (error instanceof UploadRefused) {
    return problem(error.status, error.status === 413 ? 'upload-too-large' : 'invalid-upload', error.status === 413 ? '上传文件过大' : '上传文件无效',
      error.message, { errors: [{ path: error.path, message: error.message }] });
  }
  if (error instanceof HttpException) return fromHttpException(error);
  return fromBodyParser(error);
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  const multipart = status === 400 || status === 413 ? multipartProblem(detail) : null;
  if (multipart) return problem(status, 'invalid-multipart', titleOf(status), multipart.message, { errors: [multipart] });
  // A machine-readable code and a title, when the thrower gave them (e.g. PASSWORD_CHANGE_REQUIRED).
  const { code, title } = (typeof response === 'object' ? response : {}) as { code?: unknown; title?: unknown };
  const extra = typeof code === 'string' ? { code } : {};
  return problem(status, `http-${status}`, typeof title === 'string' ? title : titleOf(status), detail, extra);
}

function fromBodyParser(error: unknown): Problem | null {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  if (type === 'entity.parse.failed') {
    return problem(400, 'malformed-json', '请求体不是合法的 JSON', String((error as Error).message), {
      errors: [{ path: '(body)', message: 'JSON 格式错误' }],
    });
  }
  if (type === 'entity.utf8.invalid') {
    return problem(400, 'invalid-utf8', titleOf(400), (error as Error).message, {
      errors: [{ path: '(body)', message: (error as Error).message }],
    });
  }
  if (type === 'entity.too.large') return problem(413, 'too-large', '请求体过大', '请求体超过大小上限');
  if (typeof status === 'number' && status >= 400 && status < 500) return problem(status, `http-${status}`, titleOf(status), String(error));
  return null;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest();
    let body = toProblem(error);
    if (!body) {
      this.logger.error(`${request.method} ${request.url} [${request.correlationId ?? '-'}]`, (error as Error)?.stack ?? String(error));
      body = problem(500, 'internal', titleOf(500), '请求未能完成，已记录日志', { correlationId: request.correlationId });
    }
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
