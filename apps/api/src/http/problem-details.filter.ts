import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { IllegalTransition, InvalidInput, RoleNotPermitted, SubmissionBlocked } from '@jixiao/domain';
import { StaleVersion } from '@jixiao/event-store';
import { ReportNotFound } from '@jixiao/reports';
import { UploadRefused } from '@jixiao/intake';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

const problem = (status: number, slug: string, title: string, detail: string, extra: object = {}): Problem =>
  ({ type: `/problems/${slug}`, title, status, detail, ...extra });

export function toProblem(error: unknown): Problem | null {
  if (error instanceof InvalidInput) return problem(400, 'invalid-input', '输入无效', error.message, { errors: error.problems });
  if (error instanceof RoleNotPermitted) return problem(403, 'forbidden', '无权操作', error.message);
  if (error instanceof ReportNotFound) return problem(404, 'not-found', '报告不存在', error.message);
  if (error instanceof IllegalTransition) {
    return problem(409, 'illegal-transition', '当前状态不允许此操作', error.message, { state: error.state, allowed: error.allowed });
  }
  if (error instanceof StaleVersion) {
    return problem(412, 'stale-version', '版本已过期', `${error.message}；请重新读取报告后再操作`, {
      currentVersion: error.actualVersion,
    });
  }
  if (error instanceof SubmissionBlocked) return problem(422, 'submission-blocked', '自评不能提交', error.message, { errors: error.problems });
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
  return problem(status, `http-${status}`, error.name.replace(/Exception$/, ''), detail);
}

function fromBodyParser(error: unknown): Problem | null {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  if (type === 'entity.parse.failed') {
    return problem(400, 'malformed-json', '请求体不是合法的 JSON', String((error as Error).message), {
      errors: [{ path: '(body)', message: 'JSON 格式错误' }],
    });
  }
  if (type === 'entity.too.large') return problem(413, 'too-large', '请求体过大', '请求体超过大小上限');
  if (typeof status === 'number' && status >= 400 && status < 500) return problem(status, `http-${status}`, '请求错误', String(error));
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
      body = problem(500, 'internal', '服务器内部错误', '请求未能完成，已记录日志', { correlationId: request.correlationId });
    }
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
