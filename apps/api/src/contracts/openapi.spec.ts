import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import { ContractChecker } from '../../../../test/support/contract';
import { buildOpenApiDocument } from './openapi';
import { ROUTES } from './routes';

const root = join(__dirname, '..', '..', '..', '..');

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument() as Record<string, any>;

  it('passes swagger-parser validation (OpenAPI 3.1 schema and references)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('is the committed openapi.json, and the web app types are generated from it (run `npm run openapi` after a change)', () => {
    // openapi-typescript is an ES module jest cannot load: the script checks in a process of its own.
    const check = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/openapi.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('gives every route a Chinese summary, a success answer, problem answers as application/problem+json', () => {
    for (const route of ROUTES) {
      const operation = document.paths[route.path][route.method];
      expect(operation.summary).toMatch(/\p{Script=Han}/u);
      const statuses = Object.keys(operation.responses).map(Number);
      expect(statuses.some((s) => s < 300)).toBe(true);
      for (const status of statuses.filter((s) => s >= 400 && !route.answers[s]?.schema)) {
        expect(Object.keys(operation.responses[status].content)).toEqual(['application/problem+json']);
      }
    }
  });

  it('documents transitions as 200 with ETag, If-Match required and Idempotency-Key', () => {
    const submit = document.paths['/api/reports/{id}/submit'].post;
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '409', '412', '428']));
    expect(submit.responses['201']).toBeUndefined();
    expect(submit.responses['200'].headers.ETag).toBeDefined();
    expect(submit.parameters).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    ]));
    expect(document.paths['/api/auth/login'].post.responses['429'].headers['Retry-After']).toBeDefined();
  });

  it('accepts every import document in fixtures/ as the body of POST /api/reports, and refuses one without its format', () => {
    const schema = document.paths['/api/reports'].post.requestBody.content['application/json'].schema;
    const validate = new Ajv2020({ strict: false }).compile({ ...schema, components: document.components });
    const files = ['seed-003', 'seed-004'].flatMap((dir) => readdirSync(join(root, 'fixtures', dir)).filter((f) => f.endsWith('.json')).map((f) => join(root, 'fixtures', dir, f)));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const body = JSON.parse(readFileSync(file, 'utf8'));
      expect([file, validate(body)]).toEqual([file, true]);
      const { format: _, ...withoutFormat } = body;
      expect(validate(withoutFormat)).toBe(false);
    }
  });

  it('takes request bodies from the schemas the API validates with', () => {
    const score = document.paths['/api/reports/{id}/indicators/{indicatorId}/score'].put.requestBody.content['application/json'].schema;
    expect(score).toMatchObject({ type: 'object', required: ['score', 'reason'], additionalProperties: false });
  });
});

describe('the contract checker', () => {
  const checker = new ContractChecker();
  const json = 'application/json; charset=utf-8';

  it('accepts a listed status with a matching body, and refuses an unlisted status or a body off its schema', () => {
    const verdict = checker.check([
      { method: 'GET', url: '/api/health/live', status: 200, contentType: json, body: { status: 'live', uptimeSeconds: 3 } },
      { method: 'GET', url: '/api/health/live', status: 200, contentType: json, body: { status: 'live' } },
      { method: 'POST', url: '/api/reports/x/submit', status: 201, contentType: json, body: {} },
      { method: 'GET', url: '/api/reports/x', status: 404, contentType: json, body: { type: '/problems/not-found' } },
    ]);
    expect(verdict.covered).toEqual(['GET /api/health/live 200']);
    expect(verdict.violations).toEqual([
      expect.stringContaining('GET /api/health/live 200: body does not match'),
      expect.stringContaining('POST /api/reports/{id}/submit 201: status not in the document'),
      expect.stringContaining('GET /api/reports/{id} 404: content type application/json not in the document'),
    ]);
  });

  it('lists, without failing, responses of routes the document does not describe yet', () => {
    const verdict = checker.check([{ method: 'GET', url: '/api/not-described-yet?x=1', status: 200, contentType: json, body: [] }]);
    expect(verdict).toEqual({ covered: [], violations: [], undescribed: ['GET /api/not-described-yet 200'] });
  });
});
