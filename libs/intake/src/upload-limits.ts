import { TextDecoder } from 'node:util';
import { createInflateRaw } from 'node:zlib';

// SPEC §19: every upload — XLSX, DOCX, a zip, and each file inside a zip — is measured before any parser
// sees it: sizes and ratios from the zip's central directory (cheap, but the directory can lie), then a
// streaming inflate that counts bytes and stops at the cap, so a zip bomb costs at most the cap in time.

export const UPLOAD_LIMITS = { compressed: 5 * 1024 * 1024, uncompressed: 50 * 1024 * 1024, ratio: 100 };

/** Entries smaller than this cannot hurt at any ratio; a few KB of padding in a real file may exceed 100×. */
const RATIO_FLOOR = 64 * 1024;

export class UploadRefused extends Error {
  constructor(readonly status: 400 | 413, readonly path: string, message: string) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** What one request may still unpack in all (50 MB across every file of a bulk upload). */
export class UnpackBudget {
  constructor(public remaining = UPLOAD_LIMITS.uncompressed) {}

  take(bytes: number, path: string): void {
    this.remaining -= bytes;
    if (this.remaining < 0) throw new UploadRefused(413, path, `解压后总大小超过 ${mb(UPLOAD_LIMITS.uncompressed)}`);
  }
}

export const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** Checks a zip container and returns its entries; throws UploadRefused (413 too large, 400 malformed). */
export async function checkZip(bytes: Buffer, path: string, budget = new UnpackBudget()): Promise<ZipEntry[]> {
  if (bytes.length > UPLOAD_LIMITS.compressed) throw new UploadRefused(413, path, `文件超过 ${mb(UPLOAD_LIMITS.compressed)}`);
  const entries = centralDirectory(bytes, path);
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    if (declared > budget.remaining) throw new UploadRefused(413, path, `解压后总大小超过 ${mb(UPLOAD_LIMITS.uncompressed)}`);
    checkRatio(entry, entry.uncompressedSize, path);
  }
  for (const entry of entries) budget.take(await inflatedSize(bytes, entry, path, budget.remaining), `${path}/${entry.name}`);
  return entries;
}

function checkRatio(entry: ZipEntry, size: number, path: string): void {
  if (size > RATIO_FLOOR && size > entry.compressedSize * UPLOAD_LIMITS.ratio) {
    throw new UploadRefused(413, `${path}/${entry.name}`, `压缩条目 ${entry.name} 解压后膨胀超过 ${UPLOAD_LIMITS.ratio} 倍，疑似压缩炸弹`);
  }
}

function centralDirectory(bytes: Buffer, path: string): ZipEntry[] {
  const malformed = () => new UploadRefused(400, path, '文件不是有效的 ZIP/XLSX/DOCX 压缩包');
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw malformed();
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new UploadRefused(413, path, '不支持 ZIP64 大文件');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw malformed();
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const entry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw new UploadRefused(413, path, '不支持 ZIP64 大文件');
    entries.push(entry);
    at += 46 + skip;
  }
  return entries;
}

function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}

/** Inflates one entry, counting, and stops as soon as it passes what its directory declared or the budget. */
function inflatedSize(bytes: Buffer, entry: ZipEntry, path: string, remaining: number): Promise<number> {
  const where = `${path}/${entry.name}`;
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) {
    return Promise.reject(new UploadRefused(400, where, '压缩包条目损坏'));
  }
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Promise.resolve(data.length);
  if (entry.method !== 8) return Promise.reject(new UploadRefused(400, where, `不支持的压缩方式 ${entry.method}`));
  const cap = Math.min(entry.uncompressedSize, remaining);
  // SPEC §19 / #10 item 13: invalid UTF-8 in the package's XML is refused, never silently replaced by U+FFFD.
  const decoder = /\.(xml|rels)$/i.test(entry.name) ? new TextDecoder('utf-8', { fatal: true }) : null;
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (decoder && !validUtf8(decoder, chunk)) {
        inflate.destroy();
        reject(new UploadRefused(400, where, `文件中的 ${entry.name} 含有无效的 UTF-8 字节`));
        return;
      }
      if (size <= cap) return;
      inflate.destroy();
      reject(size > remaining
        ? new UploadRefused(413, where, `解压后总大小超过 ${mb(UPLOAD_LIMITS.uncompressed)}`)
        : new UploadRefused(413, where, `压缩条目 ${entry.name} 的实际大小超过其声明的大小，疑似压缩炸弹`));
    });
    inflate.on('error', () => reject(new UploadRefused(400, where, '压缩包条目损坏，无法解压')));
    inflate.on('end', () => (decoder && !validUtf8(decoder, undefined) ? reject(new UploadRefused(400, where, `文件中的 ${entry.name} 含有无效的 UTF-8 字节`)) : resolve(size)));
    inflate.end(data);
  });
}

function validUtf8(decoder: TextDecoder, chunk: Buffer | undefined): boolean {
  try {
    decoder.decode(chunk, { stream: chunk !== undefined });
    return true;
  } catch {
    return false;
  }
}

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;
