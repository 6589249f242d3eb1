import { hash } from 'node:crypto';

/**
 * Key-sorted JSON, so a hash survives jsonb's reordering of keys: keys in code-unit order at every level, undefined
 * members left out, an array's undefined (or missing) elements as JSON.stringify writes them. Every chain's hashes
 * depend on this exact text: it may be made faster, never different.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '';
    for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + (i in value ? canonicalJson(value[i]) : '');
    return `[${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member !== undefined) text += (text ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(member);
  }
  return `{${text}}`;
}

export interface HashedContent {
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
}

/** SHA-256, in hex, of the previous hash, a line break and the event's canonical JSON (all as UTF-8). */
export function hashEvent(prevHash: string | null, event: HashedContent): string {
  const content = canonicalJson([event.streamId, event.version, event.type, event.schemaVersion, event.data, event.metadata]);
  return hash('sha256', `${prevHash ?? ''}\n${content}`, 'hex');
}
