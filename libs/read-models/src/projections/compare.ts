import type { Queryable } from '@jixiao/event-store';

interface Table {
  name: string;
  key: readonly string[];
  /** The live rows that count: report_counts keeps a count that fell to 0, which a fresh count does not make. */
  counted?: string;
  /** Written by an upsert (ON CONFLICT on its key), so a scratch copy needs its unique index. */
  upserted?: boolean;
}

export const TABLES: readonly Table[] = [
  { name: 'report_summary', key: ['id'] },
  { name: 'report_search', key: ['id'] },
  { name: 'report_view', key: ['id'] },
  { name: 'score_changes', key: ['position', 'seq'] },
  {
    name: 'report_counts',
    key: ['fiscal_year', 'department', 'department_name', 'ever_signed_off'],
    counted: 'reports > 0',
    upserted: true,
  },
];

export interface Difference {
  table: string;
  key: string;
  /** `missing` when the live model lacks a row the events make, `extra` for a live row the events do not. */
  kind: 'missing' | 'extra' | 'changed';
  fields: { field: string; live: unknown; rebuilt: unknown }[];
}

const LIMIT = 1000;

export async function differencesIn(db: Queryable, scratch: string): Promise<Difference[]> {
  const differences: Difference[] = [];
  for (const table of TABLES) {
    const on = table.key.map((column) => `l.${column} = s.${column}`).join(' AND ');
    const { rows } = await db.query(
      `SELECT to_jsonb(l) AS live, to_jsonb(s) AS rebuilt
       FROM (SELECT * FROM public.${table.name} WHERE ${table.counted ?? 'TRUE'}) l FULL JOIN ${scratch}.${table.name} s ON ${on}
       WHERE to_jsonb(l) IS DISTINCT FROM to_jsonb(s)
       ORDER BY ${table.key.map((column) => `coalesce(l.${column}, s.${column})`).join(', ')} LIMIT ${LIMIT}`,
    );
    for (const { live, rebuilt } of rows) {
      const key = table.key.map((column) => (live ?? rebuilt)[column]).join('/');
      const kind = live === null ? 'missing' : rebuilt === null ? 'extra' : 'changed';
      differences.push({ table: table.name, key, kind, fields: kind === 'changed' ? fieldDifferences(live, rebuilt) : [] });
    }
  }
  return differences;
}

/** Names each differing column, and inside a JSON document each differing top-level field. */
function fieldDifferences(live: Record<string, unknown>, rebuilt: Record<string, unknown>, prefix = '') {
  const fields: Difference['fields'] = [];
  for (const field of new Set([...Object.keys(live ?? {}), ...Object.keys(rebuilt ?? {})])) {
    const [a, b] = [live?.[field], rebuilt?.[field]];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const isDocument = !prefix && isObject(a) && isObject(b);
    if (isDocument) fields.push(...fieldDifferences(a, b, `${field}.`));
    else fields.push({ field: `${prefix}${field}`, live: a, rebuilt: b });
  }
  return fields;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
