import { signInFailures, signInLockouts } from '@jixiao/observability';
import type { Pool } from 'pg';

/** SPEC §16: 5 failures for one username, or 30 from one address, within 15 minutes lock sign-in out. */
export const THROTTLE = { window: '15 minutes', perUsername: 5, perAddress: 30 } as const;

// The window ends when the oldest failure that makes up the limit is 15 minutes old. A success resets the username's
// count (its failures before it do not count), not the address's.
const LOCKED_FOR = `
  WITH by_username AS (
    SELECT at FROM sign_ins
    WHERE username = $1 AND outcome = 'failure' AND at > now() - $3::interval
      AND at > COALESCE((SELECT max(at) FROM sign_ins WHERE username = $1 AND outcome = 'success'), '-infinity')
    ORDER BY at DESC OFFSET ${THROTTLE.perUsername - 1} LIMIT 1
  ), by_address AS (
    SELECT at FROM sign_ins
    WHERE address = $2 AND outcome = 'failure' AND at > now() - $3::interval
    ORDER BY at DESC OFFSET ${THROTTLE.perAddress - 1} LIMIT 1
  )
  SELECT ceil(extract(epoch FROM GREATEST((SELECT at FROM by_username), (SELECT at FROM by_address)) + $3::interval - now()))::int AS seconds`;

/** Seconds until sign-in is allowed again for this username from this address; 0 when it is. */
export async function lockedFor(pool: Pool, username: string, address: string): Promise<number> {
  const { rows } = await pool.query(LOCKED_FOR, [username, address, THROTTLE.window]);
  return Math.max(0, rows[0].seconds ?? 0);
}

export type SignInOutcome = 'success' | 'failure' | 'locked';

export async function recordSignIn(pool: Pool, username: string, address: string, outcome: SignInOutcome, known: boolean): Promise<void> {
  await pool.query('INSERT INTO sign_ins (username, address, outcome, known) VALUES ($1, $2, $3, $4)', [username, address, outcome, known]);
  if (outcome === 'failure') signInFailures.inc();
  if (outcome === 'locked') signInLockouts.inc();
}
