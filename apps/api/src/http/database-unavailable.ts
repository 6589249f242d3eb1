/**
 * A lost database connection (a restart, `pg_terminate_backend`, the server refusing new ones) is the server's
 * temporary state, not the request's fault: 503, and the next request reconnects (SPEC §19).
 */
const CODES = /^(57P0[1-3]|08\d{3}|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/;
const MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed/i;

/** TypeORM releases a query runner whose connection failed; its next query says so under this name. */
const RELEASED = 'QueryRunnerAlreadyReleasedError';

export function isDatabaseUnavailable(error: unknown): boolean {
  if ((error as { name?: unknown })?.name === RELEASED) return true;
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CODES.test(code)) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    cause = (cause as { driverError?: unknown; cause?: unknown }).driverError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
