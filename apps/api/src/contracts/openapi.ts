import { z } from 'zod';
import { Problem } from './responses';
import { HeaderName, Route, ROUTES } from './routes';

type Json = Record<string, unknown>;

const HEADERS: Record<HeaderName, Json> = {
  ETag: { description: '报告版本，如 "5"；状态转换时作为 If-Match 发回', schema: { type: 'string' } },
  Location: { description: '新报告的地址', schema: { type: 'string' } },
  'Retry-After': { description: '多少秒后可再试', schema: { type: 'integer' } },
  'Content-Disposition': { description: '下载文件名（UTF-8）', schema: { type: 'string' } },
};

const IF_MATCH = (required: boolean): Json => ({
  name: 'If-Match', in: 'header', required,
  description: required
    ? '必填：报告当前版本的 ETag（如 "5"）。缺少答 428，版本过期答 412'
    : '可选：报告当前版本的 ETag；给出时版本过期答 412',
  schema: { type: 'string' },
});
const IDEMPOTENCY_KEY: Json = {
  name: 'Idempotency-Key', in: 'header', required: false,
  description: '幂等键（1–200 个可见 ASCII 字符）：同一账号重复发送同一键返回第一次的响应、不重复执行；同一键配另一请求体答 409 IDEMPOTENCY_KEY_REUSED',
  schema: { type: 'string', maxLength: 200 },
};

/** Any route refuses a query or body with NUL or unpaired surrogates, or a body that is not JSON (SPEC §19). */
const ANY_REQUEST_400 = { description: '请求无效：查询参数或请求体含不允许的字符（NUL、不成对的代理项），或请求体不是合法 JSON' };

/**
 * Builds the OpenAPI 3.1 document from the route table (./routes.ts) and the zod schemas the API validates with:
 * request bodies, queries and parameters as the API reads them (zod input), responses as it writes them (zod output).
 * Needs no database: `npm run openapi` writes it to openapi.json, from which the web app's types are generated.
 */
export function buildOpenApiDocument(): Json {
  const components: Record<string, Json> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): Json => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    const { $schema: _, $defs, ...rest } = json;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) components[name] ??= relink(def);
    return relink(rest);
  };
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operation(route, convert);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jixiao 绩效自评 API',
      version: '1',
      description: '预算绩效自评：项目支出绩效自评表与部门整体支出绩效自评报告的导入、填报、签发、审核与公开。'
        + '除登录、公开和健康检查接口外，均须带 Authorization: Bearer <accessToken>。错误一律为 application/problem+json。',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'auth', description: '登录与密码' }, { name: 'reports', description: '自评报告：导入、修改、打分、状态转换' },
      { name: 'documents', description: '生成的 XLSX、DOCX、PDF 文档与模板' }, { name: 'public', description: '公开（无需登录）' },
      { name: 'stats', description: '统计' }, { name: 'audit', description: '分值变动' },
      { name: 'admin', description: '组织、账号、登录与变动记录（管理员）' }, { name: 'health', description: '健康检查' },
    ],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'POST /api/auth/login 得到的 accessToken' } },
    },
  };
}

function operation(route: Route, convert: (schema: z.ZodType, io: 'input' | 'output') => Json): Json {
  const parameters: Json[] = [
    ...fieldsOf(route.params, 'path', convert),
    ...fieldsOf(route.query, 'query', convert),
    ...(route.ifMatch ? [IF_MATCH(route.ifMatch === 'required')] : []),
    ...(route.idempotent ? [IDEMPOTENCY_KEY] : []),
  ];
  const content: Json = {};
  if (route.body) content['application/json'] = { schema: convert(route.body, 'input') };
  if (route.upload) {
    content['multipart/form-data'] = {
      schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream', description: route.upload } }, required: ['file'] },
    };
  }
  if (route.uploadMany) {
    content['multipart/form-data'] = {
      schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: route.uploadMany } }, required: ['files'] },
    };
  }
  const responses: Json = {};
  for (const [status, answer] of Object.entries({ ...route.answers, 400: route.answers[400] ?? ANY_REQUEST_400 })) {
    const headers = answer.headers?.length ? { headers: Object.fromEntries(answer.headers.map((h) => [h, HEADERS[h]])) } : {};
    const isProblem = Number(status) >= 400 && !answer.schema;
    const body = isProblem
      ? { 'application/problem+json': { schema: convert(Problem, 'output') } }
      : answer.schema ? { 'application/json': { schema: convert(answer.schema, 'output') } }
        : answer.file ? Object.fromEntries(answer.file.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]))
          : null;
    responses[status] = { description: answer.description, ...headers, ...(body ? { content: body } : {}) };
  }
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: operationIdOf(route),
    ...(route.auth === 'public' ? { security: [] } : route.auth === 'optional' ? { security: [{}, { bearer: [] }] } : { security: [{ bearer: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(Object.keys(content).length ? { requestBody: { required: !!route.body && !route.upload, content } } : {}),
    responses,
  };
}

function fieldsOf(schema: z.ZodObject | undefined, where: 'path' | 'query', convert: (s: z.ZodType, io: 'input') => Json): Json[] {
  if (!schema) return [];
  const json = convert(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name, in: where, required: where === 'path' || (json.required ?? []).includes(name) && !('default' in rest),
      ...(description ? { description } : {}), schema: rest,
    };
  });
}

const operationIdOf = (route: Route) => route.method + route.path.replace(/^\/api/, '').split(/[/.{}-]+/).filter(Boolean)
  .map((part) => part[0].toUpperCase() + part.slice(1)).join('');

/** zod names its shared shapes under $defs; in the document they live in components.schemas. */
function relink<T>(value: T): T {
  if (Array.isArray(value)) return value.map(relink) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [
      key, key === '$ref' && typeof inner === 'string' ? inner.replace('#/$defs/', '#/components/schemas/') : relink(inner),
    ])) as T;
  }
  return value;
}
