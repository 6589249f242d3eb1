/**
 * Multipart text fields capped like a JSON body (5 MB in all, SPEC §19): 20 fields of at most 256 KB, one file,
 * no more parts than those. Multer's defaults buffer up to 1 MB per field for any number of fields.
 */
export const TEXT_FIELD_LIMITS = { fieldNameSize: 100, fieldSize: 256 * 1024, fields: 20, parts: 21 } as const;

const CHINESE: [RegExp, string][] = [
  [/^Field value too long/, `表单字段值过长（每个字段至多 ${TEXT_FIELD_LIMITS.fieldSize / 1024} KB）`],
  [/^Too many fields/, `表单字段过多（至多 ${TEXT_FIELD_LIMITS.fields} 个）`],
  [/^Too many parts/, `表单部分过多（至多 ${TEXT_FIELD_LIMITS.parts} 个）`],
  [/^Field name too long/, `表单字段名过长（至多 ${TEXT_FIELD_LIMITS.fieldNameSize} 个字符）`],
  [/^Too many files/, '只能上传一个文件'],
  [/^Unexpected (file )?field/, '不允许的文件字段：文件应放在字段 file 中'],
  [/^File too large/, '上传的文件过大'],
  [/^Multipart: /, 'multipart 请求格式错误'],
  [/^(Field name missing|Invalid field name|Field name nesting too deep|Field name array index too large)/, '表单字段名无效'],
];

/** Multer's English refusal (as Nest wraps it: `message - field`) in Chinese, naming the field. */
export function multipartProblem(detail: string): { message: string; path: string } | null {
  const found = CHINESE.find(([pattern]) => pattern.test(detail));
  if (!found) return null;
  const field = / - (.+)$/.exec(detail)?.[1];
  return { message: found[1], path: field ?? '(body)' };
}
