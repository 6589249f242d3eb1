import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Options } from 'pino-http';
import { activeTraceparent, commandDuration, commandsTotal, httpRequestDuration } from '@jixiao/observability';
import { RequestFacts, requestFacts } from './request-context';

type ObservedRequest = Request & { correlationId?: string; actor?: { username: string; role: string }; facts?: RequestFacts };

const REPORT_PATH = /^\/api(?:\/public)?\/reports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/;
/** Commands that do not go through the command bus, named by their route. */
const ROUTE_COMMANDS: Record<string, string> = { 'POST /api/reports': 'DraftReport' };
const QUIET_ROUTES = new Set(['/api/health/live', '/api/health/ready', '/api/metrics']);

/** The caller's X-Correlation-Id, else (tracing on) the request span's traceparent, else a fresh UUID. */
export const correlationIdOf = (req: ObservedRequest): string =>
  (req.correlationId ??= req.header('x-correlation-id')?.slice(0, 100) || activeTraceparent() || randomUUID());

const routeOf = (req: Request) => (req.route?.path as string | undefined) ?? 'unmatched';
const pathOf = (req: Request) => (req.originalUrl ?? req.url).split('?')[0];

/**
 * Runs each request in its own facts context, notes the problem code of a refusal (from the problem+json body the
 * problem filter sends), and times it into jixiao_http_request_duration_seconds by route pattern and status.
 */
export function observeRequests(req: ObservedRequest, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const facts: RequestFacts = {};
  req.facts = facts;
  correlationIdOf(req);
  const send = res.send.bind(res);
  res.send = ((body?: unknown) => {
    if (typeof body === 'string' && String(res.getHeader('content-type') ?? '').includes('problem+json')) {
      try {
        const problem = JSON.parse(body) as { code?: string; type?: string };
        facts.problem = problem.code ?? problem.type?.replace(/^\/problems\//, '');
      } catch {
        // not JSON after all: no code to note
      }
    }
    return send(body as never);
  }) as Response['send'];
  res.on('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(req);
    httpRequestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
    const command = ROUTE_COMMANDS[`${req.method} ${route}`];
    if (command && !facts.command) {
      facts.command = command;
      commandsTotal.inc({ command, outcome: res.statusCode < 400 ? 'ok' : facts.problem ?? `http-${res.statusCode}` });
      commandDuration.observe({ command }, seconds);
    }
  });
  requestFacts.run(facts, next);
}

/**
 * pino-http settings for one JSON line per request: correlation id, actor, report, command, status, problem code and
 * duration, and nothing of the request's headers or body (no token, no password, no form content).
 */
export function requestLogOptions(): Options {
  const line = (req: ObservedRequest, res: Response, responseTime: number) => {
    const facts = req.facts ?? {};
    return {
      method: req.method,
      route: routeOf(req),
      path: pathOf(req),
      status: res.statusCode,
      durationMs: responseTime,
      ...(req.actor ? { actor: { username: req.actor.username, role: req.actor.role } } : {}),
      ...(facts.reportId ?? REPORT_PATH.exec(pathOf(req))?.[1] ? { reportId: facts.reportId ?? REPORT_PATH.exec(pathOf(req))?.[1] } : {}),
      ...(facts.command ? { command: facts.command } : {}),
      ...(facts.problem ? { problem: facts.problem } : {}),
    };
  };
  return {
    genReqId: (req) => correlationIdOf(req as ObservedRequest),
    customAttributeKeys: { reqId: 'correlationId' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return QUIET_ROUTES.has(pathOf(req as Request)) ? 'debug' : 'info';
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value: { responseTime: number }) => line(req as ObservedRequest, res as Response, value.responseTime),
    customErrorObject: (req, res, error, value: { responseTime: number }) =>
      ({ ...line(req as ObservedRequest, res as Response, value.responseTime), error: error.message }),
    serializers: { req: () => undefined, res: () => undefined, err: (error: Error) => ({ type: error.name, message: error.message }) },
  };
}
