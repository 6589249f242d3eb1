import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Config } from './config';

const NAME = 'jwt_secret';

/**
 * JWT_SECRET when set (required in production); otherwise the secret the first start generated and kept in the
 * database, so there is no built-in secret anyone could sign with (SPEC §13). Two processes starting at once each
 * offer a random one; the first insert wins and both read it back in a statement of its own.
 */
export async function jwtSecretOf(config: Config, pool: Pool): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  await pool.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    NAME, randomBytes(48).toString('base64url'),
  ]);
  const { rows } = await pool.query('SELECT value FROM settings WHERE name = $1', [NAME]);
  return rows[0].value;
}
