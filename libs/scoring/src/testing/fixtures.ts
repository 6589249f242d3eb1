import type { ImportDocument } from '../document';
import { parseImportDocument } from '../parse-document';
import type { Flag } from '../flags';

/** A fixture of the repository's fixtures/ folder, parsed as an import would parse it. */
export function loadFixture(relativePath: string): ImportDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const json: unknown = require(`../../../../fixtures/${relativePath}`);
  const parsed = parseImportDocument(structuredClone(json));
  if (!parsed.ok) throw new Error(`${relativePath}: ${JSON.stringify(parsed.problems)}`);
  return parsed.document;
}

/** Flags as `CODE path` lines, order kept: compact to compare, and a failing diff reads at a glance. */
export const flagLines = (flags: Flag[]) => flags.map((f) => `${f.code} ${f.path}${f.expected === null ? '' : ` expected=${f.expected}`}`);
