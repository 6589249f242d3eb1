import { isUtf8 } from 'node:buffer';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { InvalidInput, Problem } from '@jixiao/domain';

/** NUL, or half of a surrogate pair without its other half: no field of Jixiao holds either (SPEC §19). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MESSAGE = '含有不允许的字符（NUL 或不成对的 UTF-16 代理项）';

/** Every string (and key) in a parsed body or query holding unsafe text, named by its path (`indicators.0.name`). */
export function unsafeText(value: unknown, path = ''): Problem[] {
  if (typeof value === 'string') return UNSAFE.test(value) ? [{ path: path || '(body)', message: MESSAGE }] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    if (UNSAFE.test(key)) return [{ path: path || '(body)', message: `字段名${MESSAGE}` }];
    return unsafeText(item, at);
  });
}

/** Express middleware after the body parsers: JSON bodies and every query string, before any route (public ones too). */
export function refuseUnsafeText(req: Request, _res: Response, next: NextFunction): void {
  const found = [...notUtf8InQuery(req.originalUrl), ...unsafeText(req.query), ...unsafeText(req.body)];
  const problems = found.filter((problem, index) => found.findIndex((other) => other.path === problem.path) === index);
  next(problems.length ? new InvalidInput(problems.slice(0, 20)) : undefined);
}

/**
 * A surrogate cannot be written in UTF-8, so in a URL it arrives as bytes that are not UTF-8 (`%ED%A0%80`), which
 * the query parser would turn silently into U+FFFD: such a parameter is refused, named by its key.
 */
function notUtf8InQuery(url: string): Problem[] {
  const query = url.split('?').slice(1).join('?');
  if (!query.includes('%')) return [];
  return query.split('&').flatMap((pair) => {
    const [key, value = ''] = pair.split('=');
    return isUtf8(percentDecoded(key)) && isUtf8(percentDecoded(value)) ? [] : [{ path: safeKey(key), message: `不是合法的 UTF-8 编码：${MESSAGE}` }];
  });
}

function percentDecoded(text: string): Buffer {
  const bytes: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const hex = text[at] === '%' ? text.slice(at + 1, at + 3) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      at += 2;
    } else {
      bytes.push(...Buffer.from(text[at] === '+' ? ' ' : text[at]));
    }
  }
  return Buffer.from(bytes);
}

const safeKey = (key: string) => percentDecoded(key).toString('utf8').replace(/[^\x20-\x7e\u4e00-\u9fff]/g, '?').slice(0, 100) || '(query)';

/** The same check for what arrives after the middleware: multipart text fields (multer runs in the route) and path parameters. */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems = unsafeText(value, metadata.type === 'param' ? metadata.data ?? '' : '');
    if (problems.length) throw new InvalidInput(problems.slice(0, 20));
    return value;
  }
}

/** body-parser's `verify`: bytes that are not UTF-8 are refused, not silently turned into U+FFFD (SPEC §19). */
export function refuseInvalidUtf8(_req: unknown, _res: unknown, buffer: Buffer): void {
  if (isUtf8(buffer)) return;
  throw Object.assign(new Error(`请求体第 ${firstInvalidByte(buffer) + 1} 字节起不是合法的 UTF-8 编码`), {
    status: 400, type: 'entity.utf8.invalid',
  });
}

function firstInvalidByte(bytes: Buffer): number {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (!length || !isUtf8(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return bytes.length;
}
