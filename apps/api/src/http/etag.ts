import { HttpException, HttpStatus } from '@nestjs/common';
import { InvalidInput } from '@jixiao/domain';

export class PreconditionRequired extends HttpException {
  constructor() {
    super('此操作需要 If-Match 头，值为报告当前版本的 ETag', HttpStatus.PRECONDITION_REQUIRED);
  }
}

export const etagOf = (version: number) => `"${version}"`;

/** `"5"`, `W/"5"` or `5` → 5; absent → undefined. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw new InvalidInput([{ path: 'If-Match', message: `无法识别的版本标记 ${header}，应形如 "3"` }]);
  return Number(match[1]);
}

export function requireIfMatch(header: string | undefined): number {
  const version = parseIfMatch(header);
  if (version === undefined) throw new PreconditionRequired();
  return version;
}
