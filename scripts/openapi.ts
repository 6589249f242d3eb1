/**
 * Writes the OpenAPI document (built from the API's zod schemas, no database needed) to openapi.json and the web
 * app's types generated from it to apps/web/src/api/generated.ts. `npm run openapi`; test/openapi.spec.ts checks both are current.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../apps/api/src/contracts/openapi';
import { generatedTypes } from './openapi-types';

const root = join(__dirname, '..');
const document = buildOpenApiDocument();
writeFileSync(join(root, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
generatedTypes(document).then((types) => {
  writeFileSync(join(root, 'apps/web/src/api/generated.ts'), types);
  console.log('openapi.json, apps/web/src/api/generated.ts');
});
