/**
 * Writes the OpenAPI document (built from the API's zod schemas, no database needed) to openapi.json and the web
 * app's types generated from it to apps/web/src/api/generated.ts: `npm run openapi`. With `--check` it writes nothing
 * and exits 1 when either file is not what the schemas give (the unit test and CI run it so).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../apps/api/src/contracts/openapi';
import { generatedTypes } from './openapi-types';

const root = join(__dirname, '..');
const files = { document: join(root, 'openapi.json'), types: join(root, 'apps/web/src/api/generated.ts') };

async function main(check: boolean): Promise<number> {
  const document = buildOpenApiDocument();
  const wanted = { document: `${JSON.stringify(document, null, 2)}\n`, types: await generatedTypes(document) };
  if (check) {
    const stale = (Object.keys(files) as (keyof typeof files)[]).filter((key) => readOr(files[key]) !== wanted[key]);
    for (const key of stale) console.error(`${files[key]} is not up to date: run npm run openapi`);
    return stale.length ? 1 : 0;
  }
  writeFileSync(files.document, wanted.document);
  writeFileSync(files.types, wanted.types);
  console.log('openapi.json, apps/web/src/api/generated.ts');
  return 0;
}

function readOr(file: string): string | null {
  try { return readFileSync(file, 'utf8'); } catch { return null; }
}

main(process.argv.includes('--check')).then((code) => { process.exitCode = code; });
