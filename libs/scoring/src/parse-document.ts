import { zodProblems } from './zod-problems';
import { departmentReportSchema, fundsSchema, goalsSchema, ImportDocument, projectFormSchema, totalSchema } from './document';

export const FORMATS = { 'jixiao.project-form.v1': projectFormSchema, 'jixiao.department-report.v1': departmentReportSchema };

export interface DocumentProblem {
  path: string;
  message: string;
}

const DOCUMENT = '(document)';

export type ParsedDocument = { ok: true; document: ImportDocument } | { ok: false; problems: DocumentProblem[] };

/** Strict: an unknown format tag, a missing or an unknown field is a problem naming its path. */
export function parseImportDocument(json: unknown): ParsedDocument {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problems: [{ path: '(document)', message: '导入文件应为 JSON 对象' }] };
  }
  const format = (json as { format?: unknown }).format;
  const schema = FORMATS[format as keyof typeof FORMATS];
  if (!schema) {
    return {
      ok: false,
      problems: [{ path: 'format', message: `未知的格式标记 ${JSON.stringify(format ?? null)}，应为 ${Object.keys(FORMATS).join(' 或 ')}` }],
    };
  }
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, document: parsed.data as ImportDocument };
  return { ok: false, problems: zodProblems(parsed.error.issues, DOCUMENT) };
}

export type ParsedPart<T> = { ok: true; value: T } | { ok: false; problems: DocumentProblem[] };

/** An edit of the funds table, the goals or the printed total (SPEC §7), checked as strictly as an import; problems are named from `path`. */
const PARTS = { funds: fundsSchema, goals: goalsSchema, total: totalSchema };

export function parseDocumentPart(part: keyof typeof PARTS, json: unknown): ParsedPart<unknown> {
  const parsed = PARTS[part].safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: zodProblems(parsed.error.issues, DOCUMENT, [part]) };
}
