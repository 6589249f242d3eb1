import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Response } from 'superagent';
import { buildOpenApiDocument } from '../../apps/api/src/contracts/openapi';

type Json = Record<string, any>;

export interface Exchange {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: unknown;
}

export interface Verdict {
  /** `METHOD /path/{template} STATUS` of every described response that matched the document. */
  covered: string[];
  /** Responses that broke the contract: an unlisted status, or a body not matching its schema. */
  violations: string[];
  /** Responses of routes the document does not describe (yet): listed, not failed. */
  undescribed: string[];
}

/** Checks HTTP exchanges against the OpenAPI document (SPEC §10): the status is listed, the body matches its schema. */
export class ContractChecker {
  private readonly document: Json;
  private readonly routes: { method: string; template: string; pattern: RegExp; operation: Json }[];
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: Json = buildOpenApiDocument()) {
    this.document = document;
    addFormats(this.ajv);
    this.routes = Object.entries(document.paths as Record<string, Json>).flatMap(([template, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({
        method: method.toUpperCase(), template, operation: operation as Json,
        pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      })));
  }

  check(exchanges: Exchange[]): Verdict {
    const verdict: Verdict = { covered: [], violations: [], undescribed: [] };
    for (const exchange of exchanges) {
      const path = exchange.url.split('?')[0];
      const route = this.routes.find((r) => r.method === exchange.method && r.pattern.test(path));
      const name = `${exchange.method} ${route?.template ?? path} ${exchange.status}`;
      if (!route) {
        verdict.undescribed.push(name);
        continue;
      }
      const answer = route.operation.responses[String(exchange.status)];
      if (!answer) {
        verdict.violations.push(`${name}: status not in the document (${exchange.url}) ${JSON.stringify(exchange.body).slice(0, 300)}`);
        continue;
      }
      const problem = this.bodyProblem(name, answer, exchange);
      if (problem) verdict.violations.push(`${name}: ${problem} (${exchange.url})`);
      else verdict.covered.push(name);
    }
    return verdict;
  }

  private bodyProblem(name: string, answer: Json, exchange: Exchange): string | null {
    const content = answer.content as Json | undefined;
    if (!content) return exchange.body === undefined || exchange.body === '' || isEmpty(exchange.body) ? null : 'a body where the document has none';
    const type = exchange.contentType.split(';')[0].trim();
    const media = content[type] as Json | undefined;
    if (!media) return `content type ${type || '(none)'} not in the document (${Object.keys(content).join(', ')})`;
    if (!/json$/.test(type)) return null;
    const key = `${name} ${type}`;
    if (!this.validators.has(key)) {
      this.validators.set(key, this.ajv.compile({ ...media.schema, components: this.document.components }));
    }
    const validate = this.validators.get(key)!;
    if (validate(exchange.body)) return null;
    return `body does not match: ${this.ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`;
  }
}

const isEmpty = (body: unknown) => typeof body === 'object' && body !== null && Object.keys(body).length === 0 && !Buffer.isBuffer(body);

export function exchangeOf(method: string, url: string, res: Response): Exchange {
  const contentType = String(res.headers['content-type'] ?? '');
  let body: unknown = res.body;
  if (/json/.test(contentType) && (body === undefined || isEmpty(body)) && typeof res.text === 'string' && res.text !== '') {
    try { body = JSON.parse(res.text); } catch { /* kept as received */ }
  }
  return { method: method.toUpperCase(), url, status: res.status, contentType, body };
}

/**
 * Records every response a test file receives through test-app's `http()` and `as(...)`, and checks them against
 * the document when the file ends; the routes × statuses covered are written to .ci/out/contract/ for the tally.
 */
export class ContractRecorder {
  private readonly exchanges: Exchange[] = [];

  record(exchange: Exchange): void {
    this.exchanges.push(exchange);
  }

  finish(testPath: string | undefined): Verdict {
    const verdict = new ContractChecker().check(this.exchanges);
    const out = join(__dirname, '..', '..', '.ci', 'out', 'contract');
    mkdirSync(out, { recursive: true });
    const file = basename(testPath ?? `unknown-${process.pid}`);
    writeFileSync(join(out, `${file}.json`), JSON.stringify({
      covered: [...new Set(verdict.covered)].sort(), undescribed: [...new Set(verdict.undescribed)].sort(), violations: verdict.violations,
    }, null, 2));
    return verdict;
  }
}
