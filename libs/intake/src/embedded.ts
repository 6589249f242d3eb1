import JSZip from 'jszip';

// A document Jixiao renders carries its import document as a package part Excel and Word leave alone (and
// drop on saving). Reading it back, the printed cells still win: the part only supplies what print cannot
// hold — a rule's structure, level points, the source note, 附件2's keys — where the printed text is unchanged.

const PART = 'jixiao/import-document.json';

export async function embedImportDocument(packageBytes: Buffer, document: unknown): Promise<Buffer> {
  const zip = await JSZip.loadAsync(packageBytes);
  zip.file(PART, JSON.stringify(document));
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types && !types.includes('Extension="json"')) {
    zip.file('[Content_Types].xml', types.replace('<Default ', '<Default Extension="json" ContentType="application/json"/><Default '));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function embeddedImportDocument(packageBytes: Buffer): Promise<Record<string, unknown> | null> {
  try {
    const text = await (await JSZip.loadAsync(packageBytes)).file(PART)?.async('string');
    const value = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const flat = (v: Json) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v);
const isBlank = (v: Json): boolean =>
  v === undefined || v === '' || (Array.isArray(v) ? v.every(isBlank) : isObject(v) ? Object.values(v).every(isBlank) : false);
const joined = (row: Record<string, Json>) => `${row.comparator ?? ''}${row.target ?? ''}${row.unit ?? ''}`;

/** The embedded document, with every printed value that differs from it taken from print. */
export function overlay(embedded: Json, printed: Json, key = ''): Json {
  if (key === 'baseData' || key === 'source') return embedded ?? printed;
  if (key === 'origin') return printed;
  if (isBlank(printed) && embedded !== undefined && typeof embedded !== typeof printed) return embedded;
  if (typeof printed === 'string') return flat(embedded) === flat(printed) ? embedded : printed;
  if (Array.isArray(printed)) {
    if (!Array.isArray(embedded) || embedded.length !== printed.length) return printed;
    return printed.map((p, i) => overlay(embedded[i], p));
  }
  if (!isObject(printed) || !isObject(embedded)) return printed;
  const result: Record<string, Json> = { ...embedded };
  for (const [k, p] of Object.entries(printed)) {
    if (!(k in embedded) && isBlank(p)) continue;
    result[k] = overlay(embedded[k], p, k);
  }
  if ('target' in printed && 'target' in embedded && !('comparator' in printed) && flat(joined(embedded)) === flat(printed.target)) {
    Object.assign(result, { target: embedded.target, comparator: embedded.comparator, unit: embedded.unit });
    for (const k of ['comparator', 'unit']) if (result[k] === undefined) delete result[k];
  }
  if ('criterion' in printed && 'rule' in embedded) {
    result.rule = flat(embedded.criterion) === flat(printed.criterion) ? embedded.rule : printed.rule;
    for (const k of ['level1Weight', 'level2Weight', 'explanation']) if (!(k in printed) && k in embedded) result[k] = embedded[k];
  }
  return result;
}
