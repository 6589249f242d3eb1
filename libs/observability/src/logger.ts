import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Never logged, wherever they appear in a logged object: credentials, tokens, and the content of forms and files.
 * Request and job lines are built field by field (see http-observer.ts, the worker's processor), so a body is never
 * passed to the logger to begin with; these paths are the second line of defence.
 */
export const REDACTED_PATHS = [
  'password', '*.password', 'newPassword', '*.newPassword', 'token', '*.token', 'accessToken', '*.accessToken',
  'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization', 'req.headers.cookie',
  'body', '*.body', 'document', '*.document', 'data.document',
];

export interface LoggerSetup {
  /** Where lines go (tests pass a stream); by default stdout, pretty-printed when it is a terminal. */
  destination?: DestinationStream;
  level?: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loggerOptions(service: string, level = process.env.LOG_LEVEL?.trim() || 'info'): LoggerOptions {
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL: 未知的日志级别 "${level}"，可用：${LOG_LEVELS.join('、')}`);
  return {
    level,
    base: { service },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
}

/** pino-pretty when stdout is a terminal (and the package is installed), else one JSON line per entry. */
export function prettyTransport(): LoggerOptions['transport'] | undefined {
  if (!process.stdout.isTTY || process.env.LOG_FORMAT === 'json') return undefined;
  try {
    require.resolve('pino-pretty');
    return { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } };
  } catch {
    return undefined;
  }
}

/** A JSON logger for `service` (api, worker, cli) at LOG_LEVEL (default info). */
export function createLogger(service: string, setup: LoggerSetup = {}): Logger {
  const options = loggerOptions(service, setup.level);
  if (setup.destination) return pino(options, setup.destination);
  const transport = prettyTransport();
  return transport ? pino({ ...options, transport }) : pino(options);
}
