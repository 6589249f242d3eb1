import type { Pool } from 'pg';
import { emptyOrganisation, evolveOrganisation, ORGANISATION_STREAM, type Organisation, type OrganisationEvent } from '@jixiao/domain';
import { loadOrganisation } from './load-organisation';

const KINDS = { regions: '区划', departments: '主管部门', units: '下属单位', accounts: '账号' } as const;

/**
 * The organisation tables against the organisation stream folded from its first event: each difference in words.
 * (A database whose organisation was written before it became events has no stream to compare with.)
 */
export async function verifyOrganisation(pool: Pool): Promise<{ events: number; differences: string[] }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { organisation: tables } = await loadOrganisation(client);
    const { rows } = await client.query('SELECT type, data FROM events WHERE stream_id = $1 ORDER BY version', [ORGANISATION_STREAM]);
    await client.query('COMMIT');
    const folded = emptyOrganisation();
    rows.forEach((row) => evolveOrganisation(folded, { type: row.type, data: row.data } as OrganisationEvent));
    return { events: rows.length, differences: differencesOf(tables, folded) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function differencesOf(tables: Organisation, events: Organisation): string[] {
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).flatMap((kind) => {
    const inTables = tables[kind] as Map<string, object>;
    const inEvents = events[kind] as Map<string, object>;
    const keys = [...new Set([...inTables.keys(), ...inEvents.keys()])].sort();
    return keys.flatMap((key) => {
      const a = JSON.stringify(inTables.get(key) ?? null);
      const b = JSON.stringify(inEvents.get(key) ?? null);
      return a === b ? [] : [`${KINDS[kind]} ${key}：表中为 ${a}，事件推得 ${b}`];
    });
  });
}

